using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Providers;
using Platform.Data.Runs;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Scheduling;
using Platform.Engine.Work;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Runs;

/// <summary>
/// The acceptance run in real time: on PostgreSQL three workers, each with its own connection pool (as three
/// processes would have), and two schedulers; on SQLite (single node) one of each. 200 tasks due every second —
/// every due occurrence gets exactly one record; a long task every second leaves skipped records; an endless task
/// times out.
/// </summary>
public abstract class ScaleOutTests : DatabaseTests
{
    private const int Tasks = 200;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _faults = new();

    protected abstract int Nodes { get; }

    /// <summary>Closes the idle connections of the nodes' own pools, so the server's connection limit holds for the tests after this one.</summary>
    protected virtual void ReleasePools()
    {
    }

    /// <summary>The contexts one node uses.</summary>
    protected abstract IDbContextFactory<PlatformDbContext> Pool(string name);

    [Fact]
    public async Task ThreeWorkers_200TasksEverySecond_EachDueOccurrenceExactlyOnce_SkipsAndTimeouts()
    {
        var world = await RunWorld.CreateAsync(Database, CreateUserAsync, TimeProvider.System);
        var quick = new List<int>();
        for (var i = 0; i < Tasks; i++)
            quick.Add(await world.PublishAsync($"quick_{i}", RunWorld.Quick, events: (0, 1, null)));
        var timeout = new TaskSettings { Policies = TaskPolicies.Default with { Timeout = TimeSpan.FromSeconds(3) } };
        var endless = await world.PublishAsync("endless", RunWorld.Endless, timeout, events: (0, 1, null));
        var firstOccurrences = await NextOccurrencesAsync();

        using var stopScheduling = new CancellationTokenSource();
        using var stopWorking = new CancellationTokenSource();
        var schedulers = Enumerable.Range(1, Math.Min(Nodes, 2)).Select(_ => new SchedulerLoop(
            new Watched(new SqlScheduledTaskSource(Pool("scheduler"), TimeProvider.System), _faults), new CompiledTaskCache(), TimeProvider.System,
            new SchedulerOptions { TickInterval = TimeSpan.FromMilliseconds(100) })).ToList();
        var workers = Enumerable.Range(1, Nodes).Select(n => WorkerOn(world, $"node-{n}")).ToList();
        var scheduling = schedulers.Select(s => s.RunAsync(stopScheduling.Token)).ToList();
        var working = workers.Select(w => w.RunAsync(stopWorking.Token)).ToList();

        await Task.Delay(Duration);
        await stopScheduling.CancelAsync();
        await Task.WhenAll(scheduling);
        // The last tick's runs are still to be taken: the workers go on until the queue is empty.
        for (var wait = 0; wait < 100 && (await world.RunsAsync()).Any(r => r.State == "queued"); wait++)
            await Task.Delay(100);
        await stopWorking.CancelAsync();
        await Task.WhenAll(working);
        await Task.WhenAll(workers.Select(w => w.StopAsync(TimeSpan.FromSeconds(10))));

        ReleasePools();
        Assert.Empty(_faults);
        var runs = await world.RunsAsync();
        var nextOccurrences = await NextOccurrencesAsync();
        foreach (var task in quick.Append(endless))
        {
            var expected = Seconds(firstOccurrences[task], nextOccurrences[task]);
            var recorded = runs.Where(r => r.TaskId == task && r.Attempt == 1).Select(r => r.ScheduledFor).ToList();
            // Liveness, loosely: a machine shared with other builds may leave the scheduler a few seconds behind.
            Assert.True(expected.Count >= Duration.TotalSeconds / 2, $"task {task}: only {expected.Count} occurrences were planned");
            Assert.Equal(expected, recorded.Order().ToList());
        }
        Assert.All(runs.Where(r => quick.Contains(r.TaskId)), r => Assert.True(r.State is "succeeded" or "skipped", r.State));
        var endlessRuns = runs.Where(r => r.TaskId == endless).ToList();
        Assert.Contains(endlessRuns, r => r.State == "skipped" && r.Reason == SkipReasons.PreviousRunning);
        Assert.Contains(endlessRuns, r => r.State == "timed_out" && r.ErrorLimit == "wall_time");
        var nodes = runs.Where(r => r.State == "succeeded").Select(r => r.Node).ToHashSet();
        Assert.All(workers, w => Assert.Contains(w.Node, nodes));
    }

    private Worker WorkerOn(RunWorld world, string node)
    {
        var pool = Pool(node);
        var ports = new WorkerPorts(
            new SqlRunQueue(pool, TimeProvider.System),
            new SqlTaskVersionSource(pool),
            new SqlRunEnvironmentFactory(pool, TimeProvider.System, new RunEnvironmentOptions { Limits = RunLimits.Default with { LoopIterations = long.MaxValue } }, new Platform.Data.Variables.RunVariables(pool, TimeProvider.System, TestSecrets.Create())));
        var options = new WorkerOptions { Node = node, MaxConcurrentRuns = 12, PerWorkspaceLimit = 32, PollInterval = TimeSpan.FromMilliseconds(20) };
        return new Worker(ports, options, TimeProvider.System, new Random(7), world.Compiled);
    }

    private async Task<Dictionary<int, DateTime>> NextOccurrencesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Tasks.Where(t => t.NextOccurrence != null).ToDictionaryAsync(t => t.Id, t => t.NextOccurrence!.Value);
    }

    /// <summary>Keeps what the scheduler's loop would swallow (it ticks again after a failure), so the test can show it.</summary>
    private sealed class Watched(IScheduledTaskSource source, System.Collections.Concurrent.ConcurrentQueue<string> faults) : IScheduledTaskSource
    {
        public Task<IReadOnlyList<DueTask>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
            WatchAsync(() => source.FindDueAsync(now, limit, cancellationToken));

        public Task<bool> CommitAsync(ScheduleCommit commit, CancellationToken cancellationToken) =>
            WatchAsync(() => source.CommitAsync(commit, cancellationToken));

        private async Task<T> WatchAsync<T>(Func<Task<T>> call)
        {
            try
            {
                return await call();
            }
            catch (Exception fault) when (fault is not OperationCanceledException)
            {
                faults.Enqueue(fault.Message);
                throw;
            }
        }
    }

    private static List<DateTime> Seconds(DateTime from, DateTime until)
    {
        var all = new List<DateTime>();
        for (var at = from; at < until; at = at.AddSeconds(1))
            all.Add(at);
        return all;
    }

}

public sealed class SqliteScaleOutTests : ScaleOutTests
{
    protected override int Nodes => 1;

    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();

    protected override IDbContextFactory<PlatformDbContext> Pool(string name) => Database;
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresScaleOutTests(PostgresServer server) : ScaleOutTests
{
    protected override int Nodes => 3;

    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);

    private readonly List<string> _pools = [];

    /// <summary>A context factory with its own connection pool (the application name keeps Npgsql's pools apart).</summary>
    protected override IDbContextFactory<PlatformDbContext> Pool(string name)
    {
        var connectionString = Database.Options.ConnectionString + $";Application Name={name}";
        _pools.Add(connectionString);
        return new ContextPool(PlatformDbContextFactory.Build(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString }));
    }

    protected override void ReleasePools()
    {
        foreach (var pool in _pools)
        {
            using var connection = new Npgsql.NpgsqlConnection(pool);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
    }

    private sealed class ContextPool(Func<PlatformDbContext> create) : IDbContextFactory<PlatformDbContext>
    {
        public PlatformDbContext CreateDbContext() => create();
    }
}
