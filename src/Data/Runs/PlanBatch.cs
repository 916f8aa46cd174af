using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>
/// A scheduler tick's plans as one PostgreSQL statement (one round trip however many tasks fall due): the plans and
/// their runs travel as arrays; each task's next occurrence moves only while it still has the version and next
/// occurrence the plan was made from; only the runs of moved plans are inserted, a run whose (task, occurrence,
/// attempt) exists is left out (<c>ON CONFLICT DO NOTHING</c>), and each added run gets its first event. Task rows
/// are locked in id order first, so schedulers storing overlapping batches cannot deadlock.
/// </summary>
internal static class PlanBatch
{
    /// <summary>Stores the plans; the answer says, plan by plan, whether it was stored, and how many runs were queued.</summary>
    public static async Task<(bool[] Stored, int Queued)> StoreAsync(
        RunSession session, IReadOnlyList<ScheduleCommit> commits, DateTimeOffset now, CancellationToken ct)
    {
        var runs = commits.SelectMany((c, n) => c.Runs.Select(r => Row.Queued(n + 1, r))
            .Concat(c.Skipped.Select(s => Row.Skipped(n + 1, s, now)))).ToList();
        var sql = Sql.Of($"""
            WITH plan AS (
              SELECT * FROM unnest({commits.Select(c => c.TaskId).ToArray()}::integer[], {commits.Select(c => c.Version).ToArray()}::integer[],
                {Stamps(commits.Select(c => (DateTimeOffset?)c.ExpectedNext))}::timestamptz[], {Stamps(commits.Select(c => c.Next))}::timestamptz[])
                WITH ORDINALITY AS p(task_id, version, expected, next, n)
            ), locked AS MATERIALIZED (
              SELECT id FROM tasks WHERE id IN (SELECT task_id FROM plan) ORDER BY id FOR UPDATE
            ), moved AS (
              UPDATE tasks t SET next_occurrence = p.next FROM plan p
              WHERE t.id = p.task_id AND t.id IN (SELECT id FROM locked) AND t.published_version = p.version AND t.next_occurrence = p.expected
              RETURNING p.n
            ), added AS (
              INSERT INTO runs (task_id, workspace_id, version, datasource, "trigger", scheduled_for, attempt, state, queued_at, not_before, finished_at, reason)
              SELECT r.task_id, r.workspace_id, r.version, r.datasource, r.trigger, r.scheduled_for, r.attempt, r.state, {now}, r.not_before, r.finished_at, r.reason
              FROM unnest({runs.Select(r => r.Plan).ToArray()}::bigint[], {runs.Select(r => r.TaskId).ToArray()}::integer[],
                {runs.Select(r => r.WorkspaceId).ToArray()}::integer[], {runs.Select(r => r.Version).ToArray()}::integer[],
                {runs.Select(r => r.Datasource).ToArray()}::text[], {runs.Select(r => r.Trigger).ToArray()}::text[],
                {Stamps(runs.Select(r => (DateTimeOffset?)r.ScheduledFor))}::timestamptz[], {runs.Select(r => r.Attempt).ToArray()}::integer[],
                {runs.Select(r => r.State).ToArray()}::text[], {Stamps(runs.Select(r => (DateTimeOffset?)r.NotBefore))}::timestamptz[],
                {Stamps(runs.Select(r => r.FinishedAt))}::timestamptz[], {runs.Select(r => r.Reason).ToArray()}::text[])
                AS r(plan, task_id, workspace_id, version, datasource, trigger, scheduled_for, attempt, state, not_before, finished_at, reason)
              WHERE r.plan IN (SELECT n FROM moved)
              ON CONFLICT (task_id, scheduled_for, attempt) DO NOTHING
              RETURNING id, state, reason
            ), events AS (
              INSERT INTO run_events (run_id, from_state, to_state, "at", node, detail)
              SELECT id, NULL, state, {now}, NULL, reason FROM added
            )
            SELECT n, 0 FROM moved
            UNION ALL
            SELECT 0, COUNT(*) FROM added WHERE state = {RunNames.Queued}
            """);
        var rows = await session.ReadAsync(sql, r => (Plan: r.GetInt64(0), Queued: r.GetInt64(1)), ct);
        var stored = new bool[commits.Count];
        foreach (var (plan, _) in rows.Where(r => r.Plan > 0))
            stored[(int)plan - 1] = true;
        return (stored, (int)rows.Sum(r => r.Queued));
    }

    /// <summary>
    /// Instants as ISO 8601 text to the microsecond (cast to timestamptz[] in the statement): a DateTime array whose
    /// first element is null would be sent as timestamp without time zone, which refuses UTC values.
    /// </summary>
    private static string?[] Stamps(IEnumerable<DateTimeOffset?> instants) =>
        [.. instants.Select(i => i is { } at
            ? Instants.ToStored(at).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture)
            : null)];

    private sealed record Row(
        long Plan, int TaskId, int WorkspaceId, int Version, string Datasource, string Trigger, DateTimeOffset ScheduledFor, int Attempt,
        string State, DateTimeOffset NotBefore, DateTimeOffset? FinishedAt, string? Reason)
    {
        public static Row Queued(long plan, NewRun run) => new(
            plan, run.TaskId, run.WorkspaceId, run.Version, run.Datasource, run.Trigger.Name(), run.ScheduledFor, run.Attempt,
            RunNames.Queued, run.NotBefore, null, null);

        public static Row Skipped(long plan, SkippedRun run, DateTimeOffset now) => new(
            plan, run.TaskId, run.WorkspaceId, run.Version, run.Datasource, RunTrigger.Schedule.Name(), run.ScheduledFor, 1,
            RunState.Skipped.Name(), run.ScheduledFor, now, run.Reason);
    }
}
