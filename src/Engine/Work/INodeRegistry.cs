namespace Platform.Engine.Work;

/// <summary>An engine process as the node registry keeps it; <see cref="Name"/> is unique (the worker's node name).</summary>
public sealed record NodeIdentity(string Name, string Role, string Host, int ProcessId, string Version, DateTimeOffset StartedAt);

/// <summary>What a node reports at each heartbeat: when, its runs in flight out of its capacity, and its counters since it started.</summary>
public sealed record NodeBeat(DateTimeOffset At, int Running, int Capacity, EngineCounts Counts);

/// <summary>
/// Where engine processes say they are alive. Every node registers at start, beats every few seconds and removes
/// itself when it stops; a node that stops beating is lost (it crashed, or cannot reach the database), and its row
/// is forgotten once it has been silent long enough.
/// </summary>
public interface INodeRegistry
{
    /// <summary>Adds the node, or replaces a row of the same name (a restart under a configured name starts afresh).</summary>
    Task RegisterAsync(NodeIdentity node, NodeBeat beat, CancellationToken cancellationToken);

    /// <summary>Records a heartbeat; false when the node has no row (it was forgotten while this process was silent).</summary>
    Task<bool> HeartbeatAsync(string name, NodeBeat beat, CancellationToken cancellationToken);

    /// <summary>Removes the node's row (a graceful stop); nothing happens when there is none.</summary>
    Task RemoveAsync(string name, CancellationToken cancellationToken);

    /// <summary>Removes the rows of nodes whose last heartbeat is older than <paramref name="before"/>; the answer counts them.</summary>
    Task<int> ForgetSilentAsync(DateTimeOffset before, CancellationToken cancellationToken);
}

/// <summary>The queue as a whole at one instant: runs waiting, those of them due, and since when the longest-waiting due run has been due.</summary>
public sealed record QueueDepth(long Queued, long Due, DateTimeOffset? OldestDueSince)
{
    public static readonly QueueDepth Empty = new(0, 0, null);

    /// <summary>How long the longest-waiting due run has waited at <paramref name="now"/>; zero when none is due.</summary>
    public TimeSpan OldestDueAge(DateTimeOffset now) => OldestDueSince is { } since && since < now ? now - since : TimeSpan.Zero;
}

/// <summary>Counts the run queue with one cheap statement, for the queue-depth gauges and the status page.</summary>
public interface IQueueDepthSource
{
    Task<QueueDepth> CountAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>When a node counts as lost: no heartbeat for <paramref name="lostAfter"/>.</summary>
public static class NodeLiveness
{
    public static bool IsLost(DateTimeOffset lastHeartbeat, DateTimeOffset now, TimeSpan lostAfter) => now - lastHeartbeat > lostAfter;
}
