namespace Platform.Tests.Shared;

/// <summary>The PostgreSQL cluster of one test run (a collection fixture); see <see cref="PostgresCluster"/>.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private PostgresCluster? _cluster;

    public string ConnectionString => _cluster?.ConnectionString ?? "";

    public async Task InitializeAsync() => _cluster = await PostgresCluster.StartAsync();

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string? name = null) =>
        (_cluster ?? throw new InvalidOperationException("The PostgreSQL cluster is not started.")).CreateDatabaseAsync(name);

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
