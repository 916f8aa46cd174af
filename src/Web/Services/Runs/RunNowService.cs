using Platform.Data.Results;
using Platform.Data.Runs;
using Platform.Engine.Work;
using Platform.Web.Identity;

namespace Platform.Web.Services.Runs;

/// <summary>
/// "Run now" for the signed-in user: queues the manual run, wakes this node's worker (when it runs one) so the run
/// starts at once rather than at the next poll, runs a finished run again, and cancels.
/// </summary>
public sealed class RunNowService(ManualRuns runs, CurrentUser user, IServiceProvider services)
{
    /// <param name="draftScript">The editor's script; null runs the published version.</param>
    public async Task<Result<ManualRunStarted>> StartAsync(int workspaceId, int taskId, string? draftScript, string datasource)
    {
        var started = await runs.StartAsync(await user.GetIdAsync(), workspaceId, taskId, draftScript, datasource);
        if (started.Succeeded)
            services.GetService<Worker>()?.Wake();
        return started;
    }

    /// <summary>Queues a new manual run of what a finished run ran: the same version on the same datasource.</summary>
    public async Task<Result<ManualRunStarted>> RunAgainAsync(int workspaceId, long runId)
    {
        var started = await runs.RunAgainAsync(await user.GetIdAsync(), workspaceId, runId);
        if (started.Succeeded)
            services.GetService<Worker>()?.Wake();
        return started;
    }

    public async Task<Result<CancelOutcome>> CancelAsync(int workspaceId, long runId)
    {
        var cancelled = await runs.CancelAsync(await user.GetIdAsync(), workspaceId, runId);
        if (cancelled is { Succeeded: true, Value: CancelOutcome.Requested })
            services.GetService<Worker>()?.Cancel(runId);
        return cancelled;
    }
}
