using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records;

/// <summary>
/// The engine's <see cref="IRecordStore"/> on the Platform database: one workspace's tables in one datasource. Every
/// statement becomes parameterised SQL scoped to the workspace's own table ids and the datasource id; table names a
/// script gives are only ever looked up inside the workspace. One pooled connection per operation, or one per db.transaction.
/// Table schemas are read once per store family (one run) and kept.
/// </summary>
public sealed partial class SqlRecordStore : IRecordStore
{
    private readonly Shared _shared;
    private readonly int _datasourceId;
    private readonly RecordSession? _transaction;

    public SqlRecordStore(
        IDbContextFactory<PlatformDbContext> contexts, int workspaceId, int datasourceId, TimeProvider clock, IRecordPasswordHasher? passwords = null)
        : this(new Shared(contexts, workspaceId, clock, passwords ?? BcryptRecordPasswordHasher.Default), datasourceId, null)
    {
    }

    /// <summary>
    /// A store on a datasource the caller has just found by name inside the workspace (a run's own datasource): the
    /// name is remembered, so the run's first <see cref="ForDatasource"/> needs no query and no ownership check.
    /// </summary>
    public static SqlRecordStore OnNamedDatasource(
        IDbContextFactory<PlatformDbContext> contexts, int workspaceId, string name, int datasourceId, TimeProvider clock)
    {
        var store = new SqlRecordStore(contexts, workspaceId, datasourceId, clock);
        store._shared.CheckedDatasources[datasourceId] = true;
        store._shared.Datasources[name] = datasourceId;
        return store;
    }

    private SqlRecordStore(Shared shared, int datasourceId, RecordSession? session)
    {
        _shared = shared;
        _datasourceId = datasourceId;
        _transaction = session;
    }

    /// <summary>The open db.transaction this store works in, if any.</summary>
    private RecordSession? OpenTransaction => _transaction is { IsClosed: false } open ? open : null;

    public int WorkspaceId => _shared.WorkspaceId;

    public int DatasourceId => _datasourceId;

    IRecordStore IRecordStore.ForDatasource(string datasource) => ForDatasource(datasource);

    /// <summary>The same workspace in another of its datasources; a name the workspace does not have is a script error.</summary>
    public SqlRecordStore ForDatasource(string datasource)
    {
        if (_shared.Datasources.TryGetValue(datasource, out var known))
            return new SqlRecordStore(_shared, known, OpenTransaction);
        if (OpenTransaction is not null)
            return new SqlRecordStore(_shared, FindDatasource(OpenTransaction.Db, datasource), OpenTransaction);
        using var db = _shared.Contexts.CreateDbContext();
        return new SqlRecordStore(_shared, FindDatasource(db, datasource), null);
    }

    private int FindDatasource(PlatformDbContext db, string name)
    {
        if (_shared.Datasources.TryGetValue(name, out var known))
            return known;
        var id = db.Datasources.AsNoTracking().Where(d => d.WorkspaceId == _shared.WorkspaceId && d.Name == name).Select(d => (int?)d.Id).FirstOrDefault()
            ?? throw ScriptErrorException.Fatal($"There is no datasource '{name}' in this workspace.");
        // Found inside the workspace, so it needs no ownership check later.
        _shared.CheckedDatasources[id] = true;
        return _shared.Datasources[name] = id;
    }

    public async ValueTask<T> TransactionAsync<T>(Func<IRecordStore, CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken)
    {
        if (OpenTransaction is not null)
            return await work(this, cancellationToken);
        await using var session = await RecordSession.OpenAsync(_shared.Contexts, _shared.Connections, cancellationToken);
        await using var transaction = await session.BeginAsync(cancellationToken);
        // Disposing an uncommitted transaction rolls it back: whatever the work wrote is gone when it throws.
        var result = await work(new SqlRecordStore(_shared, _datasourceId, session), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Runs work on this store's session (inside its transaction) or on a new one.</summary>
    private async ValueTask<T> ReadAsync<T>(string table, Func<RecordSession, TableSchema, Task<T>> work, CancellationToken cancellationToken)
    {
        if (OpenTransaction is not null)
            return await InTransactionAsync(table, work, OpenTransaction, cancellationToken);
        await using var session = await RecordSession.OpenAsync(_shared.Contexts, _shared.Connections, cancellationToken);
        return await Guarded(table, work, session, cancellationToken);
    }

    /// <summary>Runs work all-or-nothing: in the surrounding db.transaction, or in a transaction of its own.</summary>
    private async ValueTask<T> WriteAsync<T>(string table, Func<RecordSession, TableSchema, Task<T>> work, CancellationToken cancellationToken)
    {
        if (OpenTransaction is not null)
            return await InTransactionAsync(table, work, OpenTransaction, cancellationToken);
        await using var session = await RecordSession.OpenAsync(_shared.Contexts, _shared.Connections, cancellationToken);
        await using var transaction = await session.BeginAsync(cancellationToken);
        var result = await Guarded(table, work, session, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    // PostgreSQL aborts a whole transaction on a failed statement; a script may catch the error and go on, so each
    // statement inside db.transaction undoes only itself (SQLite already rolls back just the failed statement).
    private async Task<T> InTransactionAsync<T>(string table, Func<RecordSession, TableSchema, Task<T>> work, RecordSession session, CancellationToken cancellationToken)
    {
        if (!session.Dialect.FailedStatementAbortsTransaction)
            return await Guarded(table, work, session, cancellationToken);
        await session.SavepointAsync(cancellationToken);
        try
        {
            var result = await Guarded(table, work, session, cancellationToken);
            await session.ReleaseSavepointAsync(cancellationToken);
            return result;
        }
        catch (ScriptErrorException)
        {
            await session.RollbackToSavepointAsync(cancellationToken);
            throw;
        }
    }

    private async Task<T> Guarded<T>(string table, Func<RecordSession, TableSchema, Task<T>> work, RecordSession session, CancellationToken cancellationToken)
    {
        var schema = await TableAsync(session, table, cancellationToken);
        try
        {
            return await work(session, schema);
        }
        catch (DbException exception) when (session.Dialect.IsUniqueViolation(exception))
        {
            throw ScriptErrorException.Fatal(UniqueMessage(schema, exception.Message));
        }
        catch (DbException exception) when (session.Dialect.IsIndexEntryTooLarge(exception))
        {
            throw ScriptErrorException.Fatal(
                $"A value of an indexed field of table '{schema.Name}' is too long for its index (about 2,700 bytes at most); unindex the field to store longer values.");
        }
        catch (DbException exception)
        {
            throw ScriptErrorException.Fatal($"The database refused the statement on table '{schema.Name}': {exception.Message}");
        }
    }

    private static string UniqueMessage(TableSchema table, string detail)
    {
        var field = table.Fields.FirstOrDefault(f => detail.Contains(RecordIndexes.FieldPrefix(table.Id, f), StringComparison.Ordinal));
        return field is not null
            ? $"The table '{table.Name}' already has a record with that value of its unique field '{field.Name}'."
            : $"The table '{table.Name}' already has a record with that id.";
    }

    /// <summary>The workspace's table of that name (any case); the datasource is checked to belong to the workspace first.</summary>
    private async Task<TableSchema> TableAsync(RecordSession session, string name, CancellationToken cancellationToken)
    {
        if (!_shared.CheckedDatasources.ContainsKey(_datasourceId))
        {
            var owned = await session.Db.Datasources.AsNoTracking().AnyAsync(d => d.Id == _datasourceId && d.WorkspaceId == _shared.WorkspaceId, cancellationToken);
            if (!owned)
                throw ScriptErrorException.Fatal($"The datasource #{_datasourceId} is not one of this workspace's datasources.");
            _shared.CheckedDatasources[_datasourceId] = true;
        }
        var key = WorkspaceTable.KeyOf(name);
        if (_shared.Tables.TryGetValue(key, out var cached))
            return cached;
        var table = await session.Db.Tables.AsNoTracking().FirstOrDefaultAsync(t => t.WorkspaceId == _shared.WorkspaceId && t.NameKey == key, cancellationToken)
            ?? throw ScriptErrorException.Fatal($"There is no table '{name}' in this workspace.");
        return _shared.Tables[key] = new TableSchema(table);
    }

    private FieldCoercion Coercion(TableSchema table) => new(table.Name, _shared.Clock.GetUtcNow().ToUnixTimeMilliseconds(), _shared.Passwords);

    private RecordDocuments Documents(TableSchema table) => new(table, Coercion(table));

    private RecordSql Sql(RecordSession session, TableSchema table) => new(session.Dialect, table, _datasourceId);

    public ValueTask<XsValue> DescribeAsync(string table, string? path, CancellationToken cancellationToken) =>
        ReadAsync(table, (_, schema) => Task.FromResult(RecordSchemaDescription.Describe(schema, path)), cancellationToken);

    /// <summary>What the store of a family shares: the workspace, the clock, and the schemas and datasources already read.</summary>
    private sealed class Shared(IDbContextFactory<PlatformDbContext> contexts, int workspaceId, TimeProvider clock, IRecordPasswordHasher passwords)
    {
        private readonly Lazy<RecordConnections> _connections = new(() => RecordConnections.From(contexts));

        public IDbContextFactory<PlatformDbContext> Contexts => contexts;

        public RecordConnections Connections => _connections.Value;

        public int WorkspaceId => workspaceId;

        public TimeProvider Clock => clock;

        public IRecordPasswordHasher Passwords => passwords;

        public ConcurrentDictionary<string, TableSchema> Tables { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<int, bool> CheckedDatasources { get; } = new();

        public ConcurrentDictionary<string, int> Datasources { get; } = new(StringComparer.Ordinal);
    }
}
