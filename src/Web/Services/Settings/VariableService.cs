using Platform.Data.Results;
using Platform.Data.Variables;
using Platform.Web.Identity;

namespace Platform.Web.Services.Settings;

/// <summary>The workspace's environment variables as the signed-in user: names to every member, changes to editors and owners.</summary>
public sealed class VariableService(VariableStore variables, CurrentUser user)
{
    public async Task<Result<IReadOnlyList<VariableSummary>>> ListAsync(int workspaceId) =>
        await variables.ListAsync(await user.GetIdAsync(), workspaceId);

    public async Task<Result<VariableSummary>> SetAsync(int workspaceId, string? name, string? value, VariableWrite write) =>
        await variables.SetAsync(await user.GetIdAsync(), workspaceId, name, value, write);

    public async Task<Result<Done>> DeleteAsync(int workspaceId, string name) =>
        await variables.DeleteAsync(await user.GetIdAsync(), workspaceId, name);
}
