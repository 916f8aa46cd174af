namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// How an error that came out of functions says where: one line per function.run level, innermost first,
/// <c>in function math/div at 3:5</c> (line and column in that function's own script). <c>xs run</c> prints these
/// lines under the error; the run history stores them under the error's message, so the IDE shows the same.
/// </summary>
public static class FunctionTrail
{
    /// <summary><c>in function name at line:column</c>, or <c>in function name</c> when the place is unknown.</summary>
    public static string Line(FunctionFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.Position is { } at ? $"in function {frame.Function} at {at.Line}:{at.Column}" : $"in function {frame.Function}";
    }

    /// <summary>The error's message, then the line of each function it came out of, each on its own line.</summary>
    public static string MessageWithFunctions(RunFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Functions is { Count: > 0 } frames
            ? failure.Error.Message + string.Concat(frames.Select(frame => "\n" + Line(frame)))
            : failure.Error.Message;
    }
}
