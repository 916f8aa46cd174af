using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Data.Model;
using Platform.Data.Records.Sql;

namespace Platform.Data.Records;

/// <summary>
/// One context and its open connection, for one store operation or for one db.transaction; the raw SQL commands of
/// the store run on it (inside its transaction when there is one).
/// </summary>
internal sealed class RecordSession : IAsyncDisposable
{
    private RecordSession(PlatformDbContext db, SqlDialect dialect)
    {
        Db = db;
        Dialect = dialect;
    }

    public PlatformDbContext Db { get; }

    public SqlDialect Dialect { get; }

    public DbConnection Connection => Db.Database.GetDbConnection();

    /// <summary>
    /// Set once the session is disposed. A store made inside a db.transaction (db.set_datasource there) outlives it,
    /// and then works with sessions of its own.
    /// </summary>
    public bool IsClosed { get; private set; }

    public static async Task<RecordSession> OpenAsync(IDbContextFactory<PlatformDbContext> contexts, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            var dialect = DialectOf(db);
            await db.Database.OpenConnectionAsync(cancellationToken);
            dialect.Prepare(db.Database.GetDbConnection());
            return new RecordSession(db, dialect);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public static SqlDialect DialectOf(PlatformDbContext db) =>
        db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? PostgresDialect.Instance : SqliteDialect.Instance;

    public Task<IDbContextTransaction> BeginAsync(CancellationToken cancellationToken) => Db.Database.BeginTransactionAsync(cancellationToken);

    public DbCommand Command(SqlStatement statement) =>
        statement.CreateCommand(Connection, Db.Database.CurrentTransaction?.GetDbTransaction());

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
        await Db.Database.CloseConnectionAsync();
        await Db.DisposeAsync();
    }
}
