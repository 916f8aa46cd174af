using Platform.Engine.Language.Text;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// A XanoScript error travelling up the stack until a try_catch handles it or the run fails. The span is that of
/// the statement that raised it, filled in by the interpreter when the raiser did not know it.
/// </summary>
public sealed class ScriptErrorException : Exception
{
    public ScriptErrorException(XsError error, SourceSpan? span = null)
        : base(error.Message)
    {
        Error = error;
        Span = span;
    }

    public ScriptErrorException()
        : this(new XsError(XsError.Fatal, "Script error"))
    {
    }

    public ScriptErrorException(string message)
        : this(new XsError(XsError.Fatal, message))
    {
    }

    public ScriptErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new XsError(XsError.Fatal, message);
    }

    public XsError Error { get; }

    public SourceSpan? Span { get; private set; }

    /// <summary>The functions the error came out of, innermost first, each with the statement (in its own script) that failed.</summary>
    public IReadOnlyList<FunctionFrame> Functions { get; private set; } = [];

    /// <summary>Shorthand for the common case: a fatal error with a message.</summary>
    public static ScriptErrorException Fatal(string message) => new(new XsError(XsError.Fatal, message));

    internal ScriptErrorException At(SourceSpan span)
    {
        Span ??= span;
        return this;
    }

    /// <summary>
    /// The error leaves a function: its span (a place in the function's script, <paramref name="text"/>) moves to
    /// <see cref="Functions"/> with its line and column, so the caller's function.run statement becomes its position in
    /// the caller's script.
    /// </summary>
    internal ScriptErrorException LeavingFunction(string name, SourceText text)
    {
        Functions = [.. Functions, new FunctionFrame(name, Span, Span is { } span ? text.GetLinePosition(span.Start) : null)];
        Span = null;
        return this;
    }
}
