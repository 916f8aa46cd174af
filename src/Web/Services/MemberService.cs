using Platform.Data.Results;
using Platform.Data.Workspaces;
using Platform.Web.Identity;

namespace Platform.Web.Services;

/// <summary>
/// Workspace members as the signed-in user manages them. A change to the user's own membership reopens the workspace
/// session, so the top bar, the navigation and the page follow the new role (or the user's absence) at once.
/// </summary>
public sealed class MemberService(MemberStore members, WorkspaceSession session, CurrentUser user)
{
    public async Task<Result<IReadOnlyList<MemberSummary>>> ListAsync(int workspaceId) =>
        await members.ListAsync(await user.GetIdAsync(), workspaceId);

    public async Task<Result<MemberSummary>> AddAsync(int workspaceId, string? email, WorkspaceRole role) =>
        await members.AddAsync(await user.GetIdAsync(), workspaceId, email, role);

    public async Task<Result<MemberSummary>> ChangeRoleAsync(int workspaceId, MemberSummary member, WorkspaceRole role)
    {
        var changed = await members.ChangeRoleAsync(await user.GetIdAsync(), workspaceId, member.UserId, role);
        if (changed.Succeeded && member.IsYou)
            await session.OpenAsync(workspaceId);
        return changed;
    }

    public async Task<Result<Done>> RemoveAsync(int workspaceId, MemberSummary member) =>
        await members.RemoveAsync(await user.GetIdAsync(), workspaceId, member.UserId);

    /// <summary>Removes the signed-in user from the workspace; refused for its last owner.</summary>
    public async Task<Result<Done>> LeaveAsync(int workspaceId)
    {
        var userId = await user.GetIdAsync();
        var left = await members.RemoveAsync(userId, workspaceId, userId);
        if (left.Succeeded)
            await session.OpenAsync(workspaceId);
        return left;
    }
}
