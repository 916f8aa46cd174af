using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Engine.Scheduling;
using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>
/// The tasks the scheduler plans, from the Platform database: active published versions whose next occurrence has
/// come. A plan is stored in one transaction, and only while the task still has the version and next occurrence
/// it was planned from — so publishing, deactivating or deleting a task since the read makes the plan a no-op.
/// </summary>
public sealed class SqlScheduledTaskSource(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock) : IScheduledTaskSource
{
    public async Task<IReadOnlyList<DueTask>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var session = await RunSession.OpenAsync(contexts, transaction: false, cancellationToken);
        return await session.ReadAsync(Sql.Of($"""
            SELECT t.id, t.workspace_id, v.number, v.script, v.settings_json, v.datasource_name, t.next_occurrence,
              (SELECT COUNT(*) FROM runs r WHERE r.task_id = t.id AND r.state = {RunNames.Running}),
              (SELECT COUNT(*) FROM runs r WHERE r.task_id = t.id AND r.state = {RunNames.Queued})
            FROM tasks t JOIN task_versions v ON v.task_id = t.id AND v.number = t.published_version
            WHERE v.is_active = {true} AND t.next_occurrence <= {now}
            ORDER BY t.next_occurrence, t.id LIMIT {limit}
            """), ReadDue, cancellationToken);
    }

    public async Task<bool> CommitAsync(ScheduleCommit commit, CancellationToken cancellationToken) =>
        (await CommitAllAsync([commit], cancellationToken))[0];

    /// <summary>
    /// Stores the plans in one transaction: on PostgreSQL in one statement (<see cref="PlanBatch"/>); on SQLite
    /// (in-process) per task, one conditional update of its next occurrence and one insert per run.
    /// </summary>
    public async Task<IReadOnlyList<bool>> CommitAllAsync(IReadOnlyList<ScheduleCommit> commits, CancellationToken cancellationToken)
    {
        if (commits.Count == 0)
            return [];
        await using var session = await RunSession.OpenAsync(contexts, transaction: true, cancellationToken);
        var now = clock.GetUtcNow();
        var (stored, queued) = session.IsPostgres
            ? await PlanBatch.StoreAsync(session, commits, now, cancellationToken)
            : await StoreEachAsync(session, commits, now, cancellationToken);
        if (queued > 0)
            await RunWrites.NotifyAsync(session, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return stored;
    }

    private static async Task<(bool[] Stored, int Queued)> StoreEachAsync(
        RunSession session, IReadOnlyList<ScheduleCommit> commits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = new bool[commits.Count];
        var queued = 0;
        for (var i = 0; i < commits.Count; i++)
        {
            var added = await StoreAsync(session, commits[i], now, cancellationToken);
            stored[i] = added is not null;
            queued += added ?? 0;
        }
        return (stored, queued);
    }

    /// <summary>One plan; the answer is the number of runs queued, or null when the task changed since it was read.</summary>
    private static async Task<int?> StoreAsync(RunSession session, ScheduleCommit commit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moved = await session.ExecuteAsync(Sql.Of($"""
            UPDATE tasks SET next_occurrence = {commit.Next}
            WHERE id = {commit.TaskId} AND published_version = {commit.Version} AND next_occurrence = {commit.ExpectedNext}
            """), cancellationToken);
        if (moved != 1)
            return null;
        var queued = 0;
        foreach (var run in commit.Runs)
            queued += await RunWrites.InsertQueuedAsync(session, run, now, cancellationToken) is null ? 0 : 1;
        foreach (var skipped in commit.Skipped)
            await RunWrites.InsertSkippedAsync(session, skipped, now, cancellationToken);
        return queued;
    }

    private static DueTask ReadDue(DbDataReader r)
    {
        var task = new PublishedTask(
            r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), PublishedSettings.Read(r.GetString(4)),
            r.IsDBNull(5) ? Workspaces.Datasource.Live : r.GetString(5));
        return new DueTask(task, Instants.Read(r, 6), new PendingRuns(r.GetInt64(7) > 0, (int)r.GetInt64(8)));
    }
}

/// <summary>Published versions by number, for workers and the reaper.</summary>
public sealed class SqlTaskVersionSource(IDbContextFactory<PlatformDbContext> contexts) : ITaskVersionSource
{
    // Versions never change, so a found one can be kept; the bound keeps a long-lived node from growing without end.
    private readonly ConcurrentDictionary<(int TaskId, int Version), PublishedTask> _known = new();

    public async Task<PublishedTask?> FindAsync(int taskId, int version, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue((taskId, version), out var known))
            return known;
        await using var session = await RunSession.OpenAsync(contexts, transaction: false, cancellationToken);
        var found = await session.ReadAsync(Sql.Of($"""
            SELECT t.workspace_id, v.script, v.settings_json, v.datasource_name
            FROM task_versions v JOIN tasks t ON t.id = v.task_id
            WHERE v.task_id = {taskId} AND v.number = {version}
            """), r => new PublishedTask(
                taskId, r.GetInt32(0), version, r.GetString(1), PublishedSettings.Read(r.GetString(2)),
                r.IsDBNull(3) ? Workspaces.Datasource.Live : r.GetString(3)), cancellationToken);
        if (found is not [var task])
            return null;
        if (_known.Count > 10_000)
            _known.Clear();
        return _known[(taskId, version)] = task;
    }
}

/// <summary>Settings of a published version: checked when it was published, so they read cleanly.</summary>
internal static class PublishedSettings
{
    public static TaskSettings Read(string json) => TaskSettingsJson.Parse(json).Settings ?? TaskSettings.Default;
}
