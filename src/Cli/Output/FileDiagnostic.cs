using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Text;

namespace Platform.Cli.Output;

/// <summary>
/// A diagnostic with its position already turned into 1-based lines and columns: either one of the language's,
/// or a problem with the file itself (see <see cref="Input.FileProblems"/>), which has no span in any text.
/// </summary>
internal sealed record FileDiagnostic(string Code, DiagnosticSeverity Severity, LinePosition Start, LinePosition End, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static FileDiagnostic From(Diagnostic diagnostic, SourceText text) => new(
        diagnostic.Code,
        diagnostic.Severity,
        text.GetLinePosition(diagnostic.Span.Start),
        text.GetLinePosition(diagnostic.Span.End),
        diagnostic.Message);

    /// <summary>"error", "warning" or "info", as both the text and the JSON output spell it.</summary>
    public string SeverityName => DiagnosticSeverityNames.NameOf(Severity);
}
