using System.Collections.Frozen;
using Platform.Engine.Language;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Runtime.Statements;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// What this runtime can run, for the analyzer (editor, <c>xs check</c>) and for <see cref="ScriptRunner"/>, which
/// refuses a script that uses anything else. Computed from the statement registry, so a family registered later is
/// supported without touching a list here.
/// </summary>
public static class RuntimeSupport
{
    /// <summary>Every statement keyword the runtime implements: the registry's handlers and the interpreter's own.</summary>
    public static IReadOnlySet<string> Statements { get; } =
        StatementRegistry.Default.Names.Concat(Interpreter.OwnStatements).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Analyzer options that report what this runtime cannot run.</summary>
    public static AnalyzerOptions AnalyzerOptions { get; } = new(SupportedStatements: Statements);

    // The diagnostics that mean "a run would stop here because of something this server does not do".
    private static readonly string[] RefusalCodes =
        [DiagnosticCatalog.NotSupported.Code, DiagnosticCatalog.TestOnly.Code, DiagnosticCatalog.NotRunByRuntime.Code];

    /// <summary>The first thing in the script this runtime cannot run, or null when it can run all of it.</summary>
    public static Diagnostic? FirstUnsupported(ParseResult script) =>
        ScriptAnalyzer.Analyze(script, AnalyzerOptions).Diagnostics.FirstOrDefault(d => d.IsError && RefusalCodes.Contains(d.Code));
}
