using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>
/// The node registry on the Platform database (<c>engine_nodes</c>), and the queue count behind the queue-depth
/// gauges. Each call is one statement; on PostgreSQL it touches no run row, so a heartbeat never waits for the queue.
/// On SQLite the writes take the run tables' in-process writer lock (<see cref="RunSession"/>), like every queue write.
/// </summary>
public sealed class SqlNodeRegistry(IDbContextFactory<PlatformDbContext> contexts) : INodeRegistry, IQueueDepthSource
{
    public async Task RegisterAsync(NodeIdentity node, NodeBeat beat, CancellationToken cancellationToken)
    {
        var counts = beat.Counts;
        await using var session = await RunSession.OpenAsync(contexts, transaction: true, cancellationToken);
        // One upsert shared by both providers: a restart under the same name replaces the old row.
        await session.ExecuteAsync(Sql.Of($"""
            INSERT INTO engine_nodes (name, role, host, process_id, version, started_at, last_heartbeat_at, running, capacity,
              runs_enqueued, runs_skipped, runs_started, runs_succeeded, runs_failed, runs_timed_out, runs_cancelled,
              start_lag_mean_ms, start_lag_max_ms)
            VALUES ({node.Name}, {node.Role}, {node.Host}, {node.ProcessId}, {node.Version}, {node.StartedAt}, {beat.At}, {beat.Running},
              {beat.Capacity}, {counts.Enqueued}, {counts.Skipped}, {counts.Started}, {counts.Succeeded}, {counts.Failed}, {counts.TimedOut},
              {counts.Cancelled}, {counts.StartLagMeanMs}, {counts.StartLagMaxMs})
            ON CONFLICT (name) DO UPDATE SET role = excluded.role, host = excluded.host, process_id = excluded.process_id,
              version = excluded.version, started_at = excluded.started_at, last_heartbeat_at = excluded.last_heartbeat_at,
              running = excluded.running, capacity = excluded.capacity, runs_enqueued = excluded.runs_enqueued,
              runs_skipped = excluded.runs_skipped, runs_started = excluded.runs_started, runs_succeeded = excluded.runs_succeeded,
              runs_failed = excluded.runs_failed, runs_timed_out = excluded.runs_timed_out, runs_cancelled = excluded.runs_cancelled,
              start_lag_mean_ms = excluded.start_lag_mean_ms, start_lag_max_ms = excluded.start_lag_max_ms
            """), cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public async Task<bool> HeartbeatAsync(string name, NodeBeat beat, CancellationToken cancellationToken)
    {
        var counts = beat.Counts;
        await using var session = await RunSession.OpenAsync(contexts, transaction: true, cancellationToken);
        var updated = await session.ExecuteAsync(Sql.Of($"""
            UPDATE engine_nodes SET last_heartbeat_at = {beat.At}, running = {beat.Running}, capacity = {beat.Capacity},
              runs_enqueued = {counts.Enqueued}, runs_skipped = {counts.Skipped}, runs_started = {counts.Started},
              runs_succeeded = {counts.Succeeded}, runs_failed = {counts.Failed}, runs_timed_out = {counts.TimedOut},
              runs_cancelled = {counts.Cancelled}, start_lag_mean_ms = {counts.StartLagMeanMs}, start_lag_max_ms = {counts.StartLagMaxMs}
            WHERE name = {name}
            """), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return updated > 0;
    }

    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await using var session = await RunSession.OpenAsync(contexts, transaction: true, cancellationToken);
        await session.ExecuteAsync(Sql.Of($"DELETE FROM engine_nodes WHERE name = {name}"), cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public async Task<int> ForgetSilentAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var session = await RunSession.OpenAsync(contexts, transaction: true, cancellationToken);
        var forgotten = await session.ExecuteAsync(Sql.Of($"DELETE FROM engine_nodes WHERE last_heartbeat_at < {before}"), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return forgotten;
    }

    /// <summary>One pass over the queued runs through the (state, not_before) index; finished runs are not read.</summary>
    public async Task<QueueDepth> CountAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await RunSession.OpenAsync(contexts, transaction: false, cancellationToken);
        var rows = await session.ReadAsync(Sql.Of($"""
            SELECT COUNT(*), COALESCE(SUM(CASE WHEN not_before <= {now} THEN 1 ELSE 0 END), 0), MIN(not_before)
            FROM runs WHERE state = {RunNames.Queued}
            """), r => (Queued: Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
                Due: Convert.ToInt64(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                Earliest: Instants.ReadNullable(r, 2)), cancellationToken);
        var (queued, due, earliest) = rows[0];
        // The earliest not_before is the longest-waiting due run's when any is due (all due runs are at or before now).
        return new QueueDepth(queued, due, due > 0 ? earliest : null);
    }
}
