using System.Diagnostics.Metrics;

namespace Platform.Engine.Work;

/// <summary>
/// The engine's figures as .NET metrics (meter <c>Platform.Engine</c>): runs queued, skipped, started and finished
/// (by state), and start lag — from when a run was due to when a worker started it. Any metrics exporter, and the
/// engine status page, read them from there.
/// </summary>
public sealed class EngineMetrics : IDisposable
{
    public const string MeterName = "Platform.Engine";

    private readonly bool _ownsMeter;
    private readonly Counter<long> _enqueued;
    private readonly Counter<long> _skipped;
    private readonly Counter<long> _started;
    private readonly Counter<long> _finished;
    private readonly Histogram<double> _startLag;

    public EngineMetrics(IMeterFactory? factory = null)
    {
        _ownsMeter = factory is null;
        Meter = factory?.Create(MeterName) ?? new Meter(MeterName);
        _enqueued = Meter.CreateCounter<long>("platform.engine.runs.enqueued", "{run}", "Runs the scheduler queued.");
        _skipped = Meter.CreateCounter<long>("platform.engine.runs.skipped", "{run}", "Occurrences recorded as skipped.");
        _started = Meter.CreateCounter<long>("platform.engine.runs.started", "{run}", "Runs a worker started.");
        _finished = Meter.CreateCounter<long>("platform.engine.runs.finished", "{run}", "Runs that ended, by state.");
        _startLag = Meter.CreateHistogram<double>("platform.engine.runs.start_lag", "ms", "From when a run was due to when it started.");
    }

    public Meter Meter { get; }

    public void Planned(SchedulerTick tick)
    {
        _enqueued.Add(tick.Enqueued);
        _skipped.Add(tick.Skipped);
    }

    public void Started(RunRecord run, DateTimeOffset at)
    {
        _started.Add(1, new KeyValuePair<string, object?>("trigger", run.Trigger.Name()));
        _startLag.Record(Math.Max(0, (at - run.NotBefore).TotalMilliseconds));
    }

    public void Finished(RunState state) => _finished.Add(1, new KeyValuePair<string, object?>("state", state.Name()));

    public void Dispose()
    {
        // A meter from a factory belongs to the factory, which disposes it with the host.
        if (_ownsMeter)
            Meter.Dispose();
    }
}
