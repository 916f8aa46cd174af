using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Identity;
using Platform.Data.Model;
using Platform.Data.Providers;
using Platform.Data.Runs;
using Platform.Data.Tasks;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Benchmarks;

/// <summary>
/// The queue count behind the queue-depth gauges and the status page (console mode,
/// <c>-- queue-count-pg [queued] [finished]</c>): <see cref="SqlNodeRegistry.CountAsync"/> on PostgreSQL over a
/// runs table holding <c>queued</c> waiting runs (half of them due) and <c>finished</c> finished ones.
/// </summary>
public static class QueueCountBenchmark
{
    public static async Task<int> RunAsync(int queued, int finished)
    {
        await using var cluster = await PostgresCluster.StartAsync("shared_buffers=256MB", "synchronous_commit=off");
        var contexts = new Contexts(PlatformDbContextFactory.Build(new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = await cluster.CreateDatabaseAsync(),
        }));
        var setup = Stopwatch.StartNew();
        await SeedAsync(contexts, queued, finished);
        Print($"queue-count-pg: {queued:N0} queued and {finished:N0} finished runs written and analysed in {setup.Elapsed.TotalSeconds:N1} s");

        var registry = new SqlNodeRegistry(contexts);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 20; i++)
            await registry.CountAsync(now, default);
        var times = new List<double>();
        var depth = await registry.CountAsync(now, default);
        for (var i = 0; i < 200; i++)
        {
            var watch = Stopwatch.StartNew();
            depth = await registry.CountAsync(now, default);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Print($"queue-count-pg: counted {depth.Queued:N0} queued, {depth.Due:N0} due; median {times[times.Count / 2]:N2} ms, " +
              $"p99 {times[(int)(times.Count * 0.99)]:N2} ms over 200 counts (pooled connection per count)");
        return 0;
    }

    private static async Task SeedAsync(Contexts contexts, int queued, int finished)
    {
        await using var db = contexts.CreateDbContext();
        await db.Database.MigrateAsync();
        var user = new PlatformUser { Id = Guid.NewGuid(), UserName = "bench@example.com", NormalizedUserName = "BENCH@EXAMPLE.COM", DisplayName = "bench", CreatedAt = DateTime.UtcNow, SecurityStamp = "s" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var workspace = (await new WorkspaceStore(contexts, TimeProvider.System).CreateAsync(user.Id, "Bench")).Value!.Id;
        var task = (await new TaskStore(contexts, TimeProvider.System).CreateAsync(user.Id, workspace, "job")).Value!.Id;
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        // One run per second of the past; the queued ones are the newest, half of them not due yet (a retry's backoff).
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO runs (task_id, workspace_id, version, datasource, trigger, scheduled_for, attempt, state, queued_at, not_before,
              started_at, finished_at)
            SELECT {task}, {workspace}, 1, 'live', 'schedule', now() - make_interval(secs => s), 1, 'succeeded',
              now() - make_interval(secs => s), now() - make_interval(secs => s), now() - make_interval(secs => s), now() - make_interval(secs => s)
            FROM generate_series({queued + 1}, {queued + finished}) AS s
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO runs (task_id, workspace_id, version, datasource, trigger, scheduled_for, attempt, state, queued_at, not_before)
            SELECT {task}, {workspace}, 1, 'live', 'schedule', now() - make_interval(secs => s), 1, 'queued',
              now() - make_interval(secs => s), now() + make_interval(secs => CASE WHEN s % 2 = 0 THEN 3600 ELSE -s END)
            FROM generate_series(1, {queued}) AS s
            """);
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE runs");
    }

    private static void Print(string line) => Console.WriteLine(line);

    private sealed class Contexts(Func<PlatformDbContext> create) : IDbContextFactory<PlatformDbContext>
    {
        public PlatformDbContext CreateDbContext() => create();
    }
}
