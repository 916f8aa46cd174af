using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

public static class DiagnosticSeverityNames
{
    /// <summary>"error", "warning" or "info": how compilers, CI logs and JSON reports spell a severity.</summary>
    public static string NameOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}

/// <summary>A problem found in a script, where it is, and what to do about it.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceSpan Span, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary><c>file(line,col): error XS0012: message</c>, the format compilers and CI logs use.</summary>
    public string Format(SourceText text, string file)
    {
        var position = text.GetLinePosition(Span.Start);
        return $"{file}({position.Line},{position.Column}): {DiagnosticSeverityNames.NameOf(Severity)} {Code}: {Message}";
    }
}
