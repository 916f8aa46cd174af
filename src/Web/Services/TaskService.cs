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

    /// <summary>A new unpublished task with a copy of the task's saved draft, under <paramref name="name"/>.</summary>
    public async Task<Result<TaskDocument>> DuplicateAsync(int workspaceId, int taskId, string? name) =>
        await tasks.DuplicateAsync(await user.GetIdAsync(), workspaceId, taskId, name);

    public async Task<Result<TaskDocument>> SaveScriptAsync(int workspaceId, int taskId, string script, Guid expectedStamp) =>
        await tasks.SaveScriptAsync(await user.GetIdAsync(), workspaceId, taskId, script, expectedStamp);

    /// <summary>Saves the draft's Platform settings (cron and policies), kept beside the script.</summary>
    public async Task<Result<TaskDocument>> SaveSettingsAsync(int workspaceId, int taskId, string settingsJson, Guid expectedStamp) =>
        await tasks.SaveSettingsAsync(await user.GetIdAsync(), workspaceId, taskId, settingsJson, expectedStamp);

    public async Task<Result<Done>> DeleteAsync(int workspaceId, int taskId) =>
        await tasks.DeleteAsync(await user.GetIdAsync(), workspaceId, taskId);

    /// <summary>
    /// Freezes the saved draft as the next version, which the engine runs from then on; refused when the draft was
    /// saved elsewhere since the caller's <paramref name="expectedStamp"/>.
    /// </summary>
    public async Task<Result<PublishedVersion>> PublishAsync(int workspaceId, int taskId, string? note, Guid expectedStamp) =>
        await publisher.PublishAsync(await user.GetIdAsync(), workspaceId, taskId, note, expectedStamp);

    public async Task<Result<IReadOnlyList<TaskVersionSummary>>> ListVersionsAsync(int workspaceId, int taskId) =>
        await publisher.ListVersionsAsync(await user.GetIdAsync(), workspaceId, taskId);

    public async Task<Result<TaskVersionDocument>> GetVersionAsync(int workspaceId, int taskId, int number) =>
        await publisher.GetVersionAsync(await user.GetIdAsync(), workspaceId, taskId, number);

    /// <summary>Replaces the draft with a published version's script and settings.</summary>
    public async Task<Result<TaskDocument>> RestoreVersionAsync(int workspaceId, int taskId, int number, Guid expectedStamp) =>
        await tasks.RestoreVersionAsync(await user.GetIdAsync(), workspaceId, taskId, number, expectedStamp);

    /// <summary>Runs newest first: of one task, or of the whole workspace when <paramref name="taskId"/> is null.</summary>
    public async Task<Result<RunPage>> ListRunsAsync(int workspaceId, int? taskId, string? state = null, int page = 1, int pageSize = 20) =>
        await runs.ListAsync(await user.GetIdAsync(), workspaceId, taskId, state, page, pageSize);

    public async Task<Result<RunDetail>> GetRunAsync(int workspaceId, long runId) =>
        await runs.GetAsync(await user.GetIdAsync(), workspaceId, runId);
}
