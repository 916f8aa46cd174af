using Platform.Engine.Scheduling;
using Platform.Engine.Work;
using Platform.Engine.Work.InMemory;

namespace Platform.Engine.Tests.Work;

/// <summary>Several schedulers and workers on one queue: every due occurrence gets exactly one record.</summary>
public sealed class ScaleOutTests
{
    private const int Tasks = 200;
    private const int Seconds = 60;

    [Fact]
    public async Task ThreeWorkersTwoSchedulers_200TasksEverySecondFor60Seconds_EachOccurrenceExactlyOnce()
    {
        var world = new WorkWorld();
        for (var task = 1; task <= Tasks; task++)
            world.Publish(task, WorkWorld.Quick, workspaceId: task % 10, events: (0, 1, null));
        var secondScheduler = new SchedulerLoop(world.Tasks, world.Compiled, world.Clock, new SchedulerOptions { BatchSize = 64 });
        var workers = Enumerable.Range(1, 3).Select(n => world.Worker($"node-{n}", o => o with { MaxConcurrentRuns = 16, PerWorkspaceLimit = 6 })).ToArray();

        for (var second = 0; second <= Seconds; second++)
        {
            if (second > 0)
                world.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAll(world.Scheduler.TickAsync(), secondScheduler.TickAsync());
            await Task.WhenAll(workers.Select(WorkWorld.DrainAsync));
        }

        AssertEachOccurrenceOnce(world.Queue);
        AssertNoRunClaimedTwice(world.Queue);
        AssertLimitsHeldThroughout(world.Queue, perWorkspace: 6);
        Assert.All(world.Queue.Runs(), r => Assert.Contains(r.State, new[] { RunState.Succeeded, RunState.Skipped }));
        var nodes = world.Queue.Transitions().Where(t => t.To == RunState.Running).Select(t => t.Node).ToHashSet();
        Assert.All(workers, w => Assert.Contains(w.Node, nodes));
    }

    [Fact]
    public async Task ANodeDiesMidway_ItsRunsAreInterruptedAndRetried_StillEachOccurrenceOnce()
    {
        var world = new WorkWorld();
        var settings = new TaskSettings { Policies = TaskPolicies.Default with { Retry = new(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) } };
        for (var task = 1; task <= Tasks; task++)
            world.Publish(task, WorkWorld.Quick, settings, workspaceId: task % 10, events: (0, 1, null));
        var workers = Enumerable.Range(1, 2).Select(n => world.Worker($"node-{n}", o => o with { MaxConcurrentRuns = 16, PerWorkspaceLimit = 20 })).ToArray();
        IReadOnlyList<ClaimedRun> lost = [];

        for (var second = 0; second <= Seconds; second++)
        {
            if (second > 0)
                world.Clock.Advance(TimeSpan.FromSeconds(1));
            await world.Scheduler.TickAsync();
            if (second == 10)
                lost = await world.Queue.ClaimAsync(new ClaimRequest("killed", 16, world.Clock.GetUtcNow(), TimeSpan.FromSeconds(30), 20), default);
            await Task.WhenAll(workers.Select(WorkWorld.DrainAsync));
        }

        Assert.Equal(16, lost.Count);
        var runs = world.Queue.Runs();
        var firstAttempts = runs.Where(r => r.Attempt == 1).ToList();
        Assert.Equal(Tasks * (Seconds + 1), firstAttempts.Count);
        Assert.Equal(firstAttempts.Count, firstAttempts.Select(r => (r.TaskId, r.ScheduledFor)).Distinct().Count());
        Assert.All(lost, l => Assert.Equal(RunState.Interrupted, world.Queue.Find(l.Run.Id)!.State));
        var retries = runs.Where(r => r.Attempt == 2).ToList();
        Assert.Equal(lost.Select(l => (l.Run.TaskId, l.Run.ScheduledFor)).Order(), retries.Select(r => (r.TaskId, r.ScheduledFor)).Order());
        Assert.All(retries, r => Assert.Equal(RunState.Succeeded, r.State));
        AssertNoRunClaimedTwice(world.Queue);
    }

    private static void AssertEachOccurrenceOnce(InMemoryRunQueue queue)
    {
        var expected = Enumerable.Range(1, Tasks)
            .SelectMany(task => Enumerable.Range(0, Seconds + 1).Select(s => (task, WorkWorld.Start.AddSeconds(s))))
            .ToHashSet();
        var records = queue.Runs().Select(r => (r.TaskId, r.ScheduledFor)).ToList();

        Assert.Equal(expected.Count, records.Count);
        Assert.True(expected.SetEquals(records), "records and due occurrences differ");
    }

    /// <summary>Replays the transitions (appended in order under the queue's lock) counting what ran at once.</summary>
    private static void AssertLimitsHeldThroughout(InMemoryRunQueue queue, int perWorkspace)
    {
        var runs = queue.Runs().ToDictionary(r => r.Id);
        var byTask = new Dictionary<int, int>();
        var byWorkspace = new Dictionary<int, int>();
        foreach (var transition in queue.Transitions())
        {
            var run = runs[transition.RunId];
            var delta = transition.To == RunState.Running ? 1 : transition.From == RunState.Running ? -1 : 0;
            byTask[run.TaskId] = byTask.GetValueOrDefault(run.TaskId) + delta;
            byWorkspace[run.WorkspaceId] = byWorkspace.GetValueOrDefault(run.WorkspaceId) + delta;
            Assert.InRange(byTask[run.TaskId], 0, 1);
            Assert.InRange(byWorkspace[run.WorkspaceId], 0, perWorkspace);
        }
    }

    private static void AssertNoRunClaimedTwice(InMemoryRunQueue queue)
    {
        var claims = queue.Transitions().Where(t => t.To == RunState.Running).GroupBy(t => t.RunId);

        Assert.All(claims, c => Assert.Single(c));
    }
}
