using Microsoft.Extensions.Time.Testing;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Scheduling;
using Platform.Engine.Work;
using Platform.Engine.Work.InMemory;

namespace Platform.Engine.Tests.Work;

/// <summary>
/// An engine in memory on a fake clock: queue, task source, scheduler and workers. Time moves only when a test
/// moves it; heartbeats, time-outs and grace periods are timers on that clock.
/// </summary>
internal sealed class WorkWorld
{
    /// <summary>Wednesday 2025-01-15 10:00:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);

    public const int Seed = 7;

    public const string Quick = "var $x { value = 1 }";

    public const string Endless = """
        var $i { value = 0 }
        while (true) {
          each {
            var.update $i { value = $i + 1 }
          }
        }
        """;

    public const string Failing = """
        precondition (false) {
          error = "Nothing to do"
        }
        """;

    public WorkWorld(TimeSpan? workspaceMaximum = null)
    {
        Clock = new FakeTimeProvider(Start);
        Queue = new InMemoryRunQueue(Clock);
        Tasks = new InMemoryTaskSource(Queue, Clock, Compiled);
        Environments = new TestEnvironments(workspaceMaximum ?? TimeSpan.FromHours(1));
        Scheduler = new SchedulerLoop(Tasks, Compiled, Clock, new SchedulerOptions(), new LeaseReaper(Queue, Tasks, Clock, new Random(Seed)));
    }

    public FakeTimeProvider Clock { get; }

    public CompiledTaskCache Compiled { get; } = new();

    public InMemoryRunQueue Queue { get; }

    public InMemoryTaskSource Tasks { get; }

    public TestEnvironments Environments { get; }

    public SchedulerLoop Scheduler { get; }

    public WorkerOptions Options { get; set; } = new()
    {
        Node = "node-1",
        MaxConcurrentRuns = 8,
        PerWorkspaceLimit = 8,
        LeaseDuration = TimeSpan.FromSeconds(30),
        HeartbeatInterval = TimeSpan.FromSeconds(10),
    };

    public Worker Worker(string node = "node-1", Func<WorkerOptions, WorkerOptions>? adjust = null)
    {
        var options = Options with { Node = node };
        return new Worker(new WorkerPorts(Queue, Tasks, Environments), adjust?.Invoke(options) ?? options, Clock, new Random(Seed), Compiled);
    }

    /// <summary>A task script with a stack and schedule events, each (seconds after <see cref="Start"/>, frequency, ends after).</summary>
    public static string Script(string name, string stack, params (int StartsIn, int? Freq, int? EndsIn)[] events)
    {
        var schedule = string.Join(", ", events.Select(Event));
        return $$"""
            task {{name}} {
              stack {
                {{stack.Replace("\n", "\n    ", StringComparison.Ordinal)}}
              }

              schedule = [{{schedule}}]
            }

            """;
    }

    public PublishedTask Publish(int taskId, string stack, TaskSettings? settings = null, int workspaceId = 1, params (int StartsIn, int? Freq, int? EndsIn)[] events)
    {
        var task = new PublishedTask(taskId, workspaceId, 1, Script($"task_{taskId}", stack, events), settings ?? TaskSettings.Default, "live");
        Tasks.Publish(task);
        return task;
    }

    /// <summary>Moves the clock in steps (firing timers in order) and lets the thread pool react after each.</summary>
    public async Task AdvanceAsync(TimeSpan by, TimeSpan? step = null)
    {
        var size = step ?? by;
        for (var moved = TimeSpan.Zero; moved < by; moved += size)
        {
            Clock.Advance(size < by - moved ? size : by - moved);
            await Task.Delay(1);
        }
    }

    /// <summary>Claims and runs until the worker finds nothing more it may claim.</summary>
    public static async Task DrainAsync(Worker worker)
    {
        while (await worker.PollAsync() > 0)
            await worker.WhenRunsFinishedAsync();
        await worker.WhenRunsFinishedAsync();
    }

    /// <summary>Each second from now for <paramref name="seconds"/> seconds: a scheduler tick, then the workers drain the queue.</summary>
    public Task RunForAsync(int seconds, params Worker[] workers) => EverySecondAsync(seconds, () => Task.WhenAll(workers.Select(DrainAsync)));

    /// <summary>Each second: a tick, then the worker claims what it may without waiting for runs to end (they may never).</summary>
    public Task ClaimForAsync(int seconds, Worker worker) => EverySecondAsync(seconds, () => worker.PollAsync());

    private async Task EverySecondAsync(int seconds, Func<Task> afterTick)
    {
        for (var second = 0; second <= seconds; second++)
        {
            if (second > 0)
                Clock.Advance(TimeSpan.FromSeconds(1));
            await Scheduler.TickAsync();
            await afterTick();
        }
    }

    /// <summary>Moves the clock a step at a time until a condition holds, letting other threads react between steps.</summary>
    public async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan step, int mostSteps, string what)
    {
        for (var steps = 0; steps < mostSteps && !condition(); steps++)
        {
            Clock.Advance(step);
            await Task.Delay(2);
        }
        await EventuallyAsync(condition, what);
    }

    /// <summary>Waits (really, briefly and bounded) until a condition holds, for work happening on other threads.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        for (var tries = 0; tries < 2_000 && !condition(); tries++)
            await Task.Delay(5);
        Assert.True(condition(), $"Timed out waiting until {what}.");
    }

    public IReadOnlyList<RunRecord> RunsOf(int taskId) => [.. Queue.Runs().Where(r => r.TaskId == taskId)];

    private static string Event((int StartsIn, int? Freq, int? EndsIn) e)
    {
        var parts = new List<string> { $"starts_on: {Stamp(e.StartsIn)}" };
        if (e.Freq is { } freq)
            parts.Add($"freq: {freq}");
        if (e.EndsIn is { } ends)
            parts.Add($"ends_on: {Stamp(ends)}");
        return "{" + string.Join(", ", parts) + "}";
    }

    private static string Stamp(int secondsAfterStart) =>
        Start.AddSeconds(secondsAfterStart).ToString("yyyy-MM-dd HH:mm:ss'+0000'", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Environments with nothing to reach and generous limits, except the workspace's longest run.</summary>
internal sealed class TestEnvironments(TimeSpan workspaceMaximum) : IRunEnvironmentFactory
{
    public ValueTask<RunEnvironment> CreateAsync(RunTarget target, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new RunEnvironment
        {
            Datasource = target.Datasource,
            Limits = RunLimits.Default with { WallTime = workspaceMaximum, LoopIterations = long.MaxValue, Steps = long.MaxValue },
        });
}
