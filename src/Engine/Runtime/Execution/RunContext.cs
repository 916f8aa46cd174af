using System.Diagnostics;
using Platform.Engine.Language.Text;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// The state of one run: frames, limits and counters, log and trace, the datasource in use. Every executed
/// statement passes through <see cref="Step"/>, the one place limits and cancellation are checked.
/// </summary>
internal sealed class RunContext
{
    private const int ClockCheckInterval = 1024;
    private readonly List<LogEntry> _log = [];
    private readonly List<TraceStep> _trace = [];
    private readonly long _startTimestamp;
    private long _steps;

    public RunContext(RunEnvironment environment, RunRequest request, CancellationToken cancellationToken)
    {
        Environment = environment;
        Request = request;
        CancellationToken = cancellationToken;
        Frame = new Frame(request.Input);
        // The store must read the datasource the run starts on (a task's datasource setting), whatever it was made for.
        Records = environment.Records?.ForDatasource(environment.Datasource);
        Datasource = environment.Datasource;
        _startTimestamp = environment.Clock.GetTimestamp();
    }

    public RunEnvironment Environment { get; }

    public RunRequest Request { get; }

    public CancellationToken CancellationToken { get; }

    public RunLimits Limits => Environment.Limits;

    public TimeProvider Clock => Environment.Clock;

    public Frame Frame { get; set; }

    public int FunctionDepth { get; set; }

    /// <summary>The function running now (function.run), whose script the spans of log and trace entries refer to; null for the script that ran.</summary>
    public string? Function { get; set; }

    public IRecordStore? Records { get; set; }

    public string Datasource { get; set; }

    public long DatabaseCalls { get; set; }

    public long Requests { get; private set; }

    public long Steps => _steps;

    public long TraceOmitted { get; private set; }

    public IReadOnlyList<LogEntry> Log => _log;

    public IReadOnlyList<TraceStep> Trace => _trace;

    public TimeSpan Elapsed => Clock.GetElapsedTime(_startTimestamp);

    /// <summary>When a statement starts, for its trace step; 0 once the trace is full, sparing the clock read.</summary>
    public long Timestamp() => _trace.Count < Environment.TraceCapacity ? Clock.GetTimestamp() : 0;

    /// <summary>Counts a statement and enforces cancellation and the step and time limits.</summary>
    public void Step(SourceSpan span)
    {
        _steps++;
        CancellationToken.ThrowIfCancellationRequested();
        if (_steps > Limits.Steps)
            throw new StepLimitExceededException(Limits.Steps, span);
        if (_steps % ClockCheckInterval == 0)
            CheckTime(span);
    }

    public void CheckTime(SourceSpan? span)
    {
        if (Elapsed > Limits.WallTime)
            throw new WallTimeExceededException(Limits.WallTime, span);
    }

    /// <summary>A value about to be stored must fit the value limit.</summary>
    public XsValue Checked(XsValue value, SourceSpan span)
    {
        if (value.Kind is ValueKind.Text or ValueKind.Array or ValueKind.Object && value.ApproximateSize > Limits.ValueBytes)
            throw new ValueSizeExceededException(Limits.ValueBytes, span);
        return value;
    }

    public void CountRequest(SourceSpan span)
    {
        if (++Requests > Limits.Requests)
            throw new RequestLimitExceededException(Limits.Requests, span);
    }

    public void AddLog(XsValue value, SourceSpan span)
    {
        var entry = new LogEntry(Clock.GetUtcNow(), value, span, Function);
        _log.Add(entry);
        Environment.Observer?.OnLog(entry);
    }

    public void AddTrace(string kind, SourceSpan span, long startTimestamp, XsValue? result)
    {
        if (_trace.Count >= Environment.TraceCapacity)
        {
            TraceOmitted++;
            return;
        }
        var start = TimeSpan.FromTicks((long)((startTimestamp - _startTimestamp) * (double)TimeSpan.TicksPerSecond / Clock.TimestampFrequency));
        var snapshot = result is { } value ? ValueDisplay.Format(value, 200) : null;
        var executed = new TraceStep(kind, span, start, Clock.GetElapsedTime(startTimestamp), snapshot, Function);
        _trace.Add(executed);
        Environment.Observer?.OnStep(executed);
    }

}
