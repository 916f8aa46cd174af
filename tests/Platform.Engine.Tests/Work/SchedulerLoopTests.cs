using Platform.Engine.Scheduling;
using Platform.Engine.Work;

namespace Platform.Engine.Tests.Work;

/// <summary>The scheduler through its ports: schedules become run records, overlap and missed runs per policy.</summary>
public sealed class SchedulerLoopTests
{
    private static TaskSettings Settings(TaskPolicies policies) => new() { Policies = policies };

    private static List<DateTimeOffset> Scheduled(IEnumerable<RunRecord> runs) => [.. runs.Select(r => r.ScheduledFor)];

    private static DateTimeOffset At(double seconds) => WorkWorld.Start.AddSeconds(seconds);

    [Fact]
    public async Task Interval_WithEndsOn_RunsEachSlotUntilTheEnd()
    {
        var world = new WorkWorld();
        world.Publish(1, WorkWorld.Quick, events: (0, 10, 30));

        await world.RunForAsync(60, world.Worker());

        var runs = world.RunsOf(1);
        Assert.Equal([At(0), At(10), At(20), At(30)], Scheduled(runs));
        Assert.All(runs, r => Assert.Equal(RunState.Succeeded, r.State));
        Assert.Null(world.Tasks.NextOccurrence(1));
    }

    [Fact]
    public async Task SeveralEvents_RunTheirUnion_ASharedInstantOnce()
    {
        var world = new WorkWorld();
        world.Publish(1, WorkWorld.Quick, events: [(0, 20, null), (10, 20, null), (0, null, null), (25, null, null)]);

        await world.RunForAsync(40, world.Worker());

        Assert.Equal([At(0), At(10), At(20), At(25), At(30), At(40)], Scheduled(world.RunsOf(1)));
    }

    [Fact]
    public async Task PublishedAfterAPastStart_BeginsAtTheNextSlot()
    {
        var world = new WorkWorld();
        world.Clock.Advance(TimeSpan.FromSeconds(25));
        world.Publish(1, WorkWorld.Quick, events: (0, 10, null));

        await world.RunForAsync(10, world.Worker());

        Assert.Equal([At(30)], Scheduled(world.RunsOf(1)));
    }

    [Fact]
    public async Task OverlapSkip_ALongRunHolds_LaterOccurrencesAreSkippedWithTheReason()
    {
        var world = new WorkWorld();
        world.Publish(1, WorkWorld.Endless, events: (0, 1, null));
        var worker = world.Worker();

        await world.ClaimForAsync(5, worker);

        var runs = world.RunsOf(1);
        Assert.Equal(RunState.Running, runs[0].State);
        Assert.Equal([At(1), At(2), At(3), At(4), At(5)], Scheduled(runs.Skip(1)));
        Assert.All(runs.Skip(1), r => Assert.Equal((RunState.Skipped, SkipReasons.PreviousRunning), (r.State, r.Reason)));
        Assert.True(worker.Cancel(runs[0].Id));
        await worker.WhenRunsFinishedAsync();
        Assert.Equal(RunState.Cancelled, world.Queue.Find(runs[0].Id)!.State);
    }

    [Fact]
    public async Task OverlapQueueOne_OneWaitsBehindTheLongRun_TheRestAreSkipped()
    {
        var world = new WorkWorld();
        world.Publish(1, WorkWorld.Endless, Settings(TaskPolicies.Default with { Overlap = OverlapPolicy.QueueOne }), events: (0, 1, null));
        var worker = world.Worker();

        await world.ClaimForAsync(4, worker);

        var runs = world.RunsOf(1);
        Assert.Equal([RunState.Running, RunState.Queued, RunState.Skipped, RunState.Skipped, RunState.Skipped], runs.Select(r => r.State));
        Assert.Equal([At(0), At(1), At(2), At(3), At(4)], Scheduled(runs));
        Assert.All(runs.Skip(2), r => Assert.Equal(SkipReasons.RunWaiting, r.Reason));
        worker.Cancel(runs[0].Id);
        await worker.WhenRunsFinishedAsync();
    }

    [Theory]
    [InlineData(MissedRunPolicy.RunOnce, 1)]
    [InlineData(MissedRunPolicy.SkipAll, 0)]
    public async Task AfterDowntime_MissedOccurrencesFollowThePolicy(MissedRunPolicy missed, int catchUpRuns)
    {
        var world = new WorkWorld();
        world.Publish(1, WorkWorld.Quick, Settings(TaskPolicies.Default with { MissedRuns = missed }), events: (0, 3600, null));
        var worker = world.Worker();
        await world.RunForAsync(0, worker);

        // The engine is down from 10:00:01 to 15:45: the 11:00 … 15:00 occurrences pass without a tick.
        world.Clock.Advance(TimeSpan.FromHours(5.75));
        await world.RunForAsync(0, worker);

        var afterDowntime = world.RunsOf(1).Skip(1).ToList();
        Assert.Equal(catchUpRuns, afterDowntime.Count);
        Assert.All(afterDowntime, r => Assert.Equal((At(5 * 3600), RunState.Succeeded), (r.ScheduledFor, r.State)));
        Assert.Equal(At(6 * 3600), world.Tasks.NextOccurrence(1));
    }

    [Fact]
    public async Task Deactivated_NoRuns_ReactivatedFromTheNextSlot()
    {
        var world = new WorkWorld();
        world.Publish(1, WorkWorld.Quick, events: (0, 10, null));
        var worker = world.Worker();
        await world.RunForAsync(5, worker);

        world.Tasks.SetActive(1, false);
        await world.RunForAsync(30, worker);
        world.Tasks.SetActive(1, true);
        await world.RunForAsync(10, worker);

        Assert.Equal([At(0), At(40)], Scheduled(world.RunsOf(1)));
    }

    [Fact]
    public async Task TwoSchedulers_PlanningTheSameTask_OnlyOneCommits()
    {
        var world = new WorkWorld();
        world.Publish(1, WorkWorld.Quick, events: (0, 1, null));
        var other = new SchedulerLoop(world.Tasks, world.Compiled, world.Clock, new SchedulerOptions());

        var ticks = await Task.WhenAll(world.Scheduler.TickAsync(), other.TickAsync());

        Assert.Equal(1, ticks.Sum(t => t.Planned));
        Assert.Single(world.RunsOf(1));
    }

    [Fact]
    public async Task PlannedAhead_QueuedBeforeItsInstant_NeverClaimedBeforeIt()
    {
        var world = new WorkWorld();
        world.Publish(1, WorkWorld.Quick, events: (10, null, null));
        var worker = world.Worker();

        world.Clock.Advance(TimeSpan.FromSeconds(9.5));
        var tick = await world.Scheduler.TickAsync();
        var claimedEarly = await worker.PollAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(0.5));
        await WorkWorld.DrainAsync(worker);

        Assert.Equal((1, 0), (tick.Enqueued, claimedEarly));
        var run = Assert.Single(world.RunsOf(1));
        Assert.Equal((At(10), At(10), At(10), RunState.Succeeded), (run.ScheduledFor, run.NotBefore, run.StartedAt, run.State));
    }

    [Fact]
    public async Task PlannedAhead_NotWhileARunIsPending_TheOverlapPolicyDecidesWhenItIsDue()
    {
        var world = new WorkWorld();
        world.Publish(1, WorkWorld.Endless, events: (0, 1, null));
        var worker = world.Worker();
        await world.Scheduler.TickAsync();
        await worker.PollAsync();

        world.Clock.Advance(TimeSpan.FromSeconds(0.5));
        var early = await world.Scheduler.TickAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(0.5));
        var due = await world.Scheduler.TickAsync();

        Assert.Equal((0, 0, 1), (early.Planned, due.Enqueued, due.Skipped));
        Assert.Equal([RunState.Running, RunState.Skipped], world.RunsOf(1).Select(r => r.State));
        worker.Cancel(world.RunsOf(1)[0].Id);
        await worker.WhenRunsFinishedAsync();
    }
}
