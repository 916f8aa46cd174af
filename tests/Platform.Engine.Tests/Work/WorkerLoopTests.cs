using System.Collections.Concurrent;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Work;

namespace Platform.Engine.Tests.Work;

/// <summary>The worker as a host runs it: its own loop, woken when work arrives, and the live output of a run.</summary>
public sealed class WorkerLoopTests
{
    private const string Logging = """
        debug.log { value = "first" }
        debug.log { value = "second" }
        """;

    [Fact]
    public async Task RunAsync_Woken_RunsWhatWasQueuedWithoutWaitingForThePoll()
    {
        var world = new WorkWorld();
        var task = world.Publish(1, WorkWorld.Quick);
        var worker = world.Worker(adjust: o => o with { PollInterval = TimeSpan.FromHours(1) });
        using var stopping = new CancellationTokenSource();
        var loop = worker.RunAsync(stopping.Token);
        await Task.Delay(10);

        var now = world.Clock.GetUtcNow();
        await world.Queue.EnqueueAsync([new NewRun(task.TaskId, 1, 1, "live", RunTrigger.Manual, now, 1, now)], default);
        worker.Wake();

        await WorkWorld.EventuallyAsync(() => world.RunsOf(1) is [{ State: RunState.Succeeded }], "the woken worker ran the run");
        await stopping.CancelAsync();
        await loop;
    }

    [Fact]
    public async Task RunAsync_NotWoken_FindsQueuedWorkAtThePollInterval()
    {
        var world = new WorkWorld();
        var task = world.Publish(1, WorkWorld.Quick);
        var worker = world.Worker();
        using var stopping = new CancellationTokenSource();
        var loop = worker.RunAsync(stopping.Token);
        await Task.Delay(10);

        var now = world.Clock.GetUtcNow();
        await world.Queue.EnqueueAsync([new NewRun(task.TaskId, 1, 1, "live", RunTrigger.Api, now, 1, now)], default);
        await world.AdvanceUntilAsync(() => world.RunsOf(1) is [{ State: RunState.Succeeded }], TimeSpan.FromSeconds(1), 10, "the poll found the run");

        await stopping.CancelAsync();
        await loop;
    }

    [Fact]
    public async Task RunAsync_ARunQueuedAhead_StartsWhenItFallsDue_NotAtThePollInterval()
    {
        var world = new WorkWorld();
        var task = world.Publish(1, WorkWorld.Quick);
        var worker = world.Worker(adjust: o => o with { PollInterval = TimeSpan.FromHours(1) });
        var due = world.Clock.GetUtcNow().AddSeconds(2);
        await world.Queue.EnqueueAsync([new NewRun(task.TaskId, 1, 1, "live", RunTrigger.Schedule, due, 1, due)], default);
        using var stopping = new CancellationTokenSource();
        var loop = worker.RunAsync(stopping.Token);
        await Task.Delay(10);

        await world.AdvanceUntilAsync(() => world.RunsOf(1) is [{ State: RunState.Succeeded }], TimeSpan.FromMilliseconds(500), 10, "the run started when due");

        Assert.True(world.RunsOf(1)[0].StartedAt >= due, "A run queued ahead started before its instant.");
        await stopping.CancelAsync();
        await loop;
    }

    [Fact]
    public async Task RunAsync_ARunFallsDueWhileTheClaimIsUnderWay_StartsWithoutWaitingForThePoll()
    {
        var world = new WorkWorld();
        var task = world.Publish(1, WorkWorld.Quick);
        var slowClaims = new SlowClaims(world.Queue, world.Clock, TimeSpan.FromSeconds(1));
        var worker = new Worker(
            new WorkerPorts(slowClaims, world.Tasks, world.Environments), world.Options with { PollInterval = TimeSpan.FromHours(1) }, world.Clock, new Random(1), world.Compiled);
        var due = world.Clock.GetUtcNow().AddSeconds(0.5);
        await world.Queue.EnqueueAsync([new NewRun(task.TaskId, 1, 1, "live", RunTrigger.Schedule, due, 1, due)], default);
        using var stopping = new CancellationTokenSource();

        var loop = worker.RunAsync(stopping.Token);

        await WorkWorld.EventuallyAsync(() => world.RunsOf(1) is [{ State: RunState.Succeeded }], "the run that fell due during the claim ran");
        await stopping.CancelAsync();
        await loop;
    }

    /// <summary>A queue whose claims take a while on the (fake) clock: the time a real claim's round trips take.</summary>
    private sealed class SlowClaims(IRunQueue queue, Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, TimeSpan claimTakes) : IRunQueue
    {
        public async Task<IReadOnlyList<ClaimedRun>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
        {
            var claimed = await queue.ClaimAsync(request, cancellationToken);
            clock.Advance(claimTakes);
            return claimed;
        }

        public Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<NewRun> runs, CancellationToken cancellationToken) => queue.EnqueueAsync(runs, cancellationToken);

        public Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken cancellationToken) => queue.NextDueAsync(after, cancellationToken);

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

        public Task<CancelOutcome> CancelAsync(long runId, DateTimeOffset now, CancellationToken cancellationToken) => queue.CancelAsync(runId, now, cancellationToken);
    }

    [Fact]
    public async Task Output_LogEntriesAndStepsArriveAsTheRunGoes()
    {
        var world = new WorkWorld();
        var sink = new RecordingSink();
        var task = world.Publish(1, Logging);
        var worker = new Worker(new WorkerPorts(world.Queue, world.Tasks, world.Environments, sink), world.Options, world.Clock, new Random(1), world.Compiled);
        var now = world.Clock.GetUtcNow();
        var run = Assert.Single(await world.Queue.EnqueueAsync([new NewRun(task.TaskId, 1, 1, "live", RunTrigger.Manual, now, 1, now)], default));

        await WorkWorld.DrainAsync(worker);

        Assert.Equal(
            [$"started {run}", $"log {run} \"first\"", $"step {run} debug.log", $"log {run} \"second\"", $"step {run} debug.log", $"finished {run} Succeeded"],
            sink.Events);
    }

    private sealed class RecordingSink : IRunOutputSink
    {
        private readonly ConcurrentQueue<string> _events = new();

        public IReadOnlyList<string> Events => [.. _events];

        public void OnStarted(RunRecord run) => _events.Enqueue($"started {run.Id}");

        public void OnLog(long runId, LogEntry entry) => _events.Enqueue($"log {runId} {entry.Value}");

        public void OnStep(long runId, TraceStep executed) => _events.Enqueue($"step {runId} {executed.Kind}");

        public void OnFinished(long runId, RunState state) => _events.Enqueue($"finished {runId} {state}");
    }
}
