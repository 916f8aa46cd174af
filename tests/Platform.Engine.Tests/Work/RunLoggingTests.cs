using Microsoft.Extensions.Logging;
using Platform.Engine.Scheduling;
using Platform.Engine.Work;

namespace Platform.Engine.Tests.Work;

/// <summary>What the worker and the scheduler log, as a logger provider receives it: templates, values and the run's scope.</summary>
public sealed class RunLoggingTests
{
    private const string Template = "{OriginalFormat}";

    private static Worker LoggingWorker(WorkWorld world, ILogger logger) =>
        new(new WorkerPorts(world.Queue, world.Tasks, world.Environments), world.Options, world.Clock, new Random(1), world.Compiled, null, logger);

    private static SchedulerLoop LoggingScheduler(WorkWorld world, ILogger logger) =>
        new(world.Tasks, world.Compiled, world.Clock, new SchedulerOptions(), null, null, logger);

    [Fact]
    public async Task Run_StartAndFinishLines_CarryTheRunScopeAndStructuredValues()
    {
        var world = new WorkWorld();
        using var provider = new RecordingLoggerProvider();
        world.Publish(1, WorkWorld.Quick, workspaceId: 3, events: (0, 1, null));
        await world.Scheduler.TickAsync();
        world.Clock.Advance(TimeSpan.FromMilliseconds(40));

        await WorkWorld.DrainAsync(LoggingWorker(world, provider.CreateLogger("Worker")));

        var run = Assert.Single(world.RunsOf(1));
        var lines = provider.Lines.ToList();
        var started = Assert.Single(lines, l => l.Event.Id == 100);
        var finished = Assert.Single(lines, l => l.Event.Id == 101);
        Assert.All([started, finished], line => Assert.Equal(
            new Dictionary<string, object?>
            {
                ["RunId"] = run.Id, ["TaskId"] = 1, ["WorkspaceId"] = 3, ["Version"] = 1, ["Attempt"] = 1, ["Trigger"] = "schedule", ["Node"] = "node-1",
            },
            line.Scope));
        Assert.Equal((LogLevel.Debug, 40.0), (started.Level, started.Properties["StartLagMs"]));
        Assert.Equal("Run {RunId} started {StartLagMs:0} ms after it was due.", started.Properties[Template]);
        Assert.Equal((LogLevel.Information, "succeeded", null), (finished.Level, finished.Properties["Status"], finished.Properties["ErrorCode"]));
        Assert.IsType<long>(finished.Properties["DurationMs"]);
        Assert.Equal("Run {RunId} finished {Status} in {DurationMs} ms (error code {ErrorCode}).", finished.Properties[Template]);
    }

    [Fact]
    public async Task Run_FailingScript_FinishLineIsAWarningWithTheErrorCode()
    {
        var world = new WorkWorld();
        using var provider = new RecordingLoggerProvider();
        world.Publish(1, WorkWorld.Failing, events: (0, 1, null));
        await world.Scheduler.TickAsync();

        await WorkWorld.DrainAsync(LoggingWorker(world, provider.CreateLogger("Worker")));

        var finished = Assert.Single(provider.Lines, l => l.Event.Id == 101);
        Assert.Equal((LogLevel.Warning, "failed"), (finished.Level, finished.Properties["Status"]));
        Assert.Equal(world.RunsOf(1)[0].Result!.Failure!.Error.Code, finished.Properties["ErrorCode"]);
        Assert.Contains("ERROR_", (string)finished.Properties["ErrorCode"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduler_SkippedOccurrences_LoggedWithTheirReasonAtDebug()
    {
        var world = new WorkWorld();
        using var provider = new RecordingLoggerProvider();
        var scheduler = LoggingScheduler(world, provider.CreateLogger("Scheduler"));
        world.Publish(1, WorkWorld.Endless, events: (0, 1, null));
        var worker = world.Worker();
        await scheduler.TickAsync();
        await worker.PollAsync();

        world.Clock.Advance(TimeSpan.FromSeconds(1));
        await scheduler.TickAsync();

        var skipped = Assert.Single(provider.Lines, l => l.Event.Id == 110);
        Assert.Equal(LogLevel.Debug, skipped.Level);
        Assert.Equal((1, SkipReasons.PreviousRunning), (skipped.Properties["TaskId"], skipped.Properties["Reason"]));
        Assert.Equal(WorkWorld.Start.AddSeconds(1), skipped.Properties["ScheduledFor"]);
        Assert.True(worker.Cancel(world.RunsOf(1)[0].Id));
        await worker.WhenRunsFinishedAsync();
    }

    [Theory]
    [InlineData(MissedRunPolicy.RunOnce, "run_once", "runs once for 2025-01-15T15:00:00.0000000+00:00")]
    [InlineData(MissedRunPolicy.SkipAll, "skip_all", "none of them runs")]
    public async Task Scheduler_MissedOccurrences_LoggedOnceWithThePolicyDecision(MissedRunPolicy missed, string policy, string action)
    {
        var world = new WorkWorld();
        using var provider = new RecordingLoggerProvider();
        var scheduler = LoggingScheduler(world, provider.CreateLogger("Scheduler"));
        world.Publish(1, WorkWorld.Quick, new TaskSettings { Policies = TaskPolicies.Default with { MissedRuns = missed } }, events: (0, 3600, null));
        await scheduler.TickAsync();
        await WorkWorld.DrainAsync(world.Worker());

        world.Clock.Advance(TimeSpan.FromHours(5.75));
        await scheduler.TickAsync();
        await scheduler.TickAsync();

        var line = Assert.Single(provider.Lines, l => l.Event.Id == 111);
        Assert.Equal((LogLevel.Information, policy, action), (line.Level, line.Properties["Policy"], line.Properties["Action"]));
        Assert.Equal(WorkWorld.Start.AddHours(6), line.Properties["Next"]);
    }
}
