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

/// <summary>
/// A <c>debug.log</c> entry: when, what, and which statement wrote it — in the function <see cref="Function"/> when
/// one called with function.run wrote it (the span is then in that function's script), else in the script that ran.
/// </summary>
public sealed record LogEntry(DateTimeOffset Time, XsValue Value, SourceSpan Span, string? Function = null);

/// <summary>
/// One executed statement: its keyword, where it is (in <see cref="Function"/>'s script when not null), when it
/// started (from the run's start), how long it took, and its result, abbreviated.
/// </summary>
public sealed record TraceStep(string Kind, SourceSpan Span, TimeSpan Start, TimeSpan Duration, string? Snapshot, string? Function = null);

/// <summary>
/// Why a run did not succeed: the error (or the limit reached) and where in the script that ran. An error raised inside
/// a function called with function.run is placed at that call; <see cref="Functions"/> says where inside it failed.
/// </summary>
public sealed record RunFailure(XsError Error, SourceSpan? Span, string? Limit = null, IReadOnlyList<FunctionFrame>? Functions = null);

/// <summary>
/// A function an error came out of, and the statement in that function's own script that raised it: its span and
/// its line and column there (placed when the error left the function, where the function's text is known).
/// </summary>
public sealed record FunctionFrame(string Function, SourceSpan? Span, LinePosition? Position = null);

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
