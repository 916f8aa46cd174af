using Platform.Engine.Language.Text;

namespace Platform.Engine.Runtime.Sandbox;

/// <summary>
/// A run reached one of its limits. Not a script error: a try_catch cannot catch it, and the run stops with a
/// status that says which limit it was.
/// </summary>
public abstract class LimitExceededException : Exception
{
    protected LimitExceededException(string limit, string message, SourceSpan? span)
        : base(message)
    {
        Limit = limit;
        Span = span;
    }

    /// <summary>The limit's name: "wall_time", "steps", "loop_iterations"…</summary>
    public string Limit { get; }

    public SourceSpan? Span { get; internal set; }
}

public sealed class WallTimeExceededException(TimeSpan limit, SourceSpan? span)
    : LimitExceededException("wall_time", $"The run took longer than its time limit of {Describe(limit)}.", span)
{
    private static string Describe(TimeSpan limit) =>
        limit.TotalMinutes >= 1 ? $"{limit.TotalMinutes:0.#} minutes" : $"{limit.TotalSeconds:0.###} seconds";
}

public sealed class StepLimitExceededException(long limit, SourceSpan? span)
    : LimitExceededException("steps", $"The run executed more than {limit:N0} statements, its step limit.", span);

public sealed class LoopLimitExceededException(long limit, SourceSpan? span)
    : LimitExceededException("loop_iterations", $"A loop ran more than {limit:N0} times, the limit for one loop.", span);

public sealed class FunctionDepthExceededException(int limit, SourceSpan? span)
    : LimitExceededException("function_depth", $"function.run nested more than {limit} deep.", span);

public sealed class ValueSizeExceededException(long limit, SourceSpan? span)
    : LimitExceededException("value_size", $"A value grew beyond {Describe(limit)}, the limit for one value.", span)
{
    private static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}

public sealed class RecordLimitExceededException(int limit, SourceSpan? span)
    : LimitExceededException("records_per_query", $"A query asked for more than {limit:N0} records, the limit for one query.", span);

public sealed class RequestLimitExceededException(int limit, SourceSpan? span)
    : LimitExceededException("requests", $"The run made more than {limit:N0} outgoing requests, its limit.", span);

/// <summary>An outgoing request to an address the sandbox forbids (loopback, private, link-local, metadata).</summary>
public sealed class RequestRefusedException(string host, string reason, SourceSpan? span)
    : LimitExceededException("network", $"The request to {host} was refused: {reason}.", span);
