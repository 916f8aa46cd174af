using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Data.Model;
using Platform.Data.Providers;

namespace Platform.Tests.Shared;

/// <summary>A fresh, migrated database of one provider for one test: a SQLite file or a PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable, IDbContextFactory<PlatformDbContext>
{
    private readonly Func<PlatformDbContext> _create;
    private readonly string? _sqliteFile;

    private TestDatabase(DatabaseOptions options, string? sqliteFile)
    {
        Options = options;
        _sqliteFile = sqliteFile;
        _create = PlatformDbContextFactory.Build(options);
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    public static Task<TestDatabase> CreateSqliteAsync() => CreateAsync(NewSqliteOptions(out var file), file);

    public static async Task<TestDatabase> CreatePostgresAsync(PostgresServer server) =>
        await CreateAsync(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync() }, null);

    /// <summary>An empty (unmigrated) SQLite file's options, for migration tests.</summary>
    public static DatabaseOptions NewSqliteOptions(out string file)
    {
        file = Path.Combine(Path.GetTempPath(), $"platform-test-{Guid.NewGuid():N}.db");
        return new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
    }

    public PlatformDbContext CreateDbContext() => _create();

    public ValueTask DisposeAsync()
    {
        // Each test's database has its own pool; idle connections would pile up against the server's max_connections.
        if (Provider == DatabaseProvider.Postgres)
        {
            using var connection = new NpgsqlConnection(Options.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }
        else
        {
            // Each test's database has its own pool; idle connections left open for minutes would exhaust the
            // server's max_connections over a full test run.
            using var connection = new Npgsql.NpgsqlConnection(Options.ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
        return ValueTask.CompletedTask;
    }

    private static async Task<TestDatabase> CreateAsync(DatabaseOptions options, string? sqliteFile)
    {
        var database = new TestDatabase(options, sqliteFile);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }
}
