using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Data.Model;

namespace Platform.Data.Runs;

/// <summary>
/// One unit of work on the run tables: a context, its open connection and (optionally) a transaction, and
/// hand-written SQL whose values are always parameters. The SQL is shared by both providers (both support
/// <c>ON CONFLICT … DO NOTHING</c> and <c>RETURNING</c>); what differs is asked through <see cref="IsPostgres"/>.
/// </summary>
internal sealed class RunSession : IAsyncDisposable
{
    // SQLite is single-node: one writer per database file at a time, taken in-process before the transaction begins,
    // gives every queue and scheduler transaction the isolation PostgreSQL gets from row locks.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> SqliteGates = new();

    private readonly PlatformDbContext _db;
    private IDbContextTransaction? _transaction;
    private SemaphoreSlim? _gate;

    private RunSession(PlatformDbContext db) => _db = db;

    public bool IsPostgres { get; private init; }

    public static async Task<RunSession> OpenAsync(IDbContextFactory<PlatformDbContext> contexts, bool transaction, CancellationToken ct)
    {
        var db = await contexts.CreateDbContextAsync(ct);
        var session = new RunSession(db) { IsPostgres = db.Database.IsNpgsql() };
        try
        {
            if (transaction && !session.IsPostgres)
            {
                var gate = SqliteGates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(ct);
                session._gate = gate;
            }
            await db.Database.OpenConnectionAsync(ct);
            if (transaction)
                session._transaction = await db.Database.BeginTransactionAsync(ct);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken ct) => _transaction?.CommitAsync(ct) ?? Task.CompletedTask;

    public async Task<int> ExecuteAsync(Sql sql, CancellationToken ct)
    {
        await using var command = Create(sql);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<object?> ScalarAsync(Sql sql, CancellationToken ct)
    {
        await using var command = Create(sql);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    public async Task<List<T>> ReadAsync<T>(Sql sql, Func<DbDataReader, T> row, CancellationToken ct)
    {
        await using var command = Create(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
            rows.Add(row(reader));
        return rows;
    }

    /// <summary>
    /// Runs several statements and reads each one's rows: in one round trip where the provider batches commands
    /// (PostgreSQL), else one after the other (SQLite, in-process).
    /// </summary>
    public async Task<List<List<T>>> ReadEachAsync<T>(IReadOnlyList<Sql> statements, Func<DbDataReader, T> row, CancellationToken ct)
    {
        var connection = _db.Database.GetDbConnection();
        if (!connection.CanCreateBatch)
        {
            var each = new List<List<T>>(statements.Count);
            foreach (var statement in statements)
                each.Add(await ReadAsync(statement, row, ct));
            return each;
        }
        await using var batch = connection.CreateBatch();
        batch.Transaction = _transaction?.GetDbTransaction();
        foreach (var statement in statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = statement.Text;
            foreach (var (name, value) in statement.Parameters)
                command.Parameters.Add(Parameter(command.CreateParameter(), name, value));
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var results = new List<List<T>>(statements.Count);
        do
        {
            var rows = new List<T>();
            while (await reader.ReadAsync(ct))
                rows.Add(row(reader));
            results.Add(rows);
        }
        while (await reader.NextResultAsync(ct));
        return results;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_transaction is not null)
                await _transaction.DisposeAsync();
            await _db.DisposeAsync();
        }
        finally
        {
            _gate?.Release();
        }
    }

    private DbCommand Create(Sql sql)
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _transaction?.GetDbTransaction();
        command.CommandText = sql.Text;
        foreach (var (name, value) in sql.Parameters)
            command.Parameters.Add(Parameter(command.CreateParameter(), name, value));
        return command;
    }

    private static DbParameter Parameter(DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}

/// <summary>
/// SQL text with its parameters, built from an interpolated string: every interpolated value becomes a parameter
/// (instants are stored as UTC <see cref="DateTime"/>s, the same on both providers), never text in the statement.
/// </summary>
internal sealed class Sql
{
    private readonly StringBuilder _text = new();

    public List<(string Name, object? Value)> Parameters { get; } = [];

    public string Text => _text.ToString();

    public static Sql Of(FormattableString text) => new Sql().Append(text);

    public Sql Append(FormattableString text)
    {
        var names = new object[text.ArgumentCount];
        for (var i = 0; i < text.ArgumentCount; i++)
            names[i] = Add(text.GetArgument(i));
        _text.Append(string.Format(CultureInfo.InvariantCulture, text.Format, names));
        return this;
    }

    /// <summary>A parenthesised list of parameters, for <c>IN (…)</c>.</summary>
    public string List<T>(IEnumerable<T> values) => "(" + string.Join(", ", values.Select(v => Add(v))) + ")";

    public Sql AppendRaw(string trustedText)
    {
        _text.Append(trustedText);
        return this;
    }

    private string Add(object? value)
    {
        var name = $"@p{Parameters.Count}";
        Parameters.Add((name, Normalize(value)));
        return name;
    }

    private static object? Normalize(object? value) => value switch
    {
        DateTimeOffset instant => Instants.ToStored(instant),
        DateTime { Kind: not DateTimeKind.Utc } time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => value,
    };
}

/// <summary>How instants are stored: UTC, to the microsecond (PostgreSQL's precision, so what is read back compares equal).</summary>
internal static class Instants
{
    public static DateTime ToStored(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return new DateTime(ticks - ticks % 10, DateTimeKind.Utc);
    }

    public static DateTimeOffset Read(DbDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));

    public static DateTimeOffset? ReadNullable(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Read(reader, ordinal);

    public static DateTimeOffset FromStored(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
