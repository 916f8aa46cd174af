using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;
using Platform.Data.Secrets;
using Platform.Data.Workspaces;

namespace Platform.Data.Variables;

/// <summary>
/// A workspace's environment variables. Every member sees the names and who set them when; editors and owners set
/// and delete them. Values are write-only: they are encrypted before they reach the database and no method here
/// returns one (only runs read them, through <see cref="RunVariables"/>, which every change here makes read them again).
/// </summary>
public sealed class VariableStore(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock, ISecretProtector secrets, RunVariables? runs = null)
{
    public async Task<Result<IReadOnlyList<VariableSummary>>> ListAsync(Guid userId, int workspaceId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.FindMembershipAsync(userId, workspaceId, ct) is null)
            return Problem.NotFound("Workspace");
        var variables = await db.WorkspaceVariables.AsNoTracking().Where(v => v.WorkspaceId == workspaceId)
            .Select(v => new VariableSummary(v.Name, v.UpdatedAt, db.Users.Where(u => u.Id == v.UpdatedById).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        return variables.OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Creates the variable or replaces its value, as <paramref name="write"/> allows.</summary>
    public async Task<Result<VariableSummary>> SetAsync(
        Guid userId, int workspaceId, string? name, string? value, VariableWrite write = VariableWrite.CreateOrReplace, CancellationToken ct = default)
    {
        var check = VariableNames.Check(name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        if (VariableNames.CheckValue(value) is { } tooLarge)
            return Problem.Invalid(tooLarge, "value");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RequireEditorAsync(userId, workspaceId, "change environment variables", ct) is { } refused)
            return refused;
        var variable = await db.WorkspaceVariables.SingleOrDefaultAsync(v => v.WorkspaceId == workspaceId && v.Name == check.Name, ct);
        switch (variable, write)
        {
            case (null, VariableWrite.ReplaceOnly):
                return Problem.NotFound($"Variable '{check.Name}'");
            case (not null, VariableWrite.CreateOnly):
                return Duplicate(check.Name);
            case (null, _):
                variable = new WorkspaceVariable { WorkspaceId = workspaceId, Name = check.Name, ProtectedValue = "" };
                db.WorkspaceVariables.Add(variable);
                break;
        }
        variable.ProtectedValue = secrets.Protect(value!);
        variable.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        variable.UpdatedById = userId;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return Duplicate(check.Name);
        }
        runs?.Forget(workspaceId);
        var by = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        return new VariableSummary(variable.Name, variable.UpdatedAt, by);
    }

    public async Task<Result<Done>> DeleteAsync(Guid userId, int workspaceId, string? name, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RequireEditorAsync(userId, workspaceId, "change environment variables", ct) is { } refused)
            return refused;
        var deleted = await db.WorkspaceVariables.Where(v => v.WorkspaceId == workspaceId && v.Name == name).ExecuteDeleteAsync(ct);
        runs?.Forget(workspaceId);
        return deleted == 0 ? Problem.NotFound($"Variable '{name}'") : new Done();
    }

    private static Problem Duplicate(string name) =>
        Problem.Conflict($"A variable named '{name}' already exists in this workspace. Use Replace value to change it.", "name");
}
