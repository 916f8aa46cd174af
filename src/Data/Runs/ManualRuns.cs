using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Data.Workspaces;
using Platform.Engine.Language;
using Platform.Engine.Scheduling;
using Platform.Engine.Tasks;
using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>A run that "Run now" queued: its id, and the version and script it runs (for placing its output).</summary>
public sealed record ManualRunStarted(long RunId, int Version, string Script);

/// <summary>
/// "Run now": queues a manual run of a task, through the same queue the scheduler fills, on a datasource the user
/// picks. It runs either the published version or the script in the editor; the latter is frozen first as a
/// <em>draft snapshot</em> — a version with a negative number, which no list shows and the scheduler never runs —
/// so the run still records exactly what ran.
/// </summary>
public sealed class ManualRuns(IDbContextFactory<PlatformDbContext> contexts, WorkspaceSchemaLoader schemas, IRunQueue queue, TimeProvider clock)
{
    /// <param name="draftScript">The editor's script to run; null runs the published version.</param>
    public async Task<Result<ManualRunStarted>> StartAsync(
        Guid userId, int workspaceId, int taskId, string? draftScript, string datasource, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.RequireEditorAsync(userId, workspaceId, "run tasks", cancellationToken) is { } refused)
            return refused;
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId && t.WorkspaceId == workspaceId, cancellationToken);
        if (task is null)
            return Problem.NotFound("Task");
        if (!await db.Datasources.AnyAsync(d => d.WorkspaceId == workspaceId && d.Name == datasource, cancellationToken))
            return Problem.Invalid($"This workspace has no datasource '{datasource}'.", "datasource");

        int version;
        string script;
        if (draftScript is null)
        {
            if (task.PublishedVersion is not { } published)
                return Problem.Invalid("The task has no published version yet. Run the draft, or publish it first.", "version");
            version = published;
            script = await db.TaskVersions.Where(v => v.TaskId == taskId && v.Number == published).Select(v => v.Script).SingleAsync(cancellationToken);
        }
        else
        {
            var snapshot = await SnapshotAsync(db, userId, task, draftScript, cancellationToken);
            if (!snapshot.Succeeded)
                return snapshot.Problem;
            (version, script) = (snapshot.Value, draftScript);
        }

        return await EnqueueAsync(taskId, workspaceId, version, script, datasource, cancellationToken);
    }

    /// <summary>
    /// "Run again": queues a new manual run of what a finished run ran — the same version (published, or the same
    /// draft snapshot) on the same datasource — whatever the task's draft or published version is now.
    /// </summary>
    public async Task<Result<ManualRunStarted>> RunAgainAsync(Guid userId, int workspaceId, long runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.RequireEditorAsync(userId, workspaceId, "run tasks", cancellationToken) is { } refused)
            return refused;
        var run = await db.Runs.AsNoTracking().Where(r => r.Id == runId && r.WorkspaceId == workspaceId)
            .Select(r => new { r.TaskId, r.Version, r.Datasource, r.State }).SingleOrDefaultAsync(cancellationToken);
        if (run is null)
            return Problem.NotFound("Run");
        if (!RunNames.TryState(run.State, out var state) || !CanRunAgain(state))
            return Problem.Invalid($"Run #{runId} is {run.State.Replace('_', ' ')}: only a run that has ended can run again.", "run");
        var script = await db.TaskVersions.Where(v => v.TaskId == run.TaskId && v.Number == run.Version).Select(v => v.Script)
            .SingleOrDefaultAsync(cancellationToken);
        if (script is null)
            return Problem.Invalid($"The version run #{runId} ran no longer exists, so it cannot run again.", "version");
        if (!await db.Datasources.AnyAsync(d => d.WorkspaceId == workspaceId && d.Name == run.Datasource, cancellationToken))
            return Problem.Invalid($"This workspace no longer has the datasource '{run.Datasource}' run #{runId} ran on.", "datasource");
        return await EnqueueAsync(run.TaskId, workspaceId, run.Version, script, run.Datasource, cancellationToken);
    }

    /// <summary>Ended runs can run again; a skipped occurrence never ran, and a queued or running one is still going.</summary>
    public static bool CanRunAgain(RunState state) =>
        state is RunState.Succeeded or RunState.Failed or RunState.TimedOut or RunState.Cancelled or RunState.Interrupted;

    private async Task<Result<ManualRunStarted>> EnqueueAsync(
        int taskId, int workspaceId, int version, string script, string datasource, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var added = await queue.EnqueueAsync([new NewRun(taskId, workspaceId, version, datasource, RunTrigger.Manual, now, 1, now)], cancellationToken);
        return added.Count == 1
            ? new ManualRunStarted(added[0], version, script)
            : Problem.Conflict("A run of this task was queued at the same instant. Try again.");
    }

    /// <summary>Cancels a queued run at once, or asks the node running it to stop it.</summary>
    public async Task<Result<CancelOutcome>> CancelAsync(Guid userId, int workspaceId, long runId, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.RequireEditorAsync(userId, workspaceId, "cancel runs", cancellationToken) is { } refused)
                return refused;
            if (!await db.Runs.AnyAsync(r => r.Id == runId && r.WorkspaceId == workspaceId, cancellationToken))
                return Problem.NotFound("Run");
        }
        return await queue.CancelAsync(runId, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Freezes the editor's script (with the draft's settings) as the next draft snapshot; unused older ones go.</summary>
    private async Task<Result<int>> SnapshotAsync(PlatformDbContext db, Guid userId, TaskDefinition task, string script, CancellationToken cancellationToken)
    {
        if (script.Length > TaskScriptLimits.MaxLength)
            return Problem.Invalid($"The script is too long: {script.Length:N0} characters (at most {TaskScriptLimits.MaxLength:N0}).", "script");
        var parse = XanoScriptParser.Parse(script);
        if (await DraftChecks.FirstScriptErrorAsync(schemas, parse, task.WorkspaceId, "it cannot run", cancellationToken) is { } scriptError)
            return scriptError;
        if (TaskSettingsJson.Parse(task.SettingsJson) is { Settings: null } settings)
            return DraftChecks.SettingsError(settings.Errors[0], "the task cannot run");

        await db.TaskVersions
            .Where(v => v.TaskId == task.Id && v.Number < 0 && !db.Runs.Any(r => r.TaskId == task.Id && r.Version == v.Number))
            .ExecuteDeleteAsync(cancellationToken);
        var number = (await db.TaskVersions.Where(v => v.TaskId == task.Id && v.Number < 0).MinAsync(v => (int?)v.Number, cancellationToken) ?? 0) - 1;
        db.TaskVersions.Add(new TaskVersion
        {
            TaskId = task.Id,
            Number = number,
            Script = script,
            SettingsJson = task.SettingsJson,
            IsActive = false,
            DatasourceName = task.DatasourceName,
            AuthorId = userId,
            Note = "Run now (draft)",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException clash) when (DbErrors.IsUniqueViolation(clash))
        {
            return Problem.Conflict("Another run of this draft started at the same moment. Try again.");
        }
        return number;
    }
}
