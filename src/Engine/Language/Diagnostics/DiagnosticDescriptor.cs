using System.Globalization;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Diagnostics;

/// <summary>One kind of diagnostic: a stable code, a severity and a message with {0}-style holes.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string MessageFormat, string Title)
{
    public Diagnostic Create(SourceSpan span, params object?[] arguments) =>
        new(Code, Severity, span, string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments));
}
