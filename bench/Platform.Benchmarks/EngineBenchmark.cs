using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Identity;
using Platform.Data.Model;
using Platform.Data.Providers;
using Platform.Data.Runs;
using Platform.Data.Tasks;
using Platform.Data.Workspaces;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Scheduling;
using Platform.Engine.Tasks;
using Platform.Engine.Work;
using Platform.Tests.Shared;

namespace Platform.Benchmarks;

/// <summary>
/// The engine on PostgreSQL (console mode, <c>-- engine-pg [tasks] [seconds] [slots]</c>), one node:
/// 1. start lag (started_at − scheduled_for) with N active tasks, each due once a minute at its own second (N/60 due at
/// each second), one worker with <c>slots</c> concurrent runs;
/// 2. trivial runs completed per second: 20,000 queued runs drained by one worker.
/// </summary>
public static class EngineBenchmark
{
    private const int Workspaces = 50;

    /// <summary>Every workspace has this many environment variables, which each run reads and decrypts.</summary>
    private const int VariablesPerWorkspace = 3;

    private static readonly Platform.Data.Secrets.ISecretProtector Secrets = Platform.Tests.Shared.TestSecrets.Create();
    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(int tasks, int seconds, int slots)
    {
        // PLATFORM_BENCH_STATEMENTS=1 also prints the statements the server spent its time on (pg_stat_statements).
        var statements = Environment.GetEnvironmentVariable("PLATFORM_BENCH_STATEMENTS") == "1";
        string[] settings = statements
            ? ["shared_buffers=256MB", "synchronous_commit=off", "shared_preload_libraries=pg_stat_statements"]
            : ["shared_buffers=256MB", "synchronous_commit=off"];
        await using var cluster = await PostgresCluster.StartAsync(settings);
        var contexts = new Contexts(PlatformDbContextFactory.Build(new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = await cluster.CreateDatabaseAsync() + ";Maximum Pool Size=200",
        }));
        var workspaces = await CreateWorkspacesAsync(contexts);
        var cpu = await CpuOfServerAsync(contexts);
        if (statements)
            await ExecuteAsync(contexts, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        var setup = Stopwatch.StartNew();
        var taskIds = await PublishTasksAsync(contexts, workspaces, tasks);
        Print($"engine-pg: published {tasks:N0} tasks over {Workspaces} workspaces in {setup.Elapsed.TotalSeconds:N1} s");

        if (seconds > 0)
            await MeasuredAsync(contexts, cpu, statements, () => StartLagAsync(contexts, tasks, seconds, slots));
        await MeasuredAsync(contexts, cpu, statements, () => ThroughputAsync(contexts, taskIds));
        return 0;
    }

    /// <summary>Runs a phase and says where the processor time went (and, when asked, the statements that took it).</summary>
    private static async Task MeasuredAsync(Contexts contexts, CpuUse cpu, bool statements, Func<Task> phase)
    {
        if (statements)
            await ExecuteAsync(contexts, "SELECT pg_stat_statements_reset()");
        var before = cpu.Now();
        await phase();
        Print("engine-pg: " + CpuUse.Describe(before, cpu.Now()));
        if (statements)
            await PrintStatementsAsync(contexts);
    }

    private static async Task<CpuUse> CpuOfServerAsync(Contexts contexts)
    {
        await using var db = contexts.CreateDbContext();
        var directory = await db.Database.SqlQueryRaw<string>("SELECT setting AS \"Value\" FROM pg_settings WHERE name = 'data_directory'").SingleAsync();
        return CpuUse.ForDataDirectory(directory);
    }

    private static async Task ExecuteAsync(Contexts contexts, string sql)
    {
        await using var db = contexts.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private sealed record StatementTime(string Query, long Calls, double TotalMs, double MeanMs);

    private static async Task PrintStatementsAsync(Contexts contexts)
    {
        await using var db = contexts.CreateDbContext();
        var top = await db.Database.SqlQueryRaw<StatementTime>("""
            SELECT left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS "Query", calls AS "Calls",
              total_exec_time AS "TotalMs", mean_exec_time AS "MeanMs"
            FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 12
            """).ToListAsync();
        foreach (var s in top)
            Print(string.Create(CultureInfo.InvariantCulture, $"    {s.TotalMs,9:N0} ms {s.Calls,8:N0} calls {s.MeanMs,7:N3} ms  {s.Query}"));
    }

    private static Worker NewWorker(Contexts contexts, int concurrency, TimeSpan poll) => new(
        new WorkerPorts(
            new SqlRunQueue(contexts, TimeProvider.System),
            new SqlTaskVersionSource(contexts),
            new SqlRunEnvironmentFactory(contexts, TimeProvider.System, new RunEnvironmentOptions(), new Platform.Data.Variables.RunVariables(contexts, TimeProvider.System, Secrets))),
        new WorkerOptions { Node = "bench", MaxConcurrentRuns = concurrency, PerWorkspaceLimit = 1_000, PollInterval = poll },
        TimeProvider.System, new Random(1));

    private static async Task StartLagAsync(Contexts contexts, int tasks, int seconds, int slots)
    {
        // As the host runs them (EngineHostOptions' defaults): a tick every 0.5 s, a worker poll every second, the
        // worker woken when a tick queued runs; it then sleeps until the earliest queued run falls due.
        var scheduler = new SchedulerLoop(
            new SqlScheduledTaskSource(contexts, TimeProvider.System), new CompiledTaskCache(), TimeProvider.System,
            new SchedulerOptions { TickInterval = TimeSpan.FromSeconds(0.5) });
        var worker = NewWorker(contexts, slots, TimeSpan.FromSeconds(1));
        scheduler.Ticked += tick =>
        {
            if (tick.Enqueued > 0)
                worker.Wake();
        };
        using var stop = new CancellationTokenSource();
        await StartFromAsync(contexts, DateTimeOffset.UtcNow.AddSeconds(2));
        var measuredFrom = DateTimeOffset.UtcNow.AddSeconds(5);
        var loops = new[] { scheduler.RunAsync(stop.Token), worker.RunAsync(stop.Token) };
        await Task.Delay(TimeSpan.FromSeconds(seconds + 5));
        await stop.CancelAsync();
        await Task.WhenAll(loops);
        await worker.StopAsync(TimeSpan.FromSeconds(10));

        await using var db = contexts.CreateDbContext();
        var from = measuredFrom.UtcDateTime;
        var runs = await db.Runs.AsNoTracking()
            .Where(r => r.Trigger == "schedule" && r.ScheduledFor >= from && r.StartedAt != null)
            .Select(r => new { r.ScheduledFor, r.QueuedAt, StartedAt = r.StartedAt!.Value, r.State })
            .ToListAsync();
        if (Environment.GetEnvironmentVariable("PLATFORM_BENCH_STATEMENTS") == "1")
            Print("engine-pg: worst start lag per due second (ms): " + string.Join(" ", runs.GroupBy(r => r.ScheduledFor)
                .OrderBy(g => g.Key).Select(g => $"{g.Max(r => (r.StartedAt - r.ScheduledFor).TotalMilliseconds):N0}/{g.Max(r => (r.QueuedAt - r.ScheduledFor).TotalMilliseconds):N0}")));
        var skipped = await db.Runs.CountAsync(r => r.State == "skipped" && r.ScheduledFor >= from);
        var lags = runs.Select(r => (r.StartedAt - r.ScheduledFor).TotalMilliseconds).Order().ToList();
        var planned = runs.Select(r => (r.QueuedAt - r.ScheduledFor).TotalMilliseconds).Order().ToList();
        var dispatched = runs.Select(r => (r.StartedAt - r.QueuedAt).TotalMilliseconds).Order().ToList();
        Print($"engine-pg: of which scheduling (queued_at − scheduled_for) p50 {Percentile(planned, 0.50):N1} ms, p99 {Percentile(planned, 0.99):N1} ms; " +
              $"dispatch (started_at − queued_at) p50 {Percentile(dispatched, 0.50):N1} ms, p99 {Percentile(dispatched, 0.99):N1} ms");
        Print($"engine-pg: start lag over {seconds} s with {tasks:N0} active tasks (each every 60 s; scheduler tick 0.5 s, plan ahead 1 s, worker poll 1 s, {slots} slots): " +
              $"{lags.Count:N0} runs, p50 {Percentile(lags, 0.50):N1} ms, p95 {Percentile(lags, 0.95):N1} ms, p99 {Percentile(lags, 0.99):N1} ms, max {lags.LastOrDefault():N1} ms, skipped {skipped}");
        await db.Database.ExecuteSqlRawAsync("UPDATE tasks SET next_occurrence = NULL");
    }

    /// <summary>
    /// Sets every task's next occurrence to its first slot after <paramref name="from"/>, so the scheduler starts
    /// in its steady state (not with the backlog of slots that passed while the tasks were being published).
    /// </summary>
    private static async Task StartFromAsync(Contexts contexts, DateTimeOffset from)
    {
        await using var db = contexts.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE tasks SET next_occurrence = {0} + make_interval(secs => s.o + 60 * ceil((extract(epoch FROM {1} - {0}) - s.o) / 60.0))
            FROM (SELECT id AS task, substring(name FROM 5)::int % 60 AS o FROM tasks) AS s WHERE tasks.id = s.task
            """, Epoch.UtcDateTime, from.UtcDateTime);
    }

    private static async Task ThroughputAsync(Contexts contexts, List<(int TaskId, int WorkspaceId)> tasks)
    {
        const int Runs = 20_000;
        var queue = new SqlRunQueue(contexts, TimeProvider.System);
        var at = DateTimeOffset.UtcNow;
        var enqueue = Stopwatch.StartNew();
        for (var start = 0; start < Runs; start += 1_000)
        {
            NewRun[] batch = [.. Enumerable.Range(start, 1_000).Select(i =>
            {
                var (taskId, workspaceId) = tasks[i % tasks.Count];
                var when = at.AddMilliseconds(i / tasks.Count);
                return new NewRun(taskId, workspaceId, 1, "live", RunTrigger.Manual, when, 1, at);
            })];
            await queue.EnqueueAsync(batch, CancellationToken.None);
        }
        Print($"engine-pg: enqueued {Runs:N0} runs (1,000 per transaction) in {enqueue.Elapsed.TotalSeconds:N1} s ({Runs / enqueue.Elapsed.TotalSeconds:N0}/s)");

        foreach (var concurrency in new[] { 64, 256 })
        {
            if (concurrency == 256)
            {
                await using var db = contexts.CreateDbContext();
                await db.Database.ExecuteSqlRawAsync("UPDATE runs SET state = 'queued', node = NULL, lease = NULL, lease_expires_at = NULL, started_at = NULL, finished_at = NULL WHERE \"trigger\" = 'manual'");
            }
            // The worker's own loop, as the host runs it: it claims again as soon as a run ends.
            var worker = NewWorker(contexts, concurrency, TimeSpan.FromSeconds(1));
            using var stop = new CancellationTokenSource();
            var drain = Stopwatch.StartNew();
            var loop = worker.RunAsync(stop.Token);
            while (await CountAsync(contexts, "queued") + await CountAsync(contexts, "running") > 0 && drain.Elapsed < TimeSpan.FromMinutes(5))
                await Task.Delay(50);
            await stop.CancelAsync();
            await loop;
            await worker.WhenRunsFinishedAsync();
            var done = await CountAsync(contexts, "succeeded", manual: true);
            Print($"engine-pg: one worker, {concurrency} concurrent runs: {done:N0} trivial runs completed in {drain.Elapsed.TotalSeconds:N1} s = {done / drain.Elapsed.TotalSeconds:N0} runs/s");
        }
    }

    private static async Task<int> CountAsync(Contexts contexts, string state, bool manual = false)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Runs.CountAsync(r => r.State == state && (!manual || r.Trigger == "manual"));
    }

    private static async Task<List<int>> CreateWorkspacesAsync(Contexts contexts)
    {
        await using var db = contexts.CreateDbContext();
        await db.Database.MigrateAsync();
        var user = new PlatformUser { Id = Guid.NewGuid(), UserName = "bench@example.com", NormalizedUserName = "BENCH@EXAMPLE.COM", DisplayName = "bench", CreatedAt = DateTime.UtcNow, SecurityStamp = "s" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var store = new WorkspaceStore(contexts, TimeProvider.System);
        var variables = new Platform.Data.Variables.VariableStore(contexts, TimeProvider.System, Secrets);
        var ids = new List<int>();
        for (var i = 0; i < Workspaces; i++)
        {
            var id = (await store.CreateAsync(user.Id, $"Bench {i}")).Value!.Id;
            for (var v = 0; v < VariablesPerWorkspace; v++)
                await variables.SetAsync(user.Id, id, $"VARIABLE_{v}", $"https://hooks.example.com/services/{i}/{v}");
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>Tasks published directly (version 1, active), each due every minute at its own second.</summary>
    private static async Task<List<(int TaskId, int WorkspaceId)>> PublishTasksAsync(Contexts contexts, List<int> workspaces, int count)
    {
        var now = DateTimeOffset.UtcNow.AddSeconds(3);
        var created = new List<(int, int)>();
        for (var start = 0; start < count; start += 1_000)
        {
            await using var db = contexts.CreateDbContext();
            var batch = new List<TaskDefinition>();
            for (var i = start; i < Math.Min(count, start + 1_000); i++)
            {
                var startsOn = Epoch.AddSeconds(i % 60);
                var script = $$"""
                    task job_{{i}} {
                      stack {
                        var $x { value = 1 }
                      }

                      schedule = [{starts_on: {{startsOn.ToString("yyyy-MM-dd HH:mm:ss'+0000'", CultureInfo.InvariantCulture)}}, freq: 60}]
                    }
                    """;
                var schedule = TaskScheduleDefinition.From(TaskFacts.Read(script).Schedule, TaskSettings.Default);
                var next = OccurrencePlanner.FirstOccurrence(schedule, now);
                batch.Add(new TaskDefinition
                {
                    WorkspaceId = workspaces[i % workspaces.Count], Name = $"job_{i}", Script = script, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                    PublishedVersion = 1, NextOccurrence = next?.UtcDateTime,
                });
            }
            db.Tasks.AddRange(batch);
            await db.SaveChangesAsync();
            db.TaskVersions.AddRange(batch.Select(t => new TaskVersion { TaskId = t.Id, Number = 1, Script = t.Script, IsActive = true, CreatedAt = DateTime.UtcNow }));
            await db.SaveChangesAsync();
            created.AddRange(batch.Select(t => (t.Id, t.WorkspaceId)));
        }
        return created;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static void Print(string line) => Console.WriteLine(line);

    private sealed class Contexts(Func<PlatformDbContext> create) : IDbContextFactory<PlatformDbContext>
    {
        public PlatformDbContext CreateDbContext() => create();
    }
}
