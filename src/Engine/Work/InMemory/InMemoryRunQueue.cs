using System.Diagnostics.CodeAnalysis;

namespace Platform.Engine.Work.InMemory;

/// <summary>
/// The run queue in memory, for tests and the <c>xs</c> tool: one lock makes each call a transaction. Keeps every
/// run and every transition so tests can check the history.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A queue of runs is what it is.")]
public sealed partial class InMemoryRunQueue(TimeProvider clock) : IRunQueue
{
    private readonly Dictionary<long, RunRecord> _runs = [];
    private readonly HashSet<(int TaskId, DateTimeOffset ScheduledFor, int Attempt)> _occurrences = [];
    private readonly SortedSet<(DateTimeOffset NotBefore, long Id)> _queued = [];
    private readonly HashSet<long> _running = [];
    private readonly Dictionary<int, int> _runningByTask = [];
    private readonly Dictionary<int, int> _queuedByTask = [];
    private readonly Dictionary<int, int> _runningByWorkspace = [];
    private readonly List<RunTransition> _transitions = [];
    private long _lastId;

    /// <summary>The lock every call holds; the task source shares it so a plan is stored as one transaction.</summary>
    internal Lock Gate { get; } = new();

    public IReadOnlyList<RunRecord> Runs()
    {
        lock (Gate)
            return [.. _runs.Values.OrderBy(r => r.Id)];
    }

    public RunRecord? Find(long runId)
    {
        lock (Gate)
            return _runs.GetValueOrDefault(runId);
    }

    public IReadOnlyList<RunTransition> Transitions()
    {
        lock (Gate)
            return [.. _transitions];
    }

    public Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<NewRun> runs, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            IReadOnlyList<long> added = [.. runs.Select(AddQueued).OfType<long>()];
            return Task.FromResult(added);
        }
    }

    public Task<IReadOnlyList<ClaimedRun>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            List<ClaimedRun> claimed = [.. Claimable(request).Select(run => Claim(run, request))];
            return Task.FromResult<IReadOnlyList<ClaimedRun>>(claimed);
        }
    }

    public Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            var next = _queued.Select(q => q.NotBefore).Where(at => at > after).DefaultIfEmpty().First();
            return Task.FromResult<DateTimeOffset?>(next == default ? null : next);
        }
    }

    public Task<LeaseStatus> RenewLeaseAsync(long runId, Guid lease, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            if (Held(runId, lease) is not { } run)
                return Task.FromResult(LeaseStatus.Lost);
            _runs[runId] = run with { LeaseExpiresAt = expiresAt };
            return Task.FromResult(run.CancelRequested ? LeaseStatus.CancelRequested : LeaseStatus.Held);
        }
    }

    public Task<bool> CompleteAsync(RunCompletion completion, NewRun? retry, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            if (Held(completion.RunId, completion.Lease) is not { } run)
                return Task.FromResult(false);
            var finished = Unleased(run) with { State = completion.State, FinishedAt = completion.FinishedAt, Result = completion.Result, Reason = completion.Reason };
            Replace(run, finished, completion.FinishedAt, completion.Reason ?? completion.Result?.Failure?.Error.Message);
            if (retry is not null)
                AddQueued(retry);
            return Task.FromResult(true);
        }
    }

    public Task<bool> ReleaseAsync(long runId, Guid lease, DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            if (Held(runId, lease) is not { } run)
                return Task.FromResult(false);
            Replace(run, Unleased(run) with { State = RunState.Queued, StartedAt = null, Reason = reason }, at, reason);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<RunRecord>> FindExpiredLeasesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            IReadOnlyList<RunRecord> expired = [.. _running.Select(id => _runs[id]).Where(r => r.LeaseExpiresAt < now).OrderBy(r => r.LeaseExpiresAt).Take(limit)];
            return Task.FromResult(expired);
        }
    }

    public Task<bool> InterruptAsync(long runId, Guid lease, DateTimeOffset now, string reason, NewRun? retry, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            if (Held(runId, lease) is not { } run || run.LeaseExpiresAt >= now)
                return Task.FromResult(false);
            Replace(run, Unleased(run) with { State = RunState.Interrupted, FinishedAt = now, Reason = reason }, now, reason);
            if (retry is not null)
                AddQueued(retry);
            return Task.FromResult(true);
        }
    }

    public Task<CancelOutcome> CancelAsync(long runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            var outcome = _runs.GetValueOrDefault(runId) switch
            {
                { State: RunState.Queued } queued => Cancel(queued, now),
                { State: RunState.Running } running => RequestCancel(running),
                _ => CancelOutcome.NotCancellable,
            };
            return Task.FromResult(outcome);
        }
    }
}
