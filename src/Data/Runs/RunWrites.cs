using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>The inserts the queue and the scheduler share: a run (queued or skipped) with its first event, and events.</summary>
internal static class RunWrites
{
    /// <summary>
    /// Adds a queued run; null when its (task, occurrence, attempt) already has one — the unique index decides, so
    /// two nodes racing cannot both add it — or when the task no longer exists.
    /// </summary>
    public static Task<long?> InsertQueuedAsync(RunSession session, NewRun run, DateTimeOffset now, CancellationToken ct) =>
        InsertAsync(session, run.TaskId, run.WorkspaceId, run.Version, run.Datasource, run.Trigger, run.ScheduledFor, run.Attempt,
            RunState.Queued, now, run.NotBefore, finishedAt: null, reason: null, ct);

    public static Task<long?> InsertSkippedAsync(RunSession session, SkippedRun run, DateTimeOffset now, CancellationToken ct) =>
        InsertAsync(session, run.TaskId, run.WorkspaceId, run.Version, run.Datasource, RunTrigger.Schedule, run.ScheduledFor, 1,
            RunState.Skipped, now, run.ScheduledFor, now, run.Reason, ct);

    public static Task AppendEventAsync(
        RunSession session, long runId, RunState? from, RunState to, DateTimeOffset at, string? node, string? detail, CancellationToken ct) =>
        session.ExecuteAsync(Sql.Of($"""
            INSERT INTO run_events (run_id, from_state, to_state, "at", node, detail)
            VALUES ({runId}, {from?.Name()}, {to.Name()}, {at}, {node}, {detail})
            """), ct);

    /// <summary>Appends several events in one statement.</summary>
    public static Task AppendEventsAsync(RunSession session, IReadOnlyList<RunTransition> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return Task.CompletedTask;
        var sql = new Sql().AppendRaw("INSERT INTO run_events (run_id, from_state, to_state, \"at\", node, detail) VALUES ");
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            sql.AppendRaw(i == 0 ? "" : ", ").Append($"({e.RunId}, {e.From?.Name()}, {e.To.Name()}, {e.At}, {e.Node}, {e.Detail})");
        }
        return session.ExecuteAsync(sql, ct);
    }

    /// <summary>Wakes the workers listening on PostgreSQL; delivered when the transaction commits, dropped if it rolls back.</summary>
    public static Task NotifyAsync(RunSession session, CancellationToken ct) =>
        session.IsPostgres
            ? session.ExecuteAsync(Sql.Of($"SELECT pg_notify({SqlRunQueue.NotifyChannel}, '')"), ct)
            : Task.CompletedTask;

    private static async Task<long?> InsertAsync(
        RunSession session, int taskId, int workspaceId, int version, string datasource, RunTrigger trigger, DateTimeOffset scheduledFor,
        int attempt, RunState state, DateTimeOffset queuedAt, DateTimeOffset notBefore, DateTimeOffset? finishedAt, string? reason,
        CancellationToken ct)
    {
        // Values in a SELECT list get no type from the target column on PostgreSQL, so none of them may be null.
        // PostgreSQL adds the first event in the same statement (one round trip); SQLite, in-process, in a second one.
        var sql = new Sql().AppendRaw(session.IsPostgres ? "WITH added AS (\n" : "").AppendRaw(finishedAt is null
            ? "INSERT INTO runs (task_id, workspace_id, version, datasource, \"trigger\", scheduled_for, attempt, state, queued_at, not_before)\n"
            : "INSERT INTO runs (task_id, workspace_id, version, datasource, \"trigger\", scheduled_for, attempt, state, queued_at, not_before, finished_at, reason)\n");
        sql.Append($"""
            SELECT {taskId}, {workspaceId}, {version}, {datasource}, {trigger.Name()}, {scheduledFor}, {attempt}, {state.Name()}, {queuedAt}, {notBefore}
            """);
        if (finishedAt is { } finished)
            sql.Append($", {finished}, {reason ?? ""}");
        sql.Append($"""

            WHERE EXISTS (SELECT 1 FROM tasks WHERE id = {taskId})
            ON CONFLICT (task_id, scheduled_for, attempt) DO NOTHING
            RETURNING id
            """);
        if (session.IsPostgres)
            sql.Append($"""
                ), event AS (
                  INSERT INTO run_events (run_id, from_state, to_state, "at", node, detail)
                  SELECT id, NULL, {state.Name()}, {queuedAt}, NULL, {reason} FROM added)
                SELECT id FROM added
                """);
        var id = await session.ScalarAsync(sql, ct);
        if (id is null)
            return null;
        var runId = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        if (!session.IsPostgres)
            await AppendEventAsync(session, runId, null, state, queuedAt, null, reason, ct);
        return runId;
    }
}
