namespace Platform.E2E.Tests.Infrastructure;

/// <summary>One server on its own SQLite file for a test class; tests use distinct users to stay independent.</summary>
public sealed class SqliteServerFixture : IAsyncLifetime
{
    public PlatformServer Server { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Server = PlatformServer.StartSqlite();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
