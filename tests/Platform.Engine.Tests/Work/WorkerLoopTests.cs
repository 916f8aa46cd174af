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
