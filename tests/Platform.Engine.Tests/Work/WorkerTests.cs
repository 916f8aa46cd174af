using Platform.Engine.Scheduling;
using Platform.Engine.Work;

namespace Platform.Engine.Tests.Work;

/// <summary>The worker: time-outs, retries with backoff, leases and their recovery, workspace fairness, stopping, cancelling.</summary>
public sealed class WorkerTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static TaskSettings Settings(TaskPolicies policies) => new() { Policies = policies };

    private static async Task<long> EnqueueAsync(WorkWorld world, PublishedTask task, RunTrigger trigger = RunTrigger.Manual)
    {
        var now = world.Clock.GetUtcNow();
        var ids = await world.Queue.EnqueueAsync([new NewRun(task.TaskId, task.WorkspaceId, task.Version, task.Datasource, trigger, now, 1, now)], default);
        return Assert.Single(ids);
    }

    private static bool IsFinal(WorkWorld world, long runId) => world.Queue.Find(runId)!.State.IsFinal();

    [Fact]
    public async Task Run_QuickTask_SucceedsWithItsResultAndTimings()
    {
        var world = new WorkWorld();
        var run = await EnqueueAsync(world, world.Publish(1, WorkWorld.Quick));
        var worker = world.Worker();

        await WorkWorld.DrainAsync(worker);

        var record = world.Queue.Find(run)!;
        Assert.Equal((RunState.Succeeded, RunTrigger.Manual, 1), (record.State, record.Trigger, record.Attempt));
        Assert.Equal(WorkWorld.Start, record.StartedAt);
        Assert.NotNull(record.Result);
        Assert.Null(record.Lease);
        Assert.Equal(
            [(null, RunState.Queued), (RunState.Queued, RunState.Running), (RunState.Running, RunState.Succeeded)],
            world.Queue.Transitions().Where(t => t.RunId == run).Select(t => ((RunState?)t.From, t.To)));
    }

    [Fact]
    public async Task Timeout_StopsAnEndlessTask_TimedOut()
    {
        var world = new WorkWorld();
        var task = world.Publish(1, WorkWorld.Endless, Settings(TaskPolicies.Default with { Timeout = TimeSpan.FromSeconds(5) }));
        var run = await EnqueueAsync(world, task);
        var worker = world.Worker();

        await worker.PollAsync();
        await world.AdvanceUntilAsync(() => IsFinal(world, run), Second, 60, "the endless run stops");

        var record = world.Queue.Find(run)!;
        Assert.Equal(RunState.TimedOut, record.State);
        Assert.Equal("wall_time", record.Result!.Failure!.Limit);
        Assert.Contains("5 seconds", record.Result.Failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_LongerThanTheWorkspaceAllows_IsCappedByTheWorkspace()
    {
        var world = new WorkWorld(workspaceMaximum: TimeSpan.FromSeconds(3));
        var run = await EnqueueAsync(world, world.Publish(1, WorkWorld.Endless));
        var worker = world.Worker();

        await worker.PollAsync();
        await world.AdvanceUntilAsync(() => IsFinal(world, run), Second, 60, "the endless run stops");

        Assert.Contains("3 seconds", world.Queue.Find(run)!.Result!.Failure!.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retries_FailedRun_BacksOffWithJitterThenGivesUp()
    {
        var world = new WorkWorld();
        var retry = new RetryPolicy(2, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60));
        var first = await EnqueueAsync(world, world.Publish(1, WorkWorld.Failing, Settings(TaskPolicies.Default with { Retry = retry })));
        var worker = world.Worker();
        var jitter = new Random(WorkWorld.Seed);
        var firstDelay = retry.DelayBefore(1, jitter);
        var secondDelay = retry.DelayBefore(2, jitter);

        await WorkWorld.DrainAsync(worker);
        var second = world.RunsOf(1)[1];
        Assert.Equal((RunTrigger.Retry, 2, WorkWorld.Start + firstDelay), (second.Trigger, second.Attempt, second.NotBefore));
        world.Clock.Advance(firstDelay - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await worker.PollAsync());
        world.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await WorkWorld.DrainAsync(worker);
        world.Clock.Advance(secondDelay);
        await WorkWorld.DrainAsync(worker);

        var runs = world.RunsOf(1);
        Assert.Equal([1, 2, 3], runs.Select(r => r.Attempt));
        Assert.All(runs, r => Assert.Equal((RunState.Failed, WorkWorld.Start), (r.State, r.ScheduledFor)));
        Assert.Equal(WorkWorld.Start + firstDelay + secondDelay, runs[2].NotBefore);
        Assert.Equal(first, runs[0].Id);
        Assert.Equal("Nothing to do", runs[0].Result!.Failure!.Error.Message);
    }

    [Fact]
    public async Task LeaseExpiry_CrashedNode_RunIsInterruptedAndRetried()
    {
        var world = new WorkWorld();
        var retry = new RetryPolicy(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var run = await EnqueueAsync(world, world.Publish(1, WorkWorld.Quick, Settings(TaskPolicies.Default with { Retry = retry })));
        var crashed = Assert.Single(await world.Queue.ClaimAsync(new ClaimRequest("crashed", 1, world.Clock.GetUtcNow(), TimeSpan.FromSeconds(30), 4), default));

        world.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, (await world.Scheduler.TickAsync()).Reaped);
        world.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, (await world.Scheduler.TickAsync()).Reaped);
        world.Clock.Advance(Second);
        await WorkWorld.DrainAsync(world.Worker());

        var runs = world.RunsOf(1);
        Assert.Equal([(RunState.Interrupted, 1), (RunState.Succeeded, 2)], runs.Select(r => (r.State, r.Attempt)));
        Assert.Equal(LeaseReaper.Reason, runs[0].Reason);
        Assert.Equal("node-1", world.Queue.Transitions().Single(t => t.RunId == runs[1].Id && t.To == RunState.Running).Node);
        var late = new RunCompletion(run, crashed.Lease, RunState.Succeeded, world.Clock.GetUtcNow(), null);
        Assert.False(await world.Queue.CompleteAsync(late, null, default));
        Assert.Equal(RunState.Interrupted, world.Queue.Find(run)!.State);
    }

    [Fact]
    public async Task Heartbeat_ALongRunKeepsItsLeasePastTheLeaseDuration()
    {
        var world = new WorkWorld();
        var run = await EnqueueAsync(world, world.Publish(1, WorkWorld.Endless));
        var worker = world.Worker();
        await worker.PollAsync();

        for (var second = 0; second < 90; second++)
        {
            world.Clock.Advance(Second);
            await Task.Delay(1);
            await world.Scheduler.TickAsync();
        }

        Assert.Equal(RunState.Running, world.Queue.Find(run)!.State);
        Assert.True(world.Queue.Find(run)!.LeaseExpiresAt > world.Clock.GetUtcNow());
        Assert.True(worker.Cancel(run));
        await worker.WhenRunsFinishedAsync();
        Assert.Equal(RunState.Cancelled, world.Queue.Find(run)!.State);
    }

    [Fact]
    public async Task PerWorkspaceLimit_OneBusyWorkspaceLeavesRoomForOthers()
    {
        var world = new WorkWorld();
        var busy = new List<long>();
        for (var task = 1; task <= 4; task++)
            busy.Add(await EnqueueAsync(world, world.Publish(task, WorkWorld.Endless, workspaceId: 1)));
        var other = await EnqueueAsync(world, world.Publish(5, WorkWorld.Endless, workspaceId: 2));
        var worker = world.Worker(adjust: o => o with { MaxConcurrentRuns = 4, PerWorkspaceLimit = 2 });

        Assert.Equal(3, await worker.PollAsync());

        var states = world.Queue.Runs().ToDictionary(r => r.Id, r => r.State);
        Assert.Equal([RunState.Running, RunState.Running, RunState.Queued, RunState.Queued], busy.Select(id => states[id]));
        Assert.Equal(RunState.Running, states[other]);
        foreach (var id in busy.Take(2).Append(other))
            worker.Cancel(id);
        await worker.WhenRunsFinishedAsync();
    }

    [Fact]
    public async Task GracefulStop_HandsBackARunningRun_AnotherNodeRunsAndCancelsIt()
    {
        var world = new WorkWorld();
        var run = await EnqueueAsync(world, world.Publish(1, WorkWorld.Endless));
        var leaving = world.Worker("node-1");
        await leaving.PollAsync();

        var stopping = leaving.StopAsync(TimeSpan.FromSeconds(5));
        await world.AdvanceUntilAsync(() => stopping.IsCompleted, Second, 30, "the worker stops");
        await stopping;

        var handedBack = world.Queue.Find(run)!;
        Assert.Equal((RunState.Queued, 1, (string?)null), (handedBack.State, handedBack.Attempt, handedBack.Node));
        Assert.Equal(0, await leaving.PollAsync());
        var staying = world.Worker("node-2");
        Assert.Equal(1, await staying.PollAsync());
        Assert.Equal("node-2", world.Queue.Find(run)!.Node);

        Assert.Equal(CancelOutcome.Requested, await world.Queue.CancelAsync(run, world.Clock.GetUtcNow(), default));
        await world.AdvanceUntilAsync(() => IsFinal(world, run), Second, 30, "the cancelled run stops");
        Assert.Equal(RunState.Cancelled, world.Queue.Find(run)!.State);
    }

    [Fact]
    public async Task GracefulStop_QuickRunFinishesWithinTheGrace()
    {
        var world = new WorkWorld();
        var run = await EnqueueAsync(world, world.Publish(1, WorkWorld.Quick));
        var worker = world.Worker();
        await worker.PollAsync();

        await worker.StopAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(RunState.Succeeded, world.Queue.Find(run)!.State);
    }

    [Fact]
    public async Task GracefulStop_WhileAClaimIsInFlight_WaitsForTheRunsThatClaimStarts()
    {
        var world = new WorkWorld();
        var run = await EnqueueAsync(world, world.Publish(1, WorkWorld.Quick));
        var queue = new HeldClaims(world.Queue);
        var worker = new Worker(new WorkerPorts(queue, world.Tasks, world.Environments), world.Options, world.Clock, new Random(1), world.Compiled);
        var polling = worker.PollAsync();
        await queue.Claiming;

        var stopping = worker.StopAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        Assert.False(stopping.IsCompleted, "The stop ended while a claim was still bringing in a run.");
        queue.Release();
        Assert.Equal(1, await polling);
        await stopping;

        Assert.Equal(0, worker.RunningCount);
        Assert.Equal(RunState.Succeeded, world.Queue.Find(run)!.State);
    }

    [Fact]
    public async Task Cancel_QueuedRun_IsCancelledAndNeverClaimed()
    {
        var world = new WorkWorld();
        var run = await EnqueueAsync(world, world.Publish(1, WorkWorld.Quick));

        Assert.Equal(CancelOutcome.Cancelled, await world.Queue.CancelAsync(run, world.Clock.GetUtcNow(), default));

        Assert.Equal(0, await world.Worker().PollAsync());
        Assert.Equal(RunState.Cancelled, world.Queue.Find(run)!.State);
        Assert.Equal(CancelOutcome.NotCancellable, await world.Queue.CancelAsync(run, world.Clock.GetUtcNow(), default));
    }

    [Fact]
    public async Task DeletedTask_QueuedRunFailsWithAMessage()
    {
        var world = new WorkWorld();
        var run = await EnqueueAsync(world, world.Publish(1, WorkWorld.Quick));
        world.Tasks.Delete(1);

        await WorkWorld.DrainAsync(world.Worker());

        var record = world.Queue.Find(run)!;
        Assert.Equal(RunState.Failed, record.State);
        Assert.Contains("deleted", record.Result!.Failure!.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_SameOccurrenceTwice_AddsOneRun()
    {
        var world = new WorkWorld();
        var task = world.Publish(1, WorkWorld.Quick);
        var at = world.Clock.GetUtcNow();
        var run = new NewRun(1, 1, 1, "live", RunTrigger.Api, at, 1, at);

        Assert.Single(await world.Queue.EnqueueAsync([run, run], default));
        Assert.Empty(await world.Queue.EnqueueAsync([run], default));
        Assert.Single(world.RunsOf(task.TaskId));
    }

    [Fact]
    public void Options_HeartbeatNotWellUnderTheLease_AreRefused()
    {
        var world = new WorkWorld();

        var error = Assert.Throws<ArgumentException>(() => world.Worker(adjust: o => o with { HeartbeatInterval = TimeSpan.FromSeconds(20) }));

        Assert.Contains("half the lease", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A queue whose claims wait until released, to stop a worker in the middle of one.</summary>
    private sealed class HeldClaims(IRunQueue queue) : IRunQueue
    {
        private readonly TaskCompletionSource _claiming = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Claiming => _claiming.Task;

        public void Release() => _released.TrySetResult();

        public async Task<IReadOnlyList<ClaimedRun>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
        {
            _claiming.TrySetResult();
            await _released.Task;
            return await queue.ClaimAsync(request, cancellationToken);
        }

        public Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<NewRun> runs, CancellationToken cancellationToken) =>
            queue.EnqueueAsync(runs, cancellationToken);

        public Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken cancellationToken) =>
            queue.NextDueAsync(after, cancellationToken);

        public Task<LeaseStatus> RenewLeaseAsync(long runId, Guid lease, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
            queue.RenewLeaseAsync(runId, lease, expiresAt, cancellationToken);

        public Task<bool> CompleteAsync(RunCompletion completion, NewRun? retry, CancellationToken cancellationToken) =>
            queue.CompleteAsync(completion, retry, cancellationToken);

        public Task<bool> ReleaseAsync(long runId, Guid lease, DateTimeOffset at, string reason, CancellationToken cancellationToken) =>
            queue.ReleaseAsync(runId, lease, at, reason, cancellationToken);

        public Task<IReadOnlyList<RunRecord>> FindExpiredLeasesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
            queue.FindExpiredLeasesAsync(now, limit, cancellationToken);

        public Task<bool> InterruptAsync(long runId, Guid lease, DateTimeOffset now, string reason, NewRun? retry, CancellationToken cancellationToken) =>
            queue.InterruptAsync(runId, lease, now, reason, retry, cancellationToken);

        public Task<CancelOutcome> CancelAsync(long runId, DateTimeOffset now, CancellationToken cancellationToken) =>
            queue.CancelAsync(runId, now, cancellationToken);
    }
}
