using Platform.Engine.Scheduling;
using Platform.Engine.Work;

namespace Platform.Engine.Tests.Work;

/// <summary>The reaper on its own loop, as a host runs it: a crashed node's run is recovered without any scheduler tick.</summary>
public sealed class LeaseReaperTests
{
    [Fact]
    public async Task RunAsync_NoSchedulerTicking_InterruptsTheExpiredLeaseOnce_AndQueuesTheRetry()
    {
        var world = new WorkWorld();
        var policies = TaskPolicies.Default with { Retry = new RetryPolicy(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) };
        var task = world.Publish(1, WorkWorld.Quick, new TaskSettings { Policies = policies });
        var now = world.Clock.GetUtcNow();
        await world.Queue.EnqueueAsync([new NewRun(task.TaskId, 1, 1, "live", RunTrigger.Manual, now, 1, now)], default);
        var lease = TimeSpan.FromSeconds(30);
        var crashed = Assert.Single(await world.Queue.ClaimAsync(new ClaimRequest("crashed", 1, now, lease, 4), default));
        var reaper = new LeaseReaper(world.Queue, world.Tasks, world.Clock, new Random(WorkWorld.Seed));
        using var stopping = new CancellationTokenSource();

        var loop = reaper.RunAsync(TimeSpan.FromSeconds(5), stopping.Token);
        await world.AdvanceUntilAsync(
            () => world.RunsOf(1) is [{ State: RunState.Interrupted }, { State: RunState.Queued, Attempt: 2, Trigger: RunTrigger.Retry }],
            TimeSpan.FromSeconds(1), 60, "the reaper's loop recovered the run");
        await stopping.CancelAsync();
        await loop;

        var interrupted = world.Queue.Find(crashed.Run.Id)!;
        Assert.Equal(LeaseReaper.Reason, interrupted.Reason);
        Assert.InRange(interrupted.FinishedAt!.Value, crashed.LeaseExpiresAt, crashed.LeaseExpiresAt + TimeSpan.FromSeconds(6));
        Assert.Single(world.Queue.Transitions(), t => t.RunId == crashed.Run.Id && t.To == RunState.Interrupted);
    }
}
