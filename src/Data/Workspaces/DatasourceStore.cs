using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;
using Platform.Data.Tables;

namespace Platform.Data.Workspaces;

/// <summary>
/// A workspace's datasources: the same tables, separate records. Owners add, rename and remove custom ones;
/// editors copy live data to test and clear test data. Every statement is bounded to the workspace's own
/// datasource ids, so no operation can reach another workspace's records.
/// </summary>
public sealed class DatasourceStore(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<DatasourceSummary>>> ListAsync(Guid userId, int workspaceId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.FindMembershipAsync(userId, workspaceId, ct) is null)
            return Problem.NotFound("Workspace");
        var datasources = await db.Datasources.AsNoTracking().Where(d => d.WorkspaceId == workspaceId)
            .OrderByDescending(d => d.IsBuiltIn).ThenBy(d => d.Id)
            .Select(d => new DatasourceSummary(d.Id, d.Name, d.IsBuiltIn, db.Records.LongCount(r => r.DatasourceId == d.Id)))
            .ToListAsync(ct);
        return datasources;
    }

    public async Task<Result<DatasourceSummary>> AddAsync(Guid userId, int workspaceId, string? name, CancellationToken ct = default)
    {
        var check = DatasourceNames.Check(name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RequireOwnerAsync(userId, workspaceId, "add datasources", ct) is { } refused)
            return refused;
        if (await IsNameTakenAsync(db, workspaceId, check.Name, ct))
            return DuplicateName(check.Name);
        var datasource = new Datasource { WorkspaceId = workspaceId, Name = check.Name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Datasources.Add(datasource);
        if (!await TrySaveAsync(db, ct))
            return DuplicateName(check.Name);
        return new DatasourceSummary(datasource.Id, datasource.Name, IsBuiltIn: false, Records: 0);
    }

    public async Task<Result<DatasourceRename>> RenameAsync(
        Guid userId, int workspaceId, int datasourceId, string? name, CancellationToken ct = default)
    {
        var check = DatasourceNames.Check(name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RequireOwnerAsync(userId, workspaceId, "rename datasources", ct) is { } refused)
            return refused;
        var datasource = await db.Datasources.SingleOrDefaultAsync(d => d.Id == datasourceId && d.WorkspaceId == workspaceId, ct);
        if (datasource is null)
            return Problem.NotFound("Datasource");
        if (datasource.IsBuiltIn)
            return Problem.Invalid($"The datasource '{datasource.Name}' is built in and cannot be renamed.");
        var oldName = datasource.Name;
        if (oldName != check.Name && await IsNameTakenAsync(db, workspaceId, check.Name, ct))
            return DuplicateName(check.Name);
        datasource.Name = check.Name;
        if (!await TrySaveAsync(db, ct))
            return DuplicateName(check.Name);
        var records = await db.Records.LongCountAsync(r => r.DatasourceId == datasourceId, ct);
        return new DatasourceRename(
            new DatasourceSummary(datasource.Id, datasource.Name, false, records), oldName,
            await TasksNamingAsync(db, workspaceId, oldName, ct));
    }

    /// <summary>
    /// Removes a custom datasource and its records. <paramref name="confirmedRecordCount"/> is the count the owner was
    /// shown; if it changed since, nothing is removed. Tasks naming it keep their script and are listed in the result.
    /// </summary>
    public async Task<Result<DatasourceRemoval>> RemoveAsync(
        Guid userId, int workspaceId, int datasourceId, long confirmedRecordCount, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RequireOwnerAsync(userId, workspaceId, "remove datasources", ct) is { } refused)
            return refused;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var datasource = await db.Datasources.AsNoTracking().SingleOrDefaultAsync(d => d.Id == datasourceId && d.WorkspaceId == workspaceId, ct);
        if (datasource is null)
            return Problem.NotFound("Datasource");
        if (datasource.IsBuiltIn)
            return Problem.Invalid($"The datasource '{datasource.Name}' is built in and cannot be removed.");
        var records = await db.Records.LongCountAsync(r => r.DatasourceId == datasourceId, ct);
        if (records != confirmedRecordCount)
            return TableStore.RecordCountChanged($"The datasource '{datasource.Name}'", records, confirmedRecordCount);

        await db.Records.Where(r => r.DatasourceId == datasourceId).ExecuteDeleteAsync(ct);
        await db.RecordSequences.Where(s => s.DatasourceId == datasourceId).ExecuteDeleteAsync(ct);
        await db.WorkspaceMembers.Where(m => m.WorkspaceId == workspaceId && m.SelectedDatasourceId == datasourceId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.SelectedDatasourceId, (int?)null), ct);
        await db.Datasources.Where(d => d.Id == datasourceId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return new DatasourceRemoval(datasourceId, datasource.Name, records, await TasksNamingAsync(db, workspaceId, datasource.Name, ct));
    }

    /// <summary>Replaces every test record and id sequence with live's, in one transaction. Only when <paramref name="confirmed"/>.</summary>
    public async Task<Result<DatasourceCopy>> CopyLiveToTestAsync(Guid userId, int workspaceId, bool confirmed, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RequireEditorAsync(userId, workspaceId, "copy live data to test", ct) is { } refused)
            return refused;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (live, test) = await BuiltInsAsync(db, workspaceId, ct);
        if (!confirmed)
        {
            var testRecords = await db.Records.LongCountAsync(r => r.DatasourceId == test, ct);
            var liveRecords = await db.Records.LongCountAsync(r => r.DatasourceId == live, ct);
            return NotConfirmed($"Copying live data to test replaces the {TableStore.Records(testRecords)} of test with the {TableStore.Records(liveRecords)} of live.");
        }
        var deleted = await ClearAsync(db, test, ct);
        var copied = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO records (table_id, datasource_id, id, created_at, data) SELECT table_id, {test}, id, created_at, data FROM records WHERE datasource_id = {live}", ct);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO record_sequences (table_id, datasource_id, last_id) SELECT table_id, {test}, last_id FROM record_sequences WHERE datasource_id = {live}", ct);
        var tables = await db.Records.Where(r => r.DatasourceId == test).Select(r => r.TableId).Distinct().CountAsync(ct);
        await transaction.CommitAsync(ct);
        return new DatasourceCopy(deleted, copied, tables);
    }

    /// <summary>Deletes every test record and restarts test ids at 1. Only when <paramref name="confirmed"/>; returns how many records went.</summary>
    public async Task<Result<long>> ClearTestAsync(Guid userId, int workspaceId, bool confirmed, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RequireEditorAsync(userId, workspaceId, "clear test data", ct) is { } refused)
            return refused;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (_, test) = await BuiltInsAsync(db, workspaceId, ct);
        if (!confirmed)
            return NotConfirmed($"Clearing test data deletes its {TableStore.Records(await db.Records.LongCountAsync(r => r.DatasourceId == test, ct))}.");
        var deleted = await ClearAsync(db, test, ct);
        await transaction.CommitAsync(ct);
        return deleted;
    }

    private static async Task<long> ClearAsync(PlatformDbContext db, int datasourceId, CancellationToken ct)
    {
        var deleted = await db.Records.Where(r => r.DatasourceId == datasourceId).ExecuteDeleteAsync(ct);
        await db.RecordSequences.Where(s => s.DatasourceId == datasourceId).ExecuteDeleteAsync(ct);
        return deleted;
    }

    private static async Task<(int Live, int Test)> BuiltInsAsync(PlatformDbContext db, int workspaceId, CancellationToken ct)
    {
        var ids = await db.Datasources.AsNoTracking().Where(d => d.WorkspaceId == workspaceId && d.IsBuiltIn)
            .ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        return (ids[Datasource.Live], ids[Datasource.Test]);
    }

    private static async Task<IReadOnlyList<string>> TasksNamingAsync(PlatformDbContext db, int workspaceId, string datasource, CancellationToken ct) =>
        await db.Tasks.AsNoTracking().Where(t => t.WorkspaceId == workspaceId && t.DatasourceName == datasource)
            .OrderBy(t => t.NameKey).Select(t => t.Name).ToListAsync(ct);



    private static Task<bool> IsNameTakenAsync(PlatformDbContext db, int workspaceId, string name, CancellationToken ct) =>
        db.Datasources.AnyAsync(d => d.WorkspaceId == workspaceId && d.Name == name, ct);

    private static async Task<bool> TrySaveAsync(PlatformDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return false;
        }
    }

    private static Problem DuplicateName(string name) =>
        Problem.Conflict($"A datasource named '{name}' already exists in this workspace. Choose another name.", "name");

    private static Problem NotConfirmed(string consequence) =>
        Problem.Conflict($"{consequence} Confirm to go ahead.", "confirmed");
}
