using Platform.Data.Results;
using Platform.Data.Runs;
using Platform.Data.Tasks;
using Platform.Web.Identity;

namespace Platform.Web.Services;

/// <summary>The task operations pages call, performed as the signed-in user.</summary>
public sealed class TaskService(TaskStore tasks, TaskPublisher publisher, RunHistory runs, CurrentUser user)
{
    public async Task<Result<IReadOnlyList<TaskListItem>>> ListAsync(int workspaceId) =>
        await tasks.ListAsync(await user.GetIdAsync(), workspaceId);

    public async Task<Result<TaskDocument>> GetAsync(int workspaceId, int taskId) =>
        await tasks.GetAsync(await user.GetIdAsync(), workspaceId, taskId);

    public async Task<Result<TaskDocument>> CreateAsync(int workspaceId, string? name) =>
        await tasks.CreateAsync(await user.GetIdAsync(), workspaceId, name);

    public async Task<Result<TaskDocument>> SaveScriptAsync(int workspaceId, int taskId, string script, Guid expectedStamp) =>
        await tasks.SaveScriptAsync(await user.GetIdAsync(), workspaceId, taskId, script, expectedStamp);

    /// <summary>Saves the draft's Platform settings (cron and policies), kept beside the script.</summary>
    public async Task<Result<TaskDocument>> SaveSettingsAsync(int workspaceId, int taskId, string settingsJson, Guid expectedStamp) =>
        await tasks.SaveSettingsAsync(await user.GetIdAsync(), workspaceId, taskId, settingsJson, expectedStamp);

    public async Task<Result<Done>> DeleteAsync(int workspaceId, int taskId) =>
        await tasks.DeleteAsync(await user.GetIdAsync(), workspaceId, taskId);

    /// <summary>Freezes the saved draft as the next version, which the engine runs from then on.</summary>
    public async Task<Result<PublishedVersion>> PublishAsync(int workspaceId, int taskId, string? note = null) =>
        await publisher.PublishAsync(await user.GetIdAsync(), workspaceId, taskId, note);

    public async Task<Result<RunPage>> ListRunsAsync(int workspaceId, int taskId, int page = 1) =>
        await runs.ListAsync(await user.GetIdAsync(), workspaceId, taskId, page: page, pageSize: 20);
}
