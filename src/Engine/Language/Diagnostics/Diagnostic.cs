using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>A problem found in a script, where it is, and what to do about it.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceSpan Span, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary><c>file(line,col): error XS0012: message</c>, the format compilers and CI logs use.</summary>
    public string Format(SourceText text, string file)
    {
        var position = text.GetLinePosition(Span.Start);
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{file}({position.Line},{position.Column}): {severity} {Code}: {Message}";
    }
}
