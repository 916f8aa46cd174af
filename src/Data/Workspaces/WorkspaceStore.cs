using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;

namespace Platform.Data.Workspaces;

/// <summary>Workspaces as their members see them: list, create, rename, open, and the datasource a member is viewing.</summary>
public sealed class WorkspaceStore(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkspaceSummary>> ListAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaces = await db.WorkspaceMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new WorkspaceSummary(m.WorkspaceId, m.Workspace!.Name, m.Role))
            .ToListAsync(cancellationToken);
        return [.. workspaces.OrderBy(w => w.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<Result<WorkspaceSummary>> CreateAsync(Guid userId, string? name, CancellationToken cancellationToken = default)
    {
        var check = WorkspaceNames.Rule.Check(name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await IsNameTakenAsync(db, userId, check.Name, exceptWorkspaceId: null, cancellationToken))
            return DuplicateName(check.Name);

        var now = clock.GetUtcNow().UtcDateTime;
        var workspace = new Workspace { Name = check.Name, CreatedAt = now, CreatedById = userId };
        workspace.Datasources.AddRange(Datasource.BuiltIns(now));
        workspace.Members.Add(new WorkspaceMember
        {
            UserId = userId,
            Role = WorkspaceRole.Owner,
            JoinedAt = now,
            SelectedDatasource = workspace.Datasources.Single(d => d.Name == Datasource.Live),
        });
        db.Workspaces.Add(workspace);
        await db.SaveChangesAsync(cancellationToken);
        return new WorkspaceSummary(workspace.Id, workspace.Name, WorkspaceRole.Owner);
    }

    public async Task<Result<WorkspaceSummary>> RenameAsync(
        Guid userId, int workspaceId, string? name, CancellationToken cancellationToken = default)
    {
        var check = WorkspaceNames.Rule.Check(name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.FindMembershipAsync(userId, workspaceId, cancellationToken);
        if (member is null)
            return Problem.NotFound("Workspace");
        if (!member.Role.CanAdminister())
            return Problem.Forbidden("rename the workspace");
        if (await IsNameTakenAsync(db, userId, check.Name, workspaceId, cancellationToken))
            return DuplicateName(check.Name);

        var workspace = await db.Workspaces.SingleAsync(w => w.Id == workspaceId, cancellationToken);
        workspace.Name = check.Name;
        workspace.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A membership change (MemberStore renews the stamp) committed between our read and our write.
            return Problem.Conflict("The workspace was changed at the same time. Try again.", "name");
        }
        return new WorkspaceSummary(workspace.Id, workspace.Name, member.Role);
    }

    /// <summary>The workspace as this user sees it, or null when it does not exist or they are not a member.</summary>
    public async Task<WorkspaceAccess?> OpenAsync(Guid userId, int workspaceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.WorkspaceMembers.AsNoTracking()
            .Where(m => m.UserId == userId && m.WorkspaceId == workspaceId)
            .Select(m => new { m.Role, m.SelectedDatasourceId, m.Workspace!.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
            return null;
        var datasources = await db.Datasources.AsNoTracking()
            .Where(d => d.WorkspaceId == workspaceId)
            .OrderByDescending(d => d.IsBuiltIn).ThenBy(d => d.Id)
            .Select(d => new DatasourceInfo(d.Id, d.Name, d.IsBuiltIn))
            .ToListAsync(cancellationToken);
        var selected = datasources.FirstOrDefault(d => d.Id == member.SelectedDatasourceId)
            ?? datasources.First(d => d.IsLive);
        return new WorkspaceAccess(new WorkspaceSummary(workspaceId, member.Name, member.Role), datasources, selected);
    }

    /// <summary>Remembers which datasource this member is viewing; it stays selected across sessions.</summary>
    public async Task<Result<DatasourceInfo>> SelectDatasourceAsync(
        Guid userId, int workspaceId, int datasourceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.WorkspaceMembers
            .SingleOrDefaultAsync(m => m.UserId == userId && m.WorkspaceId == workspaceId, cancellationToken);
        if (member is null)
            return Problem.NotFound("Workspace");
        var datasource = await db.Datasources.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == datasourceId && d.WorkspaceId == workspaceId, cancellationToken);
        if (datasource is null)
            return Problem.NotFound("Datasource");
        member.SelectedDatasourceId = datasource.Id;
        await db.SaveChangesAsync(cancellationToken);
        return new DatasourceInfo(datasource.Id, datasource.Name, datasource.IsBuiltIn);
    }

    /// <summary>Where a user lands after signing in: the workspace they used last, else their first one.</summary>
    public async Task<int?> FindLandingWorkspaceAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.LastWorkspaceId)
            .SingleOrDefaultAsync(cancellationToken);
        if (last is { } id && await db.FindMembershipAsync(userId, id, cancellationToken) is not null)
            return id;
        var workspaces = await ListAsync(userId, cancellationToken);
        return workspaces.Count > 0 ? workspaces[0].Id : null;
    }

    public async Task RememberLastWorkspaceAsync(Guid userId, int workspaceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId && u.LastWorkspaceId != workspaceId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LastWorkspaceId, workspaceId), cancellationToken);
    }

    private static async Task<bool> IsNameTakenAsync(
        PlatformDbContext db, Guid userId, string name, int? exceptWorkspaceId, CancellationToken cancellationToken)
    {
        var names = await db.WorkspaceMembers.AsNoTracking()
            .Where(m => m.UserId == userId && m.WorkspaceId != exceptWorkspaceId)
            .Select(m => m.Workspace!.Name)
            .ToListAsync(cancellationToken);
        return names.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    private static Problem DuplicateName(string name) =>
        Problem.Conflict($"You already have a workspace named '{name}'. Choose another name.", "name");
}
