using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Engine.Scheduling;

namespace Platform.Data.Runs;

/// <summary>
/// The maintenance job's retention: deletes finished runs older than their task's history setting (the published
/// version's, else the draft's; default 7 days, "all" keeps every run), in batches so no transaction grows large.
/// </summary>
public sealed class RunRetention(IDbContextFactory<PlatformDbContext> contexts)
{
    /// <summary>Deletes the expired runs of every task; the answer counts them.</summary>
    public async Task<long> DeleteExpiredAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        List<(int TaskId, string Settings)> tasks;
        await using (var session = await RunSession.OpenAsync(contexts, transaction: false, cancellationToken))
        {
            tasks = await session.ReadAsync(Sql.Of($"""
                SELECT t.id, COALESCE(v.settings_json, t.settings_json) FROM tasks t
                LEFT JOIN task_versions v ON v.task_id = t.id AND v.number = t.published_version
                WHERE EXISTS (SELECT 1 FROM runs r WHERE r.task_id = t.id AND r.finished_at IS NOT NULL)
                """), r => (r.GetInt32(0), r.GetString(1)), cancellationToken);
        }
        long deleted = 0;
        foreach (var (taskId, settings) in tasks)
        {
            var history = (TaskSettingsJson.Parse(settings).Settings ?? TaskSettings.Default).Policies.History;
            if (history.DeleteBefore(now) is { } before)
                deleted += await DeleteTaskRunsAsync(taskId, before, batchSize, cancellationToken);
        }
        return deleted;
    }

    private async Task<long> DeleteTaskRunsAsync(int taskId, DateTimeOffset before, int batchSize, CancellationToken cancellationToken)
    {
        long deleted = 0;
        while (true)
        {
            await using var session = await RunSession.OpenAsync(contexts, transaction: true, cancellationToken);
            // Events go with their runs (cascade); queued and running runs have no finished_at and are never touched.
            var batch = await session.ExecuteAsync(Sql.Of($"""
                DELETE FROM runs WHERE id IN (
                  SELECT id FROM runs WHERE task_id = {taskId} AND finished_at < {before} ORDER BY id LIMIT {batchSize})
                """), cancellationToken);
            await session.CommitAsync(cancellationToken);
            deleted += batch;
            if (batch < batchSize)
                return deleted;
        }
    }
}
