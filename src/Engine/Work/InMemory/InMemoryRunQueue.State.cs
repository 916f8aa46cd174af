using Platform.Engine.Scheduling;

namespace Platform.Engine.Work.InMemory;

/// <summary>The bookkeeping every call shares; callers hold <see cref="InMemoryRunQueue.Gate"/>.</summary>
public sealed partial class InMemoryRunQueue
{
    internal PendingRuns PendingFor(int taskId) => new(Count(_runningByTask, taskId) > 0, Count(_queuedByTask, taskId));

    /// <summary>Adds a queued run; null when its occurrence and attempt already have one (the unique constraint).</summary>
    internal long? AddQueued(NewRun run) =>
        Add(run.TaskId, run.ScheduledFor, run.Attempt, id => new RunRecord
        {
            Id = id,
            TaskId = run.TaskId,
            WorkspaceId = run.WorkspaceId,
            Version = run.Version,
            Datasource = run.Datasource,
            Trigger = run.Trigger,
            ScheduledFor = run.ScheduledFor,
            Attempt = run.Attempt,
            QueuedAt = clock.GetUtcNow(),
            NotBefore = run.NotBefore,
        });

    internal long? AddSkipped(SkippedRun run)
    {
        var now = clock.GetUtcNow();
        return Add(run.TaskId, run.ScheduledFor, 1, id => new RunRecord
        {
            Id = id,
            TaskId = run.TaskId,
            WorkspaceId = run.WorkspaceId,
            Version = run.Version,
            Datasource = run.Datasource,
            Trigger = RunTrigger.Schedule,
            ScheduledFor = run.ScheduledFor,
            State = RunState.Skipped,
            QueuedAt = now,
            NotBefore = run.ScheduledFor,
            FinishedAt = now,
            Reason = run.Reason,
        });
    }

    private long? Add(int taskId, DateTimeOffset scheduledFor, int attempt, Func<long, RunRecord> create)
    {
        if (!_occurrences.Add((taskId, scheduledFor.ToUniversalTime(), attempt)))
            return null;
        var run = create(++_lastId);
        _runs[run.Id] = run;
        Track(run, +1);
        _transitions.Add(new RunTransition(run.Id, null, run.State, run.QueuedAt, null, run.Reason));
        return run.Id;
    }

    /// <summary>The oldest due runs the request may take: one per task, none of a task already running, the workspace limit kept.</summary>
    private List<RunRecord> Claimable(ClaimRequest request)
    {
        var chosen = new List<RunRecord>();
        var tasks = new HashSet<int>();
        var workspaces = new Dictionary<int, int>();
        foreach (var (notBefore, id) in _queued)
        {
            if (chosen.Count >= request.Count || notBefore > request.Now)
                break;
            var run = _runs[id];
            var workspaceRunning = Count(_runningByWorkspace, run.WorkspaceId) + Count(workspaces, run.WorkspaceId);
            if (Count(_runningByTask, run.TaskId) > 0 || workspaceRunning >= request.PerWorkspaceLimit || !tasks.Add(run.TaskId))
                continue;
            Change(workspaces, run.WorkspaceId, +1);
            chosen.Add(run);
        }
        return chosen;
    }

    private ClaimedRun Claim(RunRecord run, ClaimRequest request)
    {
        var lease = Guid.NewGuid();
        var expiresAt = request.Now + request.LeaseDuration;
        var running = run with
        {
            State = RunState.Running,
            Node = request.Node,
            Lease = lease,
            LeaseExpiresAt = expiresAt,
            StartedAt = request.Now,
            Reason = null,
        };
        Replace(run, running, request.Now, null);
        return new ClaimedRun(running, lease, expiresAt);
    }

    private CancelOutcome Cancel(RunRecord queued, DateTimeOffset now)
    {
        Replace(queued, queued with { State = RunState.Cancelled, FinishedAt = now, Reason = "Cancelled before it started." }, now, null);
        return CancelOutcome.Cancelled;
    }

    private CancelOutcome RequestCancel(RunRecord running)
    {
        _runs[running.Id] = running with { CancelRequested = true };
        return CancelOutcome.Requested;
    }

    /// <summary>The run, when it is running under this lease.</summary>
    private RunRecord? Held(long runId, Guid lease) =>
        _runs.GetValueOrDefault(runId) is { State: RunState.Running } run && run.Lease == lease ? run : null;

    private static RunRecord Unleased(RunRecord run) => run with { Node = null, Lease = null, LeaseExpiresAt = null, CancelRequested = false };

    private void Replace(RunRecord before, RunRecord after, DateTimeOffset at, string? detail)
    {
        Track(before, -1);
        _runs[after.Id] = after;
        Track(after, +1);
        _transitions.Add(new RunTransition(after.Id, before.State, after.State, at, before.Node ?? after.Node, detail));
    }

    private void Track(RunRecord run, int delta)
    {
        switch (run.State)
        {
            case RunState.Queued:
                Change(_queuedByTask, run.TaskId, delta);
                if (delta > 0)
                    _queued.Add((run.NotBefore, run.Id));
                else
                    _queued.Remove((run.NotBefore, run.Id));
                break;
            case RunState.Running:
                Change(_runningByTask, run.TaskId, delta);
                Change(_runningByWorkspace, run.WorkspaceId, delta);
                if (delta > 0)
                    _running.Add(run.Id);
                else
                    _running.Remove(run.Id);
                break;
        }
    }

    private static void Change(Dictionary<int, int> counts, int key, int delta) => counts[key] = Count(counts, key) + delta;

    private static int Count(Dictionary<int, int> counts, int key) => counts.GetValueOrDefault(key);
}
