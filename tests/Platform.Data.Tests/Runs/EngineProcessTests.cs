using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Providers;
using Platform.Data.Runs;
using Platform.Engine.Scheduling;
using Platform.Engine.Work;
using Platform.Tests.Shared;
using Xunit.Abstractions;
using static Platform.Data.Tests.Runs.EngineMinuteChecks;

namespace Platform.Data.Tests.Runs;

/// <summary>
/// The acceptance run with the product itself: worker processes (<c>dotnet Platform.Web.dll --role worker</c>, each
/// with its own scheduler, worker and reaper) on one database for a minute of real time. 200 tasks are due every
/// second, beside a long task and an endless one. Every due occurrence gets exactly one first-attempt record (a run or
/// a skipped run) and no occurrence ever runs twice at once. On PostgreSQL one of three processes is killed (SIGKILL)
/// while it holds running runs: they become interrupted and are retried by the others.
/// </summary>
public abstract class EngineProcessTests : DatabaseTests
{
    private const int QuickTasks = 200;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    /// <summary>Long enough that a node always has runs in flight when it is killed.</summary>
    private const string Quick = "util.sleep { value = 0.2 }";

    private const string Long = "util.sleep { value = 4 }";

    /// <summary>Never ends on its own and waits rather than spins, so the machine's cores stay with the other runs.</summary>
    private const string Endless = """
        while (true) {
          each {
            util.sleep { value = 0.05 }
          }
        }
        """;

    private static readonly TaskSettings Retried = new()
    {
        Policies = TaskPolicies.Default with { Retry = new RetryPolicy(2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)) },
    };

    private static readonly TaskSettings TimesOut = new() { Policies = TaskPolicies.Default with { Timeout = TimeSpan.FromSeconds(2) } };

    /// <summary>Engine settings every process gets: room for 200 runs a second in one workspace, a quick graceful stop.</summary>
    private static readonly Dictionary<string, string> CommonSettings = new()
    {
        ["Engine:MaxConcurrentRuns"] = "32",
        ["Engine:PerWorkspaceLimit"] = "100",
        ["Engine:ShutdownGraceSeconds"] = "10",
    };

    /// <summary>The lease the processes hold runs under when one of them is killed: short, so the reaper notices soon.</summary>
    protected static readonly TimeSpan ShortLease = TimeSpan.FromSeconds(4);

    /// <summary>The connection string a process uses (on PostgreSQL its own pool, bounded, named after the node).</summary>
    protected virtual string ConnectionStringFor(string node) => Database.Options.ConnectionString;

    /// <summary>Seeds the tasks, runs <paramref name="processes"/> worker processes for a minute (killing the first halfway if asked), stops the rest gracefully.</summary>
    private protected async Task<EngineMinute> RunForAMinuteAsync(int processes, bool killOne)
    {
        var seeding = Stopwatch.StartNew();
        var world = await RunWorld.CreateAsync(Database, CreateUserAsync, TimeProvider.System);
        var quick = new List<int>();
        for (var i = 0; i < QuickTasks; i++)
            quick.Add(await world.PublishAsync($"quick_{i}", Quick, Retried, events: (0, 1, null)));
        var longTask = await world.PublishAsync("long", Long, events: (0, 1, null));
        var endless = await world.PublishAsync("endless", Endless, TimesOut, events: (0, 1, null));
        var firstDue = await NextOccurrencesAsync();
        seeding.Stop();

        await using var nodes = new EngineNodes();
        var settings = new Dictionary<string, string>(CommonSettings);
        if (killOne)
        {
            settings["Engine:LeaseSeconds"] = ShortLease.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Engine:HeartbeatSeconds"] = "1";
        }
        for (var n = 1; n <= processes; n++)
        {
            var node = $"engine-{n}";
            nodes.Add(EngineProcess.Start(node, new DatabaseOptions { Provider = Database.Provider, ConnectionString = ConnectionStringFor(node) }, settings));
        }
        await nodes.WhenStartedAsync(TimeSpan.FromSeconds(90));
        var clock = Stopwatch.StartNew();
        KilledNode? killed = null;
        if (killOne)
        {
            await Task.Delay(Window / 2);
            killed = await KillWhileRunningAsync(nodes.All[0], quick);
        }
        var left = Window - clock.Elapsed;
        if (left > TimeSpan.Zero)
            await Task.Delay(left);
        if (killed is not null)
            await WaitUntilRecoveredAsync(killed, [.. quick], TimeSpan.FromSeconds(60));
        var stoppedAt = DateTime.UtcNow;
        var exitCodes = await nodes.StopRunningAsync(TimeSpan.FromSeconds(60));
        Assert.All(exitCodes, exit => Assert.True(exit.Code == 0, $"{exit.Node} exited with {exit.Code}:\n{exit.Output}"));

        await using var db = Database.CreateDbContext();
        return new EngineMinute(
            quick, longTask, endless, firstDue, await NextOccurrencesAsync(),
            await db.Runs.AsNoTracking().OrderBy(r => r.Id).ToListAsync(),
            await db.RunEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync(),
            [.. nodes.All.Select(p => p.Node)], killed, stoppedAt, seeding.Elapsed, Window);
    }

    // Quick runs last 0.2 s and start together each second: the kill waits for runs that started a moment ago, so
    // they are still running when it lands (not finished, or being stored, in between). It waits for three at once;
    // on a loaded machine the victim may seldom hold three, so later one is enough.
    private async Task<KilledNode> KillWhileRunningAsync(EngineProcess victim, IReadOnlyList<int> quick)
    {
        await using (var db = Database.CreateDbContext())
        {
            const int Tries = 3_000;
            for (var tries = 0; tries < Tries; tries++)
            {
                var fresh = DateTime.UtcNow.AddMilliseconds(-100);
                var wanted = tries < Tries / 3 ? 3 : 1;
                if (await db.Runs.CountAsync(r => r.Node == victim.Node && r.State == RunNames.Running && quick.Contains(r.TaskId) && r.StartedAt > fresh) >= wanted)
                    break;
                await Task.Delay(10);
            }
        }
        var at = DateTime.UtcNow;
        await victim.KillAsync();
        // The process is gone: what it left running is now frozen until its leases expire.
        await using var after = Database.CreateDbContext();
        var running = await after.Runs.AsNoTracking().Where(r => r.Node == victim.Node && r.State == RunNames.Running).ToListAsync();
        return new KilledNode(victim.Node, at, running);
    }

    /// <summary>
    /// Waits (bounded) until the killed node's runs are interrupted and those with retries retried to an end, so that
    /// a machine too busy to do it within the minute still shows it; the assertions then say what was found.
    /// </summary>
    private async Task WaitUntilRecoveredAsync(KilledNode killed, HashSet<int> retried, TimeSpan timeout)
    {
        var tasks = killed.Running.Select(r => r.TaskId).Distinct().ToList();
        var waiting = Stopwatch.StartNew();
        while (waiting.Elapsed < timeout)
        {
            await using var db = Database.CreateDbContext();
            var runs = await db.Runs.AsNoTracking().Where(r => tasks.Contains(r.TaskId)).ToListAsync();
            var recovered = killed.Running.All(orphan =>
                runs.Any(r => r.Id == orphan.Id && r.State == RunState.Interrupted.Name())
                && (!retried.Contains(orphan.TaskId) || runs.Any(r =>
                    r.TaskId == orphan.TaskId && r.ScheduledFor == orphan.ScheduledFor && r.Attempt > orphan.Attempt && RunNames.TryState(r.State, out var state) && state.IsFinal())));
            if (recovered)
                return;
            await Task.Delay(250);
        }
    }

    private async Task<Dictionary<int, DateTime>> NextOccurrencesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Tasks.Where(t => t.NextOccurrence != null).ToDictionaryAsync(t => t.Id, t => t.NextOccurrence!.Value);
    }

}

/// <summary>In the PostgreSQL collection only so that it never runs beside the other minute-long engine runs.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SqliteEngineProcessTests(ITestOutputHelper output) : EngineProcessTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();

    [Fact]
    public async Task OneProcess_200TasksEverySecondForAMinute_EachDueOccurrenceOnce_SkipsAndTimeouts()
    {
        var outcome = await RunForAMinuteAsync(processes: 1, killOne: false);
        output.WriteLine(Summary(outcome));

        AssertEachDueOccurrenceOnce(outcome);
        AssertNoOccurrenceRanTwiceAtOnce(outcome);
        AssertRunsSkipsAndTimeouts(outcome);
        Assert.DoesNotContain(outcome.Runs, r => r.State == RunState.Interrupted.Name());
    }

    [Fact]
    public async Task WorkerProcess_EngineSettingsItCannotRunOn_RefusesToStart_NamingTheSetting()
    {
        var database = Database.Options;
        await using var leaseTooShort = EngineProcess.Start("lease", database, new Dictionary<string, string> { ["Engine:LeaseSeconds"] = "2" });
        await using var noTick = EngineProcess.Start("tick", database, new Dictionary<string, string> { ["Engine:TickSeconds"] = "0" });

        var lease = await Assert.ThrowsAsync<InvalidOperationException>(() => leaseTooShort.WhenStartedAsync(TimeSpan.FromSeconds(90)));
        var tick = await Assert.ThrowsAsync<InvalidOperationException>(() => noTick.WhenStartedAsync(TimeSpan.FromSeconds(90)));

        Assert.Contains("Engine settings: The heartbeat (10 s) must be at most half the lease (2 s)", lease.Message, StringComparison.Ordinal);
        Assert.Contains("Engine:TickSeconds must be between 0.001 and 86400 seconds; it is 0.", tick.Message, StringComparison.Ordinal);
        // One line that says so, not a crash with a stack trace.
        Assert.Contains("Platform cannot start: ", tick.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", tick.Message, StringComparison.Ordinal);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresEngineProcessTests(PostgresServer server, ITestOutputHelper output) : EngineProcessTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);

    /// <summary>Each process its own bounded pool, so three of them stay well inside the server's 200 connections.</summary>
    protected override string ConnectionStringFor(string node) =>
        Database.Options.ConnectionString + $";Maximum Pool Size=50;Application Name={node}";

    [Fact]
    public async Task ThreeProcesses_OneKilledHalfway_EachDueOccurrenceOnce_ItsRunsInterruptedAndRetried()
    {
        var outcome = await RunForAMinuteAsync(processes: 3, killOne: true);
        output.WriteLine(Summary(outcome));

        AssertEachDueOccurrenceOnce(outcome);
        AssertNoOccurrenceRanTwiceAtOnce(outcome);
        AssertRunsSkipsAndTimeouts(outcome);
        var killed = outcome.Killed!;
        Assert.NotEmpty(killed.Running);
        var byId = outcome.Runs.ToDictionary(r => r.Id);
        foreach (var orphan in killed.Running.Select(r => byId[r.Id]))
        {
            Assert.Equal(RunState.Interrupted.Name(), orphan.State);
            Assert.Equal(LeaseReaper.Reason, orphan.Reason);
            // Found soon after the lease ran out by a live node's reaper, which runs every heartbeat whatever its scheduler does.
            Assert.True(orphan.FinishedAt - killed.At < ShortLease + TimeSpan.FromSeconds(15), $"run {orphan.Id} was interrupted only at {orphan.FinishedAt:O}");
        }
        Assert.Contains(killed.Running, r => outcome.Quick.Contains(r.TaskId));
        // Every interrupted run of a task with retries was retried: its occurrence ends in a success on a live node.
        foreach (var lost in outcome.Runs.Where(r => r.State == RunState.Interrupted.Name() && outcome.Quick.Contains(r.TaskId)))
        {
            var attempts = outcome.Runs.Where(r => r.TaskId == lost.TaskId && r.ScheduledFor == lost.ScheduledFor).OrderBy(r => r.Attempt).ToList();
            var retry = Assert.Single(attempts, r => r.Attempt == lost.Attempt + 1);
            Assert.Equal(RunTrigger.Retry.Name(), retry.Trigger);
            Assert.Equal("succeeded", attempts[^1].State);
            Assert.NotEqual(killed.Node, attempts[^1].Node);
        }
    }
}
