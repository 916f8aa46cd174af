using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;

namespace Platform.Data.Workspaces;

/// <summary>The one place that decides whether a user belongs to a workspace. Every workspace-scoped read starts here.</summary>
internal static class MembershipQueries
{
    public static Task<WorkspaceMember?> FindMembershipAsync(
        this PlatformDbContext db, Guid userId, int workspaceId, CancellationToken cancellationToken) =>
        db.WorkspaceMembers.AsNoTracking()
            .SingleOrDefaultAsync(m => m.UserId == userId && m.WorkspaceId == workspaceId, cancellationToken);

    /// <summary>Whether the user belongs to the workspace and the task is one of its tasks.</summary>
    public static async Task<bool> CanSeeTaskAsync(
        this PlatformDbContext db, Guid userId, int workspaceId, int taskId, CancellationToken cancellationToken) =>
        await db.FindMembershipAsync(userId, workspaceId, cancellationToken) is not null
        && await db.Tasks.AnyAsync(t => t.Id == taskId && t.WorkspaceId == workspaceId, cancellationToken);

    /// <summary>Null when the user may edit the workspace's content; otherwise not found (stranger) or forbidden (viewer).</summary>
    public static Task<Problem?> RequireEditorAsync(
        this PlatformDbContext db, Guid userId, int workspaceId, string action, CancellationToken cancellationToken) =>
        db.RequireRoleAsync(userId, workspaceId, WorkspaceRoleExtensions.CanEdit, action, cancellationToken);

    /// <summary>Null when the user owns the workspace; otherwise not found (stranger) or forbidden (editor, viewer).</summary>
    public static Task<Problem?> RequireOwnerAsync(
        this PlatformDbContext db, Guid userId, int workspaceId, string action, CancellationToken cancellationToken) =>
        db.RequireRoleAsync(userId, workspaceId, WorkspaceRoleExtensions.CanAdminister, action, cancellationToken);

    private static async Task<Problem?> RequireRoleAsync(
        this PlatformDbContext db, Guid userId, int workspaceId, Func<WorkspaceRole, bool> allowed, string action,
        CancellationToken cancellationToken)
    {
        var member = await db.FindMembershipAsync(userId, workspaceId, cancellationToken);
        if (member is null)
            return Problem.NotFound("Workspace");
        return allowed(member.Role) ? null : Problem.Forbidden(action);
    }
}
