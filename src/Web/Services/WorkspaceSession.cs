using Platform.Data.Results;
using Platform.Data.Workspaces;
using Platform.Web.Identity;

namespace Platform.Web.Services;

/// <summary>
/// The workspace this circuit is working in. Pages open it; the top bar and navigation follow it through
/// <see cref="Changed"/>. Every read goes through the store with the signed-in user's id, so membership is
/// checked on the server each time.
/// </summary>
public sealed class WorkspaceSession(WorkspaceStore workspaces, CurrentUser user)
{
    public WorkspaceAccess? Current { get; private set; }

    public IReadOnlyList<WorkspaceSummary> Available { get; private set; } = [];

    public event Action? Changed;

    /// <summary>Opens a workspace for this user, or returns null when it does not exist or they are not a member.</summary>
    public async Task<WorkspaceAccess?> OpenAsync(int workspaceId)
    {
        var userId = await user.GetIdAsync();
        var access = await workspaces.OpenAsync(userId, workspaceId);
        if (access is not null && Current?.Id != access.Id)
            await workspaces.RememberLastWorkspaceAsync(userId, workspaceId);
        await SetCurrentAsync(userId, access);
        return access;
    }

    public async Task<Result<DatasourceInfo>> SelectDatasourceAsync(int datasourceId)
    {
        if (Current is null)
            return Problem.NotFound("Workspace");
        var userId = await user.GetIdAsync();
        var selected = await workspaces.SelectDatasourceAsync(userId, Current.Id, datasourceId);
        if (selected.Succeeded)
        {
            Current = Current with { Selected = selected.Value };
            Changed?.Invoke();
        }
        return selected;
    }

    public async Task<Result<WorkspaceSummary>> CreateAsync(string? name)
    {
        var userId = await user.GetIdAsync();
        var created = await workspaces.CreateAsync(userId, name);
        if (created.Succeeded)
            await RefreshAvailableAsync(userId);
        return created;
    }

    public async Task<Result<WorkspaceSummary>> RenameAsync(int workspaceId, string? name)
    {
        var userId = await user.GetIdAsync();
        var renamed = await workspaces.RenameAsync(userId, workspaceId, name);
        if (renamed.Succeeded)
            await SetCurrentAsync(userId, await workspaces.OpenAsync(userId, Current?.Id ?? workspaceId));
        return renamed;
    }

    public async Task<IReadOnlyList<WorkspaceSummary>> ListAsync()
    {
        await RefreshAvailableAsync(await user.GetIdAsync());
        return Available;
    }

    public async Task<int?> FindLandingWorkspaceAsync() =>
        await workspaces.FindLandingWorkspaceAsync(await user.GetIdAsync());

    private async Task SetCurrentAsync(Guid userId, WorkspaceAccess? access)
    {
        Current = access;
        await RefreshAvailableAsync(userId);
    }

    private async Task RefreshAvailableAsync(Guid userId)
    {
        Available = await workspaces.ListAsync(userId);
        Changed?.Invoke();
    }
}
