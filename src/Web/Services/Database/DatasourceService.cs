using Platform.Data.Results;
using Platform.Data.Workspaces;
using Platform.Web.Identity;

namespace Platform.Web.Services.Database;

/// <summary>
/// Datasource management as the signed-in user. After a datasource is added or removed the workspace session is
/// reopened, so the top bar's switch lists exactly the datasources that exist.
/// </summary>
public sealed class DatasourceService(DatasourceStore datasources, WorkspaceSession session, CurrentUser user)
{
    public async Task<Result<IReadOnlyList<DatasourceSummary>>> ListAsync(int workspaceId) =>
        await datasources.ListAsync(await user.GetIdAsync(), workspaceId);

    public async Task<Result<DatasourceSummary>> AddAsync(int workspaceId, string? name)
    {
        var added = await datasources.AddAsync(await user.GetIdAsync(), workspaceId, name);
        if (added.Succeeded)
            await session.OpenAsync(workspaceId);
        return added;
    }

    public async Task<Result<DatasourceRemoval>> RemoveAsync(int workspaceId, DatasourceSummary datasource)
    {
        var removed = await datasources.RemoveAsync(await user.GetIdAsync(), workspaceId, datasource.Id, datasource.Records);
        if (removed.Succeeded)
            await session.OpenAsync(workspaceId);
        return removed;
    }

    public async Task<Result<DatasourceCopy>> CopyLiveToTestAsync(int workspaceId) =>
        await datasources.CopyLiveToTestAsync(await user.GetIdAsync(), workspaceId, confirmed: true);

    public async Task<Result<long>> ClearTestAsync(int workspaceId) =>
        await datasources.ClearTestAsync(await user.GetIdAsync(), workspaceId, confirmed: true);
}
