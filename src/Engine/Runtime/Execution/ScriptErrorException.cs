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

    /// <summary>Shorthand for the common case: a fatal error with a message.</summary>
    public static ScriptErrorException Fatal(string message) => new(new XsError(XsError.Fatal, message));

    internal ScriptErrorException At(SourceSpan span)
    {
        Span ??= span;
        return this;
    }
}
