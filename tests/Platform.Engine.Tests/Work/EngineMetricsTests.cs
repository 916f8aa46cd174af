using System.Diagnostics.Metrics;
using Platform.Engine.Work;

namespace Platform.Engine.Tests.Work;

/// <summary>The engine's metrics as a listener sees them.</summary>
public sealed class EngineMetricsTests
{
    [Fact]
    public async Task ScheduledRuns_CountedQueuedSkippedStartedFinished_WithTheirStartLag()
    {
        var world = new WorkWorld();
        using var metrics = new EngineMetrics();
        var scheduler = new SchedulerLoop(world.Tasks, world.Compiled, world.Clock, new SchedulerOptions(), null, metrics);
        var worker = new Worker(new WorkerPorts(world.Queue, world.Tasks, world.Environments), world.Options, world.Clock, new Random(1), world.Compiled, metrics);
        var measured = new List<(string Name, double Value, string? Tag)>();
        using var listener = Listen(metrics.Meter, measured);
        world.Publish(1, WorkWorld.Quick, events: (0, 1, null));

        await scheduler.TickAsync();
        world.Clock.Advance(TimeSpan.FromMilliseconds(250));
        await WorkWorld.DrainAsync(worker);

        Assert.Contains(("platform.engine.runs.enqueued", 1, null), measured);
        Assert.Contains(("platform.engine.runs.started", 1, "schedule"), measured);
        Assert.Contains(("platform.engine.runs.start_lag", 250, null), measured);
        Assert.Contains(("platform.engine.runs.finished", 1, "succeeded"), measured);
    }

    [Fact]
    public async Task Counts_SinceStart_AddUpWhatTheSchedulerAndWorkersDid()
    {
        var world = new WorkWorld();
        using var metrics = new EngineMetrics();
        var scheduler = new SchedulerLoop(world.Tasks, world.Compiled, world.Clock, new SchedulerOptions(), null, metrics);
        var worker = new Worker(new WorkerPorts(world.Queue, world.Tasks, world.Environments), world.Options, world.Clock, new Random(1), world.Compiled, metrics);
        world.Publish(1, WorkWorld.Quick, events: (0, 1, null));
        world.Publish(2, WorkWorld.Failing, events: (0, 1, null));

        await scheduler.TickAsync();
        world.Clock.Advance(TimeSpan.FromMilliseconds(100));
        await WorkWorld.DrainAsync(worker);

        Assert.Equal(EngineCounts.Zero with { Enqueued = 2, Started = 2, Succeeded = 1, Failed = 1, StartLagMeanMs = 100, StartLagMaxMs = 100 }, metrics.Counts());
    }

    [Fact]
    public void QueueGauges_ReportTheLastCount_NothingBeforeTheFirst()
    {
        var world = new WorkWorld();
        using var metrics = new EngineMetrics(clock: world.Clock);
        var measured = new List<(string Name, double Value, string? Tag)>();
        using var listener = Listen(metrics.Meter, measured);

        listener.RecordObservableInstruments();
        Assert.Empty(measured);

        metrics.QueueCounted(new QueueDepth(5, 3, WorkWorld.Start.AddSeconds(-10)));
        world.Clock.Advance(TimeSpan.FromSeconds(2));
        listener.RecordObservableInstruments();

        Assert.Equal(
            [("platform.engine.queue.depth", 5, null), ("platform.engine.queue.due", 3, null), ("platform.engine.queue.oldest_due_age", 12, null)],
            measured.OrderBy(m => m.Name, StringComparer.Ordinal));
    }

    private static MeterListener Listen(Meter meter, List<(string, double, string?)> measured)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == meter)
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(measured, instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(measured, instrument, value, tags));
        listener.Start();
        return listener;
    }

    private static void Record(List<(string, double, string?)> measured, Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var tag = tags.Length > 0 ? tags[0].Value?.ToString() : null;
        lock (measured)
            measured.Add((instrument.Name, value, tag));
    }
}
