using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;
using Platform.Data.Workspaces;

namespace Platform.Data.Tables;

/// <summary>
/// A workspace's tables and their fields, read and changed on behalf of one of its members. Viewers read; editors
/// and owners change the schema. Every change carries the table's <see cref="TableDocument.ConcurrencyStamp"/>,
/// runs in one transaction with the data migration of the records it implies, and issues a new stamp.
/// </summary>
public sealed partial class TableStore(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock, IRecordIndexSync? indexSync = null)
{
    public async Task<Result<IReadOnlyList<TableDocument>>> ListAsync(Guid userId, int workspaceId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.FindMembershipAsync(userId, workspaceId, ct) is null)
            return Problem.NotFound("Workspace");
        var tables = await db.Tables.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).OrderBy(t => t.NameKey).ToListAsync(ct);
        var documents = await TableDocuments.ReadAsync(db, workspaceId, tables, ct);
        return documents.ToList();
    }

    public async Task<Result<TableDocument>> GetAsync(Guid userId, int workspaceId, int tableId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.FindMembershipAsync(userId, workspaceId, ct) is null)
            return Problem.NotFound("Table");
        var document = await TableDocuments.FindAsync(db, workspaceId, tableId, ct);
        return document is null ? Problem.NotFound("Table") : document;
    }

    public async Task<Result<TableDocument>> CreateAsync(
        Guid userId, int workspaceId, string? name, string? description = null, CancellationToken ct = default)
    {
        var check = TableNames.Rule.Check(name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        if (CheckDescription(description) is { } tooLong)
            return tooLong;
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RequireEditorAsync(userId, workspaceId, "create tables", ct) is { } refused)
            return refused;
        if (await IsNameTakenAsync(db, workspaceId, check.Name, exceptTableId: null, ct))
            return DuplicateName(check.Name);

        var now = clock.GetUtcNow().UtcDateTime;
        var table = new WorkspaceTable { WorkspaceId = workspaceId, Name = check.Name, Description = Blank(description), CreatedAt = now, UpdatedAt = now };
        db.Tables.Add(table);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return DuplicateName(check.Name);
        }
        return (await TableDocuments.FindAsync(db, workspaceId, table.Id, ct))!;
    }

    public async Task<Result<TableDocument>> RenameAsync(
        Guid userId, int workspaceId, int tableId, string? name, Guid expectedStamp, CancellationToken ct = default)
    {
        var check = TableNames.Rule.Check(name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        return await ChangeAsync(userId, workspaceId, tableId, expectedStamp, "rename tables", async change =>
        {
            if (await IsNameTakenAsync(change.Db, workspaceId, check.Name, tableId, ct))
                return DuplicateName(check.Name);
            change.Table.Name = check.Name;
            return null;
        }, ct);
    }

    public async Task<Result<TableDocument>> SetDescriptionAsync(
        Guid userId, int workspaceId, int tableId, string? description, Guid expectedStamp, CancellationToken ct = default)
    {
        if (CheckDescription(description) is { } tooLong)
            return tooLong;
        return await ChangeAsync(userId, workspaceId, tableId, expectedStamp, "change tables", change =>
        {
            change.Table.Description = Blank(description);
            return Task.FromResult<Problem?>(null);
        }, ct);
    }

    /// <summary>
    /// Deletes the table and its records in every datasource. <paramref name="confirmedRecordCount"/> is the count the
    /// user was shown; when records were added or removed since, nothing is deleted and the user is asked again.
    /// </summary>
    public async Task<Result<TableDeletion>> DeleteAsync(
        Guid userId, int workspaceId, int tableId, long confirmedRecordCount, Guid expectedStamp, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await ClaimAsync(db, userId, workspaceId, tableId, expectedStamp, "delete tables", ct);
        if (!claimed.Succeeded)
            return claimed.Problem;
        var table = claimed.Value;
        if (await FindReferenceToAsync(db, table, ct) is { } referencedBy)
            return Problem.Conflict($"The table '{table.Name}' cannot be deleted: the field '{referencedBy}' refers to it. Change or drop that field first.");
        var records = await new RecordMigrations(db, tableId).CountAsync(ct);
        if (records != confirmedRecordCount)
            return RecordWording.CountChanged($"The table '{table.Name}'", records, confirmedRecordCount);

        var hadIndexes = table.Fields.Any(f => f.IsIndexed || f.IsUnique);
        db.TableFields.RemoveRange(table.Fields);
        await db.SaveChangesAsync(ct);
        if (hadIndexes && indexSync is not null)
            await indexSync.SyncAsync(db, table, ct);
        await db.Records.Where(r => r.TableId == tableId).ExecuteDeleteAsync(ct);
        await db.RecordSequences.Where(s => s.TableId == tableId).ExecuteDeleteAsync(ct);
        await db.Tables.Where(t => t.Id == tableId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return new TableDeletion(tableId, table.Name, records);
    }

    /// <summary>
    /// Runs one schema change in one transaction: claims the table, applies the change and its data migration, saves
    /// the fields, syncs indexes when asked, and commits — or rolls everything back when the change returns a problem.
    /// </summary>
    private async Task<Result<TableDocument>> ChangeAsync(
        Guid userId, int workspaceId, int tableId, Guid expectedStamp, string action,
        Func<SchemaChange, Task<Problem?>> apply, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await ClaimAsync(db, userId, workspaceId, tableId, expectedStamp, action, ct);
        if (!claimed.Succeeded)
            return claimed.Problem;
        var table = claimed.Value;

        var change = new SchemaChange(db, table, new RecordMigrations(db, tableId));
        if (await apply(change) is { } problem)
            return problem;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return Problem.Conflict($"The table '{table.Name}' was changed elsewhere at the same time. Reload it and try again.");
        }
        if (change.AffectsIndexes && indexSync is not null)
            await indexSync.SyncAsync(db, table, ct);
        await transaction.CommitAsync(ct);
        return (await TableDocuments.FindAsync(db, workspaceId, tableId, ct))!;
    }

    /// <summary>
    /// Inside the change's transaction: checks the role, loads the table (tracked, with its fields), refuses a stale
    /// stamp, and otherwise saves a new stamp and update time before anything else changes. On PostgreSQL that
    /// update holds the table's row lock until the change commits, so concurrent changes queue and then find it stale.
    /// </summary>
    private async Task<Result<WorkspaceTable>> ClaimAsync(
        PlatformDbContext db, Guid userId, int workspaceId, int tableId, Guid expectedStamp, string action, CancellationToken ct)
    {
        if (await db.RequireEditorAsync(userId, workspaceId, action, ct) is { } refused)
            return refused;
        var table = await db.Tables.SingleOrDefaultAsync(t => t.Id == tableId && t.WorkspaceId == workspaceId, ct);
        if (table is null)
            return Problem.NotFound("Table");
        if (table.ConcurrencyStamp != expectedStamp)
            return ChangedElsewhere(table.Name);
        table.ConcurrencyStamp = Guid.NewGuid();
        table.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
            return table;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedElsewhere(table.Name);
        }
    }

    private static async Task<string?> FindReferenceToAsync(PlatformDbContext db, WorkspaceTable table, CancellationToken ct) =>
        await db.TableFields.AsNoTracking()
            .Where(f => f.ReferenceTableId == table.Id && f.TableId != table.Id)
            .Join(db.Tables, f => f.TableId, t => t.Id, (f, t) => t.Name + "." + f.Name)
            .OrderBy(name => name)
            .FirstOrDefaultAsync(ct);


    private static Task<bool> IsNameTakenAsync(PlatformDbContext db, int workspaceId, string name, int? exceptTableId, CancellationToken ct)
    {
        var key = WorkspaceTable.KeyOf(name);
        return db.Tables.AnyAsync(t => t.WorkspaceId == workspaceId && t.NameKey == key && t.Id != exceptTableId, ct);
    }

    private static Problem? CheckDescription(string? description) =>
        description?.Length > WorkspaceTableConfiguration.DescriptionMaxLength
            ? Problem.Invalid($"The description is too long: {description.Length:N0} characters (at most {WorkspaceTableConfiguration.DescriptionMaxLength:N0}).", "description")
            : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Problem DuplicateName(string name) =>
        Problem.Conflict($"A table named '{name}' already exists in this workspace. Choose another name.", "name");

    private static Problem ChangedElsewhere(string table) =>
        Problem.Conflict($"The table '{table}' was changed elsewhere since you opened it. Reload it and apply your change again.");

    /// <summary>The table being changed (tracked, with its fields), inside the change's transaction.</summary>
    private sealed class SchemaChange(PlatformDbContext db, WorkspaceTable table, RecordMigrations records)
    {
        public PlatformDbContext Db => db;

        public WorkspaceTable Table => table;

        public RecordMigrations Records => records;

        /// <summary>Set when the change touches an indexed or unique field, so the record indexes are synced.</summary>
        public bool AffectsIndexes { get; set; }
    }
}
