using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>One engine node as the status page shows it; <see cref="Lost"/> when it has been silent longer than the lost threshold.</summary>
public sealed record NodeStatus(
    string Name, string Role, string Host, int ProcessId, string Version, DateTime StartedAt, DateTime LastHeartbeatAt, bool Lost,
    int Running, int Capacity, EngineCounts Counts);

/// <summary>A running run and its lease.</summary>
public sealed record RunLease(
    long RunId, int WorkspaceId, string WorkspaceName, int TaskId, string TaskName, int Attempt, string Trigger, string? Node,
    DateTime? StartedAt, DateTime? LeaseExpiresAt);

/// <summary>
/// The engine at one instant: every node and the whole queue (shared by all workspaces, and naming none of them),
/// and the leases of running runs in the reader's own workspaces only.
/// </summary>
public sealed record EngineStatus(DateTimeOffset At, IReadOnlyList<NodeStatus> Nodes, QueueDepth Queue, IReadOnlyList<RunLease> Leases)
{
    public int AliveNodes => Nodes.Count(n => !n.Lost);
}

/// <summary>Reads the engine's status for the status page, on behalf of one signed-in user.</summary>
public sealed class EngineStatusReader(
    IDbContextFactory<PlatformDbContext> contexts, IQueueDepthSource queue, TimeProvider clock, NodeHeartbeatOptions heartbeat)
{
    /// <summary>Leases listed at most; the oldest runs first.</summary>
    public const int MaxLeases = 200;

    public async Task<EngineStatus> ReadAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodes = await db.EngineNodes.AsNoTracking().OrderBy(n => n.Name).ToListAsync(cancellationToken);
        var depth = await queue.CountAsync(now, cancellationToken);
        var leases = await LeasesAsync(db, userId, cancellationToken);
        return new EngineStatus(now, [.. nodes.Select(n => Status(n, now))], depth, leases);
    }

    private NodeStatus Status(EngineNode n, DateTimeOffset now) => new(
        n.Name, n.Role, n.Host, n.ProcessId, n.Version, n.StartedAt, n.LastHeartbeatAt,
        NodeLiveness.IsLost(Instants.FromStored(n.LastHeartbeatAt), now, heartbeat.LostAfter), n.Running, n.Capacity,
        new EngineCounts(
            n.RunsEnqueued, n.RunsSkipped, n.RunsStarted, n.RunsSucceeded, n.RunsFailed, n.RunsTimedOut, n.RunsCancelled, n.StartLagMeanMs,
            n.StartLagMaxMs));

    private static async Task<List<RunLease>> LeasesAsync(PlatformDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var running = RunNames.Running;
        var mine = db.WorkspaceMembers.Where(m => m.UserId == userId).Select(m => m.WorkspaceId);
        return await (
                from r in db.Runs.AsNoTracking()
                where r.State == running && mine.Contains(r.WorkspaceId)
                join t in db.Tasks on r.TaskId equals t.Id
                join w in db.Workspaces on r.WorkspaceId equals w.Id
                orderby r.StartedAt, r.Id
                select new RunLease(r.Id, w.Id, w.Name, t.Id, t.Name, r.Attempt, r.Trigger, r.Node, r.StartedAt, r.LeaseExpiresAt))
            .Take(MaxLeases)
            .ToListAsync(cancellationToken);
    }
}
