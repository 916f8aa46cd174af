using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Records;
using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;
using Platform.Web.Model.Database;

namespace Platform.Web.Services.Database;

/// <summary>
/// The records of a workspace table for a member: every call opens the target first (membership, the datasource
/// belongs to the workspace, the table exists), writes need an editor or owner, and the work goes through the
/// engine's record store, so the UI validates and stores exactly as db.* statements do.
/// </summary>
public sealed class WorkspaceRecords(IDbContextFactory<PlatformDbContext> contexts, WorkspaceStore workspaces, TableStore tables, TimeProvider clock)
{
    /// <summary>Records read per statement when a whole table is streamed out.</summary>
    public const int StreamPageSize = 500;

    /// <summary>Records written per statement by an import.</summary>
    public const int ImportBatchSize = 500;

    public async Task<Result<RecordScope>> OpenAsync(Guid userId, RecordTarget target, CancellationToken ct = default)
    {
        var access = await workspaces.OpenAsync(userId, target.WorkspaceId, ct);
        if (access is null)
            return Problem.NotFound("Workspace");
        var datasource = access.Datasources.FirstOrDefault(d => d.Id == target.DatasourceId);
        if (datasource is null)
            return Problem.NotFound("Datasource");
        var table = await tables.GetAsync(userId, target.WorkspaceId, target.TableId, ct);
        return table.Succeeded ? new RecordScope(table.Value, datasource, access.Role.CanEdit()) : table.Problem;
    }

    public Task<Result<RecordRows>> QueryAsync(Guid userId, RecordTarget target, RecordRequest request, CancellationToken ct = default) =>
        RunAsync(userId, target, write: false, async (scope, store) =>
        {
            var take = Math.Max(1, request.Take);
            var paging = new Paging(1, take, Math.Max(0, request.Skip), Totals: true, Metadata: false);
            var page = await store.QueryAsync(new RecordQuery(scope.Table.Name, request.Where, request.Sort, paging, null, take), ct);
            return (Result<RecordRows>)new RecordRows([.. page.Records.Select(r => new RecordRow(r))], page.Total ?? 0, scope.Table);
        });

    public Task<Result<XsObject>> AddAsync(Guid userId, RecordTarget target, XsObject data, CancellationToken ct = default) =>
        RunAsync(userId, target, write: true, async (scope, store) => (Result<XsObject>)await store.AddAsync(scope.Table.Name, data, ct));

    public Task<Result<XsObject>> EditAsync(Guid userId, RecordTarget target, long id, XsObject data, CancellationToken ct = default) =>
        RunAsync(userId, target, write: true, async (scope, store) =>
            await store.EditAsync(scope.Table.Name, "id", XsValue.Int(id), data, ct) is { } edited ? edited : (Result<XsObject>)Problem.NotFound("Record"));

    public Task<Result<Done>> DeleteAsync(Guid userId, RecordTarget target, long id, CancellationToken ct = default) =>
        RunAsync(userId, target, write: true, async (scope, store) =>
            await store.DeleteAsync(scope.Table.Name, "id", XsValue.Int(id), ct) ? new Done() : (Result<Done>)Problem.NotFound("Record"));

    /// <summary>
    /// Checks each record as an add would, without keeping anything: a batch of records is added in a transaction
    /// that is then rolled back; only a batch that fails is checked again record by record, each in its own rolled
    /// back transaction, so the report names every record at fault. Returns, per record, why it would be refused
    /// (null when it would be added).
    /// </summary>
    public Task<Result<IReadOnlyList<Problem?>>> ValidateAsync(Guid userId, RecordTarget target, IReadOnlyList<XsObject> records, CancellationToken ct = default) =>
        RunAsync(userId, target, write: true, async (scope, store) =>
        {
            var problems = new Problem?[records.Count];
            for (var start = 0; start < records.Count; start += ImportBatchSize)
            {
                var batch = records.Skip(start).Take(ImportBatchSize).ToList();
                if (await TryAddAndRollBackAsync(store, scope.Table.Name, batch, ct) is null)
                    continue;
                for (var i = 0; i < batch.Count; i++)
                    problems[start + i] = await TryAddAndRollBackAsync(store, scope.Table.Name, [batch[i]], ct);
            }
            return (Result<IReadOnlyList<Problem?>>)problems;
        });

    /// <summary>Adds the records all-or-nothing, in batches through the store's bulk add; returns how many were added.</summary>
    public Task<Result<int>> ImportAsync(Guid userId, RecordTarget target, IReadOnlyList<XsObject> records, CancellationToken ct = default) =>
        RunAsync(userId, target, write: true, async (scope, store) =>
            (Result<int>)await store.TransactionAsync(async (transaction, token) =>
            {
                foreach (var batch in records.Chunk(ImportBatchSize))
                    await transaction.BulkAddAsync(scope.Table.Name, batch, allowIdField: false, token);
                return records.Count;
            }, ct));

    /// <summary>Every record of the scope in id order, read a page at a time (never the whole table at once).</summary>
    public async IAsyncEnumerable<XsObject> ReadAllAsync(RecordScope scope, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var store = Store(scope);
        var after = 0L;
        while (true)
        {
            var where = new ComparisonCondition(new ColumnOperand(scope.Table.Name, "id", []), QueryOperator.Greater, new ValueOperand(XsValue.Int(after)));
            var query = new RecordQuery(scope.Table.Name, where, [new SortKey("id", SortDirection.Ascending)], new Paging(1, StreamPageSize, 0, false, false), null, StreamPageSize);
            var page = await store.QueryAsync(query, ct);
            foreach (var record in page.Records)
                yield return record;
            if (!page.HasMore || page.Records.Count == 0)
                yield break;
            after = page.Records[^1].Get("id").AsInt;
        }
    }

    private async Task<Result<T>> RunAsync<T>(Guid userId, RecordTarget target, bool write, Func<RecordScope, SqlRecordStore, Task<Result<T>>> work)
    {
        var scope = await OpenAsync(userId, target);
        if (!scope.Succeeded)
            return scope.Problem;
        if (write && !scope.Value.CanEdit)
            return Problem.Forbidden("change records");
        try
        {
            return await work(scope.Value, Store(scope.Value));
        }
        catch (ScriptErrorException error)
        {
            return RecordProblems.From(error);
        }
    }

    private static async Task<Problem?> TryAddAndRollBackAsync(SqlRecordStore store, string table, IReadOnlyList<XsObject> records, CancellationToken ct)
    {
        try
        {
            await store.TransactionAsync<bool>(async (transaction, token) =>
            {
                await transaction.BulkAddAsync(table, records, allowIdField: false, token);
                throw new DryRunRollback();
            }, ct);
            return null;
        }
        catch (DryRunRollback)
        {
            return null;
        }
        catch (ScriptErrorException error)
        {
            return RecordProblems.From(error);
        }
    }

    private SqlRecordStore Store(RecordScope scope) => new(contexts, scope.Table.WorkspaceId, scope.Datasource.Id, clock);

    /// <summary>Thrown to roll back a dry run's transaction once the record was accepted.</summary>
    private sealed class DryRunRollback : Exception;
}
