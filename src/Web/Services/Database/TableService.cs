using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Web.Identity;

namespace Platform.Web.Services.Database;

/// <summary>The schema operations the Database pages call, performed as the signed-in user.</summary>
public sealed class TableService(TableStore tables, CurrentUser user)
{
    public async Task<Result<IReadOnlyList<TableDocument>>> ListAsync(int workspaceId) =>
        await tables.ListAsync(await user.GetIdAsync(), workspaceId);

    public async Task<Result<TableDocument>> GetAsync(int workspaceId, int tableId) =>
        await tables.GetAsync(await user.GetIdAsync(), workspaceId, tableId);

    public async Task<Result<TableDocument>> CreateAsync(int workspaceId, string? name) =>
        await tables.CreateAsync(await user.GetIdAsync(), workspaceId, name);

    public async Task<Result<TableDocument>> RenameAsync(TableDocument table, string? name) =>
        await tables.RenameAsync(await user.GetIdAsync(), table.WorkspaceId, table.Id, name, table.ConcurrencyStamp);

    public async Task<Result<TableDeletion>> DeleteAsync(TableDocument table, long confirmedRecordCount) =>
        await tables.DeleteAsync(await user.GetIdAsync(), table.WorkspaceId, table.Id, confirmedRecordCount, table.ConcurrencyStamp);

    public async Task<Result<TableDocument>> AddFieldAsync(TableDocument table, FieldSpec spec) =>
        await tables.AddFieldAsync(await user.GetIdAsync(), table.WorkspaceId, table.Id, spec, table.ConcurrencyStamp);

    public async Task<Result<TableDocument>> RenameFieldAsync(TableDocument table, string field, string? newName) =>
        await tables.RenameFieldAsync(await user.GetIdAsync(), table.WorkspaceId, table.Id, field, newName, table.ConcurrencyStamp);

    public async Task<Result<TableDocument>> ChangeFieldOptionsAsync(TableDocument table, string field, FieldOptions options) =>
        await tables.ChangeFieldOptionsAsync(await user.GetIdAsync(), table.WorkspaceId, table.Id, field, options, table.ConcurrencyStamp);

    public async Task<Result<TypeChangePlan>> PlanTypeChangeAsync(TableDocument table, string field, FieldTypeChange change) =>
        await tables.PlanChangeAsync(await user.GetIdAsync(), table.WorkspaceId, table.Id, field, change);

    public async Task<Result<TableDocument>> ChangeTypeAsync(TableDocument table, string field, FieldTypeChange change, bool confirmed) =>
        await tables.ChangeTypeAsync(await user.GetIdAsync(), table.WorkspaceId, table.Id, field, change, confirmed, table.ConcurrencyStamp);

    public async Task<Result<DropFieldPlan>> PlanDropFieldAsync(TableDocument table, string field) =>
        await tables.PlanDropFieldAsync(await user.GetIdAsync(), table.WorkspaceId, table.Id, field);

    public async Task<Result<TableDocument>> DropFieldAsync(TableDocument table, string field, bool confirmed) =>
        await tables.DropFieldAsync(await user.GetIdAsync(), table.WorkspaceId, table.Id, field, confirmed, table.ConcurrencyStamp);

    public async Task<Result<TableDocument>> ReorderFieldsAsync(TableDocument table, IReadOnlyList<string> fieldNames) =>
        await tables.ReorderFieldsAsync(await user.GetIdAsync(), table.WorkspaceId, table.Id, fieldNames, table.ConcurrencyStamp);

    /// <summary>
    /// When a change was refused because the table changed elsewhere (another tab or member), the table as it is now,
    /// so the page shows it and the user's next attempt applies to it; null when the table is not newer.
    /// </summary>
    public async Task<TableDocument?> NewerAfterConflictAsync(TableDocument table, Problem problem)
    {
        if (problem.Kind != ProblemKind.Conflict)
            return null;
        var latest = await GetAsync(table.WorkspaceId, table.Id);
        return latest.Succeeded && latest.Value.ConcurrencyStamp != table.ConcurrencyStamp ? latest.Value : null;
    }

    /// <summary>What the user reads once the page shows the newer table.</summary>
    public static Problem ChangedElsewhere(TableDocument latest) =>
        Problem.Conflict($"The table '{latest.Name}' was changed elsewhere since you opened it. It now shows the latest version: check it and apply your change again.");
}
