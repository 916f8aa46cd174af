using System.Diagnostics.Metrics;

namespace Platform.Engine.Work;

/// <summary>A node's counters since it started, as its heartbeat stores them and the status page shows them.</summary>
public sealed record EngineCounts(
    long Enqueued, long Skipped, long Started, long Succeeded, long Failed, long TimedOut, long Cancelled, double StartLagMeanMs, double StartLagMaxMs)
{
    public static readonly EngineCounts Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The figures of several nodes together: counts add up, the mean lag is weighted by runs started.</summary>
    public static EngineCounts Sum(IEnumerable<EngineCounts> counts)
    {
        var all = counts.ToList();
        var started = all.Sum(c => c.Started);
        return new EngineCounts(
            all.Sum(c => c.Enqueued), all.Sum(c => c.Skipped), started, all.Sum(c => c.Succeeded), all.Sum(c => c.Failed), all.Sum(c => c.TimedOut),
            all.Sum(c => c.Cancelled), started == 0 ? 0 : all.Sum(c => c.StartLagMeanMs * c.Started) / started,
            all.Count == 0 ? 0 : all.Max(c => c.StartLagMaxMs));
    }
}

/// <summary>
/// The engine's figures as .NET metrics (meter <c>Platform.Engine</c>): runs queued, skipped, started and finished
/// (by state), start lag — from when a run was due to when a worker started it — and the queue's depth as gauges.
/// The gauges report the last count a node's heartbeat made (<see cref="QueueCounted"/>), so a scrape never queries
/// the database. <see cref="Counts"/> keeps the same figures since start for the node registry.
/// </summary>
public sealed class EngineMetrics : IDisposable
{
    public const string MeterName = "Platform.Engine";

    private readonly bool _ownsMeter;
    private readonly TimeProvider _clock;
    private readonly Counter<long> _enqueued;
    private readonly Counter<long> _skipped;
    private readonly Counter<long> _started;
    private readonly Counter<long> _finished;
    private readonly Histogram<double> _startLag;
    private readonly Lock _lagGate = new();
    private long _enqueuedTotal, _skippedTotal, _startedTotal, _succeededTotal, _failedTotal, _timedOutTotal, _cancelledTotal;
    private double _lagSumMs, _lagMaxMs;
    private QueueDepth? _queue;

    public EngineMetrics(IMeterFactory? factory = null, TimeProvider? clock = null)
    {
        _ownsMeter = factory is null;
        _clock = clock ?? TimeProvider.System;
        Meter = factory?.Create(MeterName) ?? new Meter(MeterName);
        _enqueued = Meter.CreateCounter<long>("platform.engine.runs.enqueued", "{run}", "Runs the scheduler queued.");
        _skipped = Meter.CreateCounter<long>("platform.engine.runs.skipped", "{run}", "Occurrences recorded as skipped.");
        _started = Meter.CreateCounter<long>("platform.engine.runs.started", "{run}", "Runs a worker started.");
        _finished = Meter.CreateCounter<long>("platform.engine.runs.finished", "{run}", "Runs that ended, by state.");
        _startLag = Meter.CreateHistogram<double>("platform.engine.runs.start_lag", "ms", "From when a run was due to when it started.");
        Meter.CreateObservableGauge("platform.engine.queue.depth", () => Observe(q => q.Queued), "{run}", "Queued runs, due or not (last count).");
        Meter.CreateObservableGauge("platform.engine.queue.due", () => Observe(q => q.Due), "{run}", "Queued runs that are due now (last count).");
        Meter.CreateObservableGauge(
            "platform.engine.queue.oldest_due_age", () => Observe(q => q.OldestDueAge(_clock.GetUtcNow()).TotalSeconds), "s",
            "How long the longest-waiting due run has waited (last count).");
    }

    public Meter Meter { get; }

    /// <summary>The last queue count, or null before the first.</summary>
    public QueueDepth? Queue => Volatile.Read(ref _queue);

    public void Planned(SchedulerTick tick)
    {
        _enqueued.Add(tick.Enqueued);
        _skipped.Add(tick.Skipped);
        Interlocked.Add(ref _enqueuedTotal, tick.Enqueued);
        Interlocked.Add(ref _skippedTotal, tick.Skipped);
    }

    public void Started(RunRecord run, DateTimeOffset at)
    {
        var lagMs = Math.Max(0, (at - run.NotBefore).TotalMilliseconds);
        _started.Add(1, new KeyValuePair<string, object?>("trigger", run.Trigger.Name()));
        _startLag.Record(lagMs);
        lock (_lagGate)
        {
            _startedTotal++;
            _lagSumMs += lagMs;
            _lagMaxMs = Math.Max(_lagMaxMs, lagMs);
        }
    }

    public void Finished(RunState state)
    {
        _finished.Add(1, new KeyValuePair<string, object?>("state", state.Name()));
        switch (state)
        {
            case RunState.Succeeded: Interlocked.Increment(ref _succeededTotal); break;
            case RunState.Failed: Interlocked.Increment(ref _failedTotal); break;
            case RunState.TimedOut: Interlocked.Increment(ref _timedOutTotal); break;
            case RunState.Cancelled: Interlocked.Increment(ref _cancelledTotal); break;
        }
    }

    /// <summary>Keeps a fresh queue count for the gauges (a node's heartbeat counts every few seconds).</summary>
    public void QueueCounted(QueueDepth depth) => Volatile.Write(ref _queue, depth);

    /// <summary>This process's figures since it started.</summary>
    public EngineCounts Counts()
    {
        lock (_lagGate)
        {
            return new EngineCounts(
                Interlocked.Read(ref _enqueuedTotal), Interlocked.Read(ref _skippedTotal), _startedTotal, Interlocked.Read(ref _succeededTotal),
                Interlocked.Read(ref _failedTotal), Interlocked.Read(ref _timedOutTotal), Interlocked.Read(ref _cancelledTotal),
                _startedTotal == 0 ? 0 : _lagSumMs / _startedTotal, _lagMaxMs);
        }
    }

    public void Dispose()
    {
        // A meter from a factory belongs to the factory, which disposes it with the host.
        if (_ownsMeter)
            Meter.Dispose();
    }

    private IEnumerable<Measurement<T>> Observe<T>(Func<QueueDepth, T> figure)
        where T : struct =>
        Queue is { } queue ? [new Measurement<T>(figure(queue))] : [];
}
