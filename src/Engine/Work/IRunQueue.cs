using System.Diagnostics.CodeAnalysis;
using Platform.Engine.Runtime.Execution;

namespace Platform.Engine.Work;

/// <summary>
/// The queue of runs, shared by every node. Implementations append a <see cref="RunTransition"/> for each state
/// change in the same transaction as the change. Methods that take a lease act only while that lease still holds
/// (same run, same lease id, still running) and say so with their answer; that check is what stops a node that
/// lost its lease (a long pause, a partition) from overwriting what another node did since.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A queue of runs is what it is.")]
public interface IRunQueue
{
    /// <summary>
    /// Adds runs (run now, api, retries). A run whose (task, scheduled-for, attempt) already exists is not added
    /// again; the answer holds the ids of the runs added.
    /// </summary>
    Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<NewRun> runs, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <see cref="ClaimRequest.Count"/> queued runs whose NotBefore has come, oldest first, for the
    /// node: each becomes running with a new lease. Never claims a run of a task that already has a running run,
    /// nor more runs of a workspace than <see cref="ClaimRequest.PerWorkspaceLimit"/> running at once (over all nodes).
    /// </summary>
    Task<IReadOnlyList<ClaimedRun>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The earliest NotBefore of the queued runs not yet due at <paramref name="after"/> (runs planned ahead, retries
    /// in their backoff), or null: an idle worker sleeps until then instead of a whole poll interval.
    /// </summary>
    Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken cancellationToken);

    /// <summary>Extends a held lease (the heartbeat); the answer also carries a cancel request.</summary>
    Task<LeaseStatus> RenewLeaseAsync(long runId, Guid lease, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Finishes a running run with its outcome, and adds its retry (if any) in the same transaction.</summary>
    Task<bool> CompleteAsync(RunCompletion completion, NewRun? retry, CancellationToken cancellationToken);

    /// <summary>Hands a running run back to the queue (a node shutting down): queued again, same attempt, no lease.</summary>
    Task<bool> ReleaseAsync(long runId, Guid lease, DateTimeOffset at, string reason, CancellationToken cancellationToken);

    /// <summary>Running runs whose lease expired before <paramref name="now"/> (their node stopped heartbeating).</summary>
    Task<IReadOnlyList<RunRecord>> FindExpiredLeasesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a run found by <see cref="FindExpiredLeasesAsync"/> interrupted — only if it is still running under the
    /// same expired lease — and adds its retry in the same transaction.
    /// </summary>
    Task<bool> InterruptAsync(long runId, Guid lease, DateTimeOffset now, string reason, NewRun? retry, CancellationToken cancellationToken);

    /// <summary>Cancels a queued run at once, or asks the worker of a running one to stop it.</summary>
    Task<CancelOutcome> CancelAsync(long runId, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>A node asking for work: how many runs, until when their leases hold, and the per-workspace limit.</summary>
public sealed record ClaimRequest(string Node, int Count, DateTimeOffset Now, TimeSpan LeaseDuration, int PerWorkspaceLimit);

/// <summary>A run this node now holds, and the lease that proves it.</summary>
public sealed record ClaimedRun(RunRecord Run, Guid Lease, DateTimeOffset LeaseExpiresAt);

/// <summary>How a run ended, as the worker saw it.</summary>
public sealed record RunCompletion(long RunId, Guid Lease, RunState State, DateTimeOffset FinishedAt, RunResult? Result, string? Reason = null);

public enum LeaseStatus
{
    /// <summary>The lease holds; carry on.</summary>
    Held,

    /// <summary>The lease holds, and someone asked to cancel the run.</summary>
    CancelRequested,

    /// <summary>The run is no longer this node's (reaped, finished); stop and record nothing.</summary>
    Lost,
}

public enum CancelOutcome
{
    /// <summary>The run was queued and is now cancelled.</summary>
    Cancelled,

    /// <summary>The run is running; its worker will stop it and record it cancelled.</summary>
    Requested,

    /// <summary>There is no such run, or it has already finished.</summary>
    NotCancellable,
}
