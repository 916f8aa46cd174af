using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Data.Model;
using Platform.Data.Records.Sql;

namespace Platform.Data.Records;

/// <summary>
/// One open connection, for one store operation or for one db.transaction; the store's SQL runs on it (inside its
/// transaction when there is one). An EF context over the same connection is made only when a schema lookup needs
/// it: most operations run on a pooled connection alone.
/// </summary>
internal sealed class RecordSession : IAsyncDisposable
{
    private readonly IDbContextFactory<PlatformDbContext> _contexts;
    private PlatformDbContext? _db;
    private DbTransaction? _transaction;

    private RecordSession(IDbContextFactory<PlatformDbContext> contexts, RecordConnections connections, DbConnection connection)
    {
        _contexts = contexts;
        Dialect = connections.Dialect;
        Connection = connection;
    }

    public SqlDialect Dialect { get; }

    public DbConnection Connection { get; }

    /// <summary>
    /// Set once the session is disposed. A store made inside a db.transaction (db.set_datasource there) outlives it,
    /// and then works with sessions of its own.
    /// </summary>
    public bool IsClosed { get; private set; }

    /// <summary>A context on this session's connection and transaction, for EF queries (schemas, datasources).</summary>
    public PlatformDbContext Db
    {
        get
        {
            if (_db is null)
            {
                _db = _contexts.CreateDbContext();
                _db.Database.SetDbConnection(Connection, contextOwnsConnection: false);
                if (_transaction is not null)
                    _db.Database.UseTransaction(_transaction);
            }
            return _db;
        }
    }

    public static async Task<RecordSession> OpenAsync(
        IDbContextFactory<PlatformDbContext> contexts, RecordConnections connections, CancellationToken cancellationToken)
    {
        var connection = connections.Create();
        try
        {
            await connection.OpenAsync(cancellationToken);
            connections.Dialect.Prepare(connection);
            return new RecordSession(contexts, connections, connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public static SqlDialect DialectOf(PlatformDbContext db) =>
        db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? PostgresDialect.Instance : SqliteDialect.Instance;

    /// <summary>Begins the session's transaction; disposing it without a commit rolls everything back.</summary>
    public async Task<DbTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        _transaction = await Connection.BeginTransactionAsync(cancellationToken);
        _db?.Database.UseTransaction(_transaction);
        return _transaction;
    }

    public DbCommand Command(SqlStatement statement) => statement.CreateCommand(Connection, _transaction);

    public async Task<int> ExecuteAsync(SqlStatement statement, CancellationToken cancellationToken)
    {
        await using var command = Command(statement);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> ScalarAsync(SqlStatement statement, CancellationToken cancellationToken)
    {
        await using var command = Command(statement);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        IsClosed = true;
        if (_transaction is not null)
            await _transaction.DisposeAsync();
        if (_db is not null)
            await _db.DisposeAsync();
        await Connection.DisposeAsync();
    }
}

/// <summary>How the store's sessions connect: the provider's dialect and connection string, read once from a context.</summary>
internal sealed class RecordConnections(SqlDialect dialect, string connectionString)
{
    public SqlDialect Dialect => dialect;

    public DbConnection Create() => dialect.CreateConnection(connectionString);

    public static RecordConnections From(IDbContextFactory<PlatformDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        return new RecordConnections(RecordSession.DialectOf(db), db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The Platform database has no connection string."));
    }
}
