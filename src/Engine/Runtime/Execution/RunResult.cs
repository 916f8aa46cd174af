using Platform.Engine.Language.Text;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

public enum RunStatus
{
    Succeeded,
    Failed,
    Cancelled,
    TimedOut,
}

/// <summary>A <c>debug.log</c> entry: when, what, and which statement wrote it.</summary>
public sealed record LogEntry(DateTimeOffset Time, XsValue Value, SourceSpan Span);

/// <summary>One executed statement: its keyword, where it is, when it started (from the run's start), how long it took, and its result, abbreviated.</summary>
public sealed record TraceStep(string Kind, SourceSpan Span, TimeSpan Start, TimeSpan Duration, string? Snapshot);

/// <summary>Why a run did not succeed: the error (or the limit reached) and where.</summary>
public sealed record RunFailure(XsError Error, SourceSpan? Span, string? Limit = null);

public sealed record RunCounters(long Steps, long DatabaseCalls, long Requests);

/// <summary>
/// Everything a run leaves behind: what the engine stores in the run history and the editor shows. The trace keeps
/// the first steps only (<see cref="TraceOmitted"/> counts the rest) so a long loop cannot fill the history.
/// </summary>
public sealed record RunResult(
    RunStatus Status,
    XsValue Result,
    IReadOnlyList<LogEntry> Log,
    IReadOnlyList<TraceStep> Trace,
    long TraceOmitted,
    RunFailure? Failure,
    RunCounters Counters,
    TimeSpan Duration);
