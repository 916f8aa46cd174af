using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;

namespace Platform.Data.Workspaces;

/// <summary>The one place that decides whether a user belongs to a workspace. Every workspace-scoped read starts here.</summary>
internal static class MembershipQueries
{
    public static Task<WorkspaceMember?> FindMembershipAsync(
        this PlatformDbContext db, Guid userId, int workspaceId, CancellationToken cancellationToken) =>
        db.WorkspaceMembers.AsNoTracking()
            .SingleOrDefaultAsync(m => m.UserId == userId && m.WorkspaceId == workspaceId, cancellationToken);
}
