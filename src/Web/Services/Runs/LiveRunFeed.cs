using System.Collections.Concurrent;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Work;

namespace Platform.Web.Services.Runs;

/// <summary>What this node has seen of a run so far: its state, its log, and how many statements it executed (the latest kept).</summary>
public sealed record LiveRunSnapshot(
    long RunId, RunState State, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, IReadOnlyList<LogEntry> Log, bool LogTruncated,
    long Steps, IReadOnlyList<TraceStep> LatestSteps);

/// <summary>
/// The live output of manual runs ("Run now") executed on this node, for the IDE's output panel to read while the run
/// goes on. Scheduled runs are not observed. A run's output stays for a few minutes after it ends, then goes; the run
/// history keeps the full record. Runs executed by another node are followed through the run history instead.
/// </summary>
public sealed class LiveRunFeed(TimeProvider clock) : IRunOutputSink
{
    public const int MaxLogEntries = 1_000;
    public const int KeptSteps = 50;
    private static readonly TimeSpan KeptAfterEnd = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<long, LiveRun> _runs = new();

    public bool Observes(RunRecord run) => run.Trigger == RunTrigger.Manual;

    public void OnStarted(RunRecord run)
    {
        if (run.Trigger != RunTrigger.Manual)
            return;
        Forget(clock.GetUtcNow() - KeptAfterEnd);
        _runs[run.Id] = new LiveRun(run.Id, clock.GetUtcNow());
    }

    public void OnLog(long runId, LogEntry entry)
    {
        if (_runs.TryGetValue(runId, out var run))
            run.Add(entry);
    }

    public void OnStep(long runId, TraceStep executed)
    {
        if (_runs.TryGetValue(runId, out var run))
            run.Add(executed);
    }

    public void OnFinished(long runId, RunState state)
    {
        if (_runs.TryGetValue(runId, out var run))
            run.Finish(state, clock.GetUtcNow());
    }

    /// <summary>The run's output so far, or null when this node has not run it (yet).</summary>
    public LiveRunSnapshot? Snapshot(long runId) => _runs.TryGetValue(runId, out var run) ? run.Snapshot() : null;

    private void Forget(DateTimeOffset endedBefore)
    {
        foreach (var (id, run) in _runs)
        {
            if (run.EndedBefore(endedBefore))
                _runs.TryRemove(id, out _);
        }
    }

    private sealed class LiveRun(long id, DateTimeOffset startedAt)
    {
        private readonly Lock _gate = new();
        private readonly List<LogEntry> _log = [];
        private readonly Queue<TraceStep> _latest = new();
        private bool _logTruncated;
        private long _steps;
        private RunState _state = RunState.Running;
        private DateTimeOffset? _finishedAt;

        public void Add(LogEntry entry)
        {
            lock (_gate)
            {
                if (_log.Count < MaxLogEntries)
                    _log.Add(entry);
                else
                    _logTruncated = true;
            }
        }

        public void Add(TraceStep step)
        {
            lock (_gate)
            {
                _steps++;
                if (_latest.Count == KeptSteps)
                    _latest.Dequeue();
                _latest.Enqueue(step);
            }
        }

        public void Finish(RunState state, DateTimeOffset at)
        {
            lock (_gate)
                (_state, _finishedAt) = (state, at);
        }

        public bool EndedBefore(DateTimeOffset instant)
        {
            lock (_gate)
                return _finishedAt < instant;
        }

        public LiveRunSnapshot Snapshot()
        {
            lock (_gate)
                return new LiveRunSnapshot(id, _state, startedAt, _finishedAt, [.. _log], _logTruncated, _steps, [.. _latest]);
        }
    }
}
