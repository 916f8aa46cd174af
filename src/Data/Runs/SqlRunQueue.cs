using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>
/// The run queue on the Platform database. Every change is one transaction that also appends its run event.
/// PostgreSQL (many nodes): a claim locks its candidate rows with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent claims
/// take different runs without waiting, and takes a transaction-scoped advisory lock per workspace (skipping a
/// workspace another node is claiming in right now), so the per-workspace limit and "one running run per task" are
/// counted from committed state over all nodes; the partial unique index on running runs backs the latter.
/// SQLite (one node): the same statements, serialised by an in-process lock per database (see <see cref="RunSession"/>).
/// Methods that take a lease change a run only while it is running under that lease.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A queue of runs is what it is.")]
public sealed class SqlRunQueue : IRunQueue
{
    private readonly IDbContextFactory<PlatformDbContext> _contexts;
    private readonly TimeProvider _clock;
    private readonly GroupCommit<(RunCompletion Completion, NewRun? Retry), bool> _completions;

    public SqlRunQueue(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _clock = clock;
        _completions = new(CompleteAllAsync, MostCompletionsPerBatch);
    }

    /// <summary>Completions stored together at most (a batch is one round trip on PostgreSQL).</summary>
    private const int MostCompletionsPerBatch = 100;

    /// <summary>The PostgreSQL channel notified (in the enqueueing transaction) when runs are queued.</summary>
    public const string NotifyChannel = "platform_runs";

    /// <summary>The first key of the advisory locks a claim takes per workspace (the second is the workspace id).</summary>
    private const int ClaimLockSpace = 0x706c7275;

    private const string CancelledBeforeStart = "Cancelled before it started.";

    public async Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<NewRun> runs, CancellationToken cancellationToken)
    {
        if (runs.Count == 0)
            return [];
        await using var session = await RunSession.OpenAsync(_contexts, transaction: true, cancellationToken);
        var now = _clock.GetUtcNow();
        var added = new List<long>();
        foreach (var run in runs)
        {
            if (await RunWrites.InsertQueuedAsync(session, run, now, cancellationToken) is { } id)
                added.Add(id);
        }
        if (added.Count > 0)
            await RunWrites.NotifyAsync(session, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlyList<ClaimedRun>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
    {
        if (request.Count <= 0)
            return [];
        await using var session = await RunSession.OpenAsync(_contexts, transaction: true, cancellationToken);
        var candidates = await FindCandidatesAsync(session, request, cancellationToken);
        if (candidates.Count == 0)
            return [];
        var (workspaces, running) = await LockWorkspacesAsync(session, candidates.Select(c => c.WorkspaceId).Distinct().ToList(), cancellationToken);
        var chosen = Choose(candidates.Where(c => workspaces.Contains(c.WorkspaceId)), running, request);
        var claimed = await ClaimChosenAsync(session, chosen, request, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return claimed;
    }

    public async Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken cancellationToken)
    {
        await using var session = await RunSession.OpenAsync(_contexts, transaction: false, cancellationToken);
        var next = await session.ReadAsync(
            Sql.Of($"SELECT MIN(not_before) FROM runs WHERE state = {RunNames.Queued} AND not_before > {after}"),
            r => Instants.ReadNullable(r, 0), cancellationToken);
        return next is [{ } at] ? at : null;
    }

    public async Task<LeaseStatus> RenewLeaseAsync(long runId, Guid lease, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var session = await RunSession.OpenAsync(_contexts, transaction: false, cancellationToken);
        var cancel = await session.ReadAsync(Sql.Of($"""
            UPDATE runs SET lease_expires_at = {expiresAt}
            WHERE id = {runId} AND lease = {RunRows.LeaseText(lease)} AND state = {RunNames.Running}
            RETURNING cancel_requested
            """), r => r.GetBoolean(0), cancellationToken);
        return cancel switch
        {
            [] => LeaseStatus.Lost,
            [true] => LeaseStatus.CancelRequested,
            _ => LeaseStatus.Held,
        };
    }

    public Task<bool> CompleteAsync(RunCompletion completion, NewRun? retry, CancellationToken cancellationToken)
    {
        if (completion.State is RunState.Queued or RunState.Running)
            throw new ArgumentException($"A run completes in a final state, not {completion.State.Name()}.", nameof(completion));
        // Stored with the completions of other runs that end meanwhile (see GroupCommit); each answer is its own run's.
        return _completions.AddAsync((completion, retry));
    }

    /// <summary>
    /// Completions waiting together: one transaction; on PostgreSQL the lease-checked updates (each with its event)
    /// go in one round trip. Failures (line and column of the error) and retries add their own statements.
    /// </summary>
    private async Task<IReadOnlyList<bool>> CompleteAllAsync(IReadOnlyList<(RunCompletion Completion, NewRun? Retry)> batch)
    {
        var ct = CancellationToken.None;
        await using var session = await RunSession.OpenAsync(_contexts, transaction: true, ct);
        var finished = await session.ReadEachAsync(
            [.. batch.Select(b => CompletionSql(session, b.Completion))],
            r => new Held(r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2), r.GetInt32(3)), ct);
        var stored = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            if (finished[i] is not [var held])
                continue;
            var (completion, retry) = batch[i];
            if (completion.Result?.Failure?.Span is { } span)
                await PlaceErrorAsync(session, completion.RunId, held, span, ct);
            if (!session.IsPostgres)
                await RunWrites.AppendEventAsync(session, completion.RunId, RunState.Running, completion.State, completion.FinishedAt, held.Node, Detail(completion), ct);
            await AddRetryAsync(session, retry, ct);
            stored[i] = true;
        }
        await session.CommitAsync(ct);
        return stored;
    }

    /// <summary>
    /// The lease check and the change in one statement: it changes nothing unless the run is still ours. On
    /// PostgreSQL the event is appended by the same statement.
    /// </summary>
    private static Sql CompletionSql(RunSession session, RunCompletion completion)
    {
        var columns = completion.Result is { } result ? RunResultColumns.From(result) : RunResultColumns.None;
        var sql = new Sql().AppendRaw(session.IsPostgres ? "WITH done AS (\n" : "").Append($"""
            UPDATE runs SET state = {completion.State.Name()}, finished_at = {completion.FinishedAt}, reason = {completion.Reason},
              lease = NULL, lease_expires_at = NULL, cancel_requested = {false},
              result_json = {columns.ResultJson}, log_json = {columns.LogJson}, trace_json = {columns.TraceJson}, trace_omitted = {columns.TraceOmitted},
              error_code = {columns.ErrorCode}, error_name = {columns.ErrorName}, error_message = {columns.ErrorMessage},
              error_limit = {columns.ErrorLimit},
              steps = {columns.Steps}, database_calls = {columns.DatabaseCalls}, requests = {columns.Requests}, duration_ms = {columns.DurationMs}
            WHERE id = {completion.RunId} AND lease = {RunRows.LeaseText(completion.Lease)} AND state = {RunNames.Running}
            RETURNING id, node, task_id, version
            """);
        if (session.IsPostgres)
            sql.Append($"""
                ), event AS (
                  INSERT INTO run_events (run_id, from_state, to_state, "at", node, detail)
                  SELECT id, {RunNames.Running}, {completion.State.Name()}, {completion.FinishedAt}, node, {Detail(completion)} FROM done)
                SELECT id, node, task_id, version FROM done
                """);
        return sql;
    }

    private static string? Detail(RunCompletion completion) => completion.Reason ?? completion.Result?.Failure?.Error.Message;

    public async Task<bool> ReleaseAsync(long runId, Guid lease, DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        await using var session = await RunSession.OpenAsync(_contexts, transaction: true, cancellationToken);
        if (await HeldAsync(session, runId, lease, expiredBefore: null, cancellationToken) is not { } held)
            return false;
        await session.ExecuteAsync(Sql.Of($"""
            UPDATE runs SET state = {RunNames.Queued}, node = NULL, lease = NULL, lease_expires_at = NULL, cancel_requested = {false},
              started_at = NULL, reason = {reason}
            WHERE id = {runId}
            """), cancellationToken);
        await RunWrites.AppendEventAsync(session, runId, RunState.Running, RunState.Queued, at, held.Node, reason, cancellationToken);
        await RunWrites.NotifyAsync(session, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<RunRecord>> FindExpiredLeasesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var session = await RunSession.OpenAsync(_contexts, transaction: false, cancellationToken);
        var sql = new Sql().AppendRaw($"SELECT {RunRows.Columns} FROM runs\n")
            .Append($"WHERE state = {RunNames.Running} AND lease_expires_at < {now} ORDER BY lease_expires_at, id LIMIT {limit}");
        return await session.ReadAsync(sql, RunRows.Read, cancellationToken);
    }

    public async Task<bool> InterruptAsync(long runId, Guid lease, DateTimeOffset now, string reason, NewRun? retry, CancellationToken cancellationToken)
    {
        await using var session = await RunSession.OpenAsync(_contexts, transaction: true, cancellationToken);
        if (await HeldAsync(session, runId, lease, expiredBefore: now, cancellationToken) is not { } held)
            return false;
        await session.ExecuteAsync(Sql.Of($"""
            UPDATE runs SET state = {RunState.Interrupted.Name()}, finished_at = {now}, reason = {reason},
              lease = NULL, lease_expires_at = NULL, cancel_requested = {false}
            WHERE id = {runId}
            """), cancellationToken);
        await RunWrites.AppendEventAsync(session, runId, RunState.Running, RunState.Interrupted, now, held.Node, reason, cancellationToken);
        await AddRetryAsync(session, retry, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<CancelOutcome> CancelAsync(long runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await RunSession.OpenAsync(_contexts, transaction: true, cancellationToken);
        var cancelled = await session.ExecuteAsync(Sql.Of($"""
            UPDATE runs SET state = {RunState.Cancelled.Name()}, finished_at = {now}, reason = {CancelledBeforeStart}
            WHERE id = {runId} AND state = {RunNames.Queued}
            """), cancellationToken);
        if (cancelled == 1)
        {
            await RunWrites.AppendEventAsync(session, runId, RunState.Queued, RunState.Cancelled, now, null, null, cancellationToken);
            await session.CommitAsync(cancellationToken);
            return CancelOutcome.Cancelled;
        }
        var requested = await session.ExecuteAsync(Sql.Of($"""
            UPDATE runs SET cancel_requested = {true} WHERE id = {runId} AND state = {RunNames.Running}
            """), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return requested == 1 ? CancelOutcome.Requested : CancelOutcome.NotCancellable;
    }

    private sealed record Candidate(
        long Id, int TaskId, int WorkspaceId, int Version, string Datasource, string Trigger, DateTimeOffset ScheduledFor, int Attempt,
        DateTimeOffset QueuedAt, DateTimeOffset NotBefore);

    private sealed record Held(string? Node, int TaskId, int Version);

    /// <summary>
    /// The oldest due queued runs, twice as many as asked for and a few more (some will belong to busy tasks or
    /// workspaces; each one read is also locked). On PostgreSQL they are locked, and rows another claim holds are
    /// skipped rather than waited for. The (state, not_before, id) index yields them in this order without a sort.
    /// </summary>
    private static async Task<List<Candidate>> FindCandidatesAsync(RunSession session, ClaimRequest request, CancellationToken ct)
    {
        var scan = request.Count * 2 + 16;
        // A backlog queued faster than the statistics follow (an empty table, a burst) makes the planner think few runs
        // are queued and choose to read and sort all of them (10 ms for 20,000) rather than walk the index in order;
        // within this transaction a sort is made the last resort, so the claim reads only what it takes.
        var sql = new Sql().AppendRaw(session.IsPostgres ? "SET LOCAL enable_sort = off;\n" : "").Append($"""
            SELECT id, task_id, workspace_id, version, datasource, "trigger", scheduled_for, attempt, queued_at, not_before
            FROM runs WHERE state = {RunNames.Queued} AND not_before <= {request.Now}
            ORDER BY not_before, id LIMIT {scan}
            """);
        if (session.IsPostgres)
            sql.AppendRaw(" FOR UPDATE SKIP LOCKED");
        return await session.ReadAsync(sql, r => new Candidate(
            r.GetInt64(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetString(5), Instants.Read(r, 6), r.GetInt32(7),
            Instants.Read(r, 8), Instants.Read(r, 9)), ct);
    }

    /// <summary>
    /// The workspaces this claim may take runs in — on PostgreSQL those no other claim is working in right now — and
    /// the running runs (task, workspace) in them, as committed; one round trip.
    /// </summary>
    private static async Task<(HashSet<int> Workspaces, List<(int TaskId, int WorkspaceId)> Running)> LockWorkspacesAsync(
        RunSession session, List<int> workspaces, CancellationToken ct)
    {
        if (!session.IsPostgres)
        {
            var sql = new Sql();
            var list = sql.List(workspaces);
            sql.Append($"SELECT task_id, workspace_id FROM runs WHERE state = {RunNames.Running} AND workspace_id IN ").AppendRaw(list);
            return ([.. workspaces], await session.ReadAsync(sql, r => (r.GetInt32(0), r.GetInt32(1)), ct));
        }
        // A row with a null task is a workspace locked for this claim; the others are its running runs.
        var rows = await session.ReadAsync(Sql.Of($"""
            WITH locked AS MATERIALIZED (SELECT w FROM unnest({workspaces.ToArray()}) AS w WHERE pg_try_advisory_xact_lock({ClaimLockSpace}, w))
            SELECT w, NULL::integer FROM locked
            UNION ALL
            SELECT workspace_id, task_id FROM runs WHERE state = {RunNames.Running} AND workspace_id IN (SELECT w FROM locked)
            """), r => (WorkspaceId: r.GetInt32(0), TaskId: r.IsDBNull(1) ? (int?)null : r.GetInt32(1)), ct);
        return ([.. rows.Where(r => r.TaskId is null).Select(r => r.WorkspaceId)],
            [.. rows.Where(r => r.TaskId is not null).Select(r => (r.TaskId!.Value, r.WorkspaceId))]);
    }

    /// <summary>Oldest first: one per task, none of a task already running, the workspace limit kept (the in-memory queue's rule).</summary>
    private static List<Candidate> Choose(IEnumerable<Candidate> candidates, List<(int TaskId, int WorkspaceId)> running, ClaimRequest request)
    {
        var busyTasks = running.Select(r => r.TaskId).ToHashSet();
        var perWorkspace = running.GroupBy(r => r.WorkspaceId).ToDictionary(g => g.Key, g => g.Count());
        var chosen = new List<Candidate>();
        foreach (var run in candidates)
        {
            if (chosen.Count >= request.Count)
                break;
            var inWorkspace = perWorkspace.GetValueOrDefault(run.WorkspaceId);
            if (inWorkspace >= request.PerWorkspaceLimit || !busyTasks.Add(run.TaskId))
                continue;
            perWorkspace[run.WorkspaceId] = inWorkspace + 1;
            chosen.Add(run);
        }
        return chosen;
    }

    /// <summary>Marks the chosen runs running, each with its own lease, in one statement; and their events in another.</summary>
    private static async Task<List<ClaimedRun>> ClaimChosenAsync(RunSession session, List<Candidate> chosen, ClaimRequest request, CancellationToken ct)
    {
        if (chosen.Count == 0)
            return [];
        var expiresAt = Instants.FromStored(Instants.ToStored(request.Now + request.LeaseDuration));
        var claims = chosen.Select(run => new ClaimedRun(Running(run, request, Guid.NewGuid(), expiresAt), Guid.Empty, expiresAt))
            .Select(c => c with { Lease = c.Run.Lease!.Value })
            .ToList();
        var sql = new Sql().AppendRaw(session.IsPostgres ? "WITH claimed AS (\n" : "")
            .Append($"UPDATE runs SET state = {RunNames.Running}, node = {request.Node}, lease_expires_at = {expiresAt}, started_at = {request.Now}, ");
        sql.AppendRaw("reason = NULL, cancel_requested = ").Append($"{false}").AppendRaw(", lease = CASE id");
        foreach (var claim in claims)
            sql.Append($" WHEN {claim.Run.Id} THEN {RunRows.LeaseText(claim.Lease)}");
        sql.AppendRaw(" END WHERE id IN ").AppendRaw(sql.List(claims.Select(c => c.Run.Id)));
        // PostgreSQL appends the events in the same statement (one round trip); SQLite, in-process, in a second one.
        if (session.IsPostgres)
            sql.Append($"""
                 RETURNING id)
                INSERT INTO run_events (run_id, from_state, to_state, "at", node, detail)
                SELECT id, {RunNames.Queued}, {RunNames.Running}, {request.Now}, {request.Node}, NULL FROM claimed
                """);
        await session.ExecuteAsync(sql, ct);
        if (!session.IsPostgres)
            await RunWrites.AppendEventsAsync(
                session, [.. claims.Select(c => new RunTransition(c.Run.Id, RunState.Queued, RunState.Running, request.Now, request.Node, null))], ct);
        return claims;
    }

    private static RunRecord Running(Candidate run, ClaimRequest request, Guid lease, DateTimeOffset expiresAt) => new()
    {
        Id = run.Id,
        TaskId = run.TaskId,
        WorkspaceId = run.WorkspaceId,
        Version = run.Version,
        Datasource = run.Datasource,
        Trigger = RunNames.Trigger(run.Trigger),
        ScheduledFor = run.ScheduledFor,
        Attempt = run.Attempt,
        State = RunState.Running,
        QueuedAt = run.QueuedAt,
        NotBefore = run.NotBefore,
        Node = request.Node,
        Lease = lease,
        LeaseExpiresAt = expiresAt,
        StartedAt = request.Now,
    };

    /// <summary>The run, locked, when it is running under this lease (and, for the reaper, the lease expired before the instant).</summary>
    private static async Task<Held?> HeldAsync(RunSession session, long runId, Guid lease, DateTimeOffset? expiredBefore, CancellationToken ct)
    {
        var sql = Sql.Of($"""
            SELECT node, task_id, version FROM runs
            WHERE id = {runId} AND lease = {RunRows.LeaseText(lease)} AND state = {RunNames.Running}
            """);
        if (expiredBefore is { } now)
            sql.Append($" AND lease_expires_at < {now}");
        if (session.IsPostgres)
            sql.AppendRaw(" FOR UPDATE");
        var held = await session.ReadAsync(sql, r => new Held(r.IsDBNull(0) ? null : r.GetString(0), r.GetInt32(1), r.GetInt32(2)), ct);
        return held.Count == 1 ? held[0] : null;
    }

    /// <summary>Stores the failed statement's line and column, read from the version's script (failures only, so rarely).</summary>
    private static async Task PlaceErrorAsync(RunSession session, long runId, Held held, Platform.Engine.Language.Text.SourceSpan span, CancellationToken ct)
    {
        if (await ScriptOfAsync(session, held.TaskId, held.Version, ct) is not { } script)
            return;
        var at = new Platform.Engine.Language.Text.SourceText(script).GetLinePosition(span.Start);
        await session.ExecuteAsync(Sql.Of($"UPDATE runs SET error_line = {at.Line}, error_column = {at.Column} WHERE id = {runId}"), ct);
    }

    private static async Task<string?> ScriptOfAsync(RunSession session, int taskId, int version, CancellationToken ct) =>
        await session.ScalarAsync(Sql.Of($"SELECT script FROM task_versions WHERE task_id = {taskId} AND number = {version}"), ct) as string;

    private async Task AddRetryAsync(RunSession session, NewRun? retry, CancellationToken ct)
    {
        if (retry is null)
            return;
        if (await RunWrites.InsertQueuedAsync(session, retry, _clock.GetUtcNow(), ct) is not null)
            await RunWrites.NotifyAsync(session, ct);
    }
}
