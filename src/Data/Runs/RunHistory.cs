using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;
using Platform.Data.Workspaces;
using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>A run as the run lists show it (a task's, or the workspace's).</summary>
public sealed record RunSummary(
    long Id, int TaskId, string TaskName, int Version, string Datasource, string State, string Trigger, DateTime ScheduledFor, int Attempt,
    DateTime QueuedAt, DateTime? StartedAt, DateTime? FinishedAt, long? DurationMs, string? Node, string? Reason, string? ErrorMessage);

/// <summary>One page of runs, newest first, and how many runs match in all.</summary>
public sealed record RunPage(IReadOnlyList<RunSummary> Runs, int Total, int Page, int PageSize);

/// <summary>
/// One run in full: what it left (result, log and trace as JSON; entries carry offsets into <see cref="Script"/>,
/// the version that ran), its error with line and column, counters, and its transitions.
/// </summary>
public sealed record RunDetail(
    RunSummary Summary, string? ResultJson, string? LogJson, string? TraceJson, long TraceOmitted,
    string? ErrorCode, string? ErrorName, int? ErrorLine, int? ErrorColumn, string? ErrorLimit, long Steps, long DatabaseCalls,
    long Requests, string? Script, IReadOnlyList<RunEventItem> Events);

public sealed record RunEventItem(string? From, string To, DateTime At, string? Node, string? Detail);

/// <summary>The run history of a workspace's tasks, read on behalf of one of its members.</summary>
public sealed class RunHistory(IDbContextFactory<PlatformDbContext> contexts)
{
    public const int MaxPageSize = 200;

    /// <summary>
    /// The runs of a task — or, without <paramref name="taskId"/>, of every task of the workspace — newest first;
    /// <paramref name="state"/> (queued, running, succeeded, failed, timed_out…) filters.
    /// </summary>
    public async Task<Result<RunPage>> ListAsync(
        Guid userId, int workspaceId, int? taskId, string? state = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (state is not null && !RunNames.TryState(state, out _))
            return Problem.Invalid(
                $"There is no run state '{state}'. Use one of: {string.Join(", ", Enum.GetValues<RunState>().Select(s => s.Name()))}.", "state");
        if (page < 1)
            return Problem.Invalid($"The page must be 1 or more; it is {page}.", "page");
        if (pageSize is < 1 or > MaxPageSize)
            return Problem.Invalid($"The page size must be between 1 and {MaxPageSize}; it is {pageSize}.", "pageSize");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = taskId is { } id
            ? await db.CanSeeTaskAsync(userId, workspaceId, id, cancellationToken)
            : await db.FindMembershipAsync(userId, workspaceId, cancellationToken) is not null;
        if (!visible)
            return Problem.NotFound(taskId is null ? "Workspace" : "Task");
        var runs = db.Runs.AsNoTracking()
            .Where(r => r.WorkspaceId == workspaceId && (taskId == null || r.TaskId == taskId) && (state == null || r.State == state));
        var total = await runs.CountAsync(cancellationToken);
        var items = await runs.OrderByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.Tasks, r => r.TaskId, t => t.Id, (r, t) => new RunSummary(
                r.Id, r.TaskId, t.Name, r.Version, r.Datasource, r.State, r.Trigger, r.ScheduledFor, r.Attempt, r.QueuedAt, r.StartedAt,
                r.FinishedAt, r.DurationMs, r.Node, r.Reason, r.ErrorMessage))
            .ToListAsync(cancellationToken);
        return new RunPage(items, total, page, pageSize);
    }

    public async Task<Result<RunDetail>> GetAsync(Guid userId, int workspaceId, long runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.FindMembershipAsync(userId, workspaceId, cancellationToken) is null)
            return Problem.NotFound("Run");
        var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId && r.WorkspaceId == workspaceId, cancellationToken);
        if (run is null)
            return Problem.NotFound("Run");
        var taskName = await db.Tasks.Where(t => t.Id == run.TaskId).Select(t => t.Name).SingleAsync(cancellationToken);
        var script = await db.TaskVersions.AsNoTracking()
            .Where(v => v.TaskId == run.TaskId && v.Number == run.Version).Select(v => v.Script).FirstOrDefaultAsync(cancellationToken);
        var events = await db.RunEvents.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.Id)
            .Select(e => new RunEventItem(e.FromState, e.ToState, e.At, e.Node, e.Detail))
            .ToListAsync(cancellationToken);
        var summary = new RunSummary(
            run.Id, run.TaskId, taskName, run.Version, run.Datasource, run.State, run.Trigger, run.ScheduledFor, run.Attempt, run.QueuedAt,
            run.StartedAt, run.FinishedAt, run.DurationMs, run.Node, run.Reason, run.ErrorMessage);
        return new RunDetail(
            summary, run.ResultJson, run.LogJson, run.TraceJson, run.TraceOmitted, run.ErrorCode, run.ErrorName,
            run.ErrorLine, run.ErrorColumn, run.ErrorLimit, run.Steps, run.DatabaseCalls, run.Requests, script, events);
    }
}
