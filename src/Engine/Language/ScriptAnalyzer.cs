using Platform.Engine.Language.Binding;
using Platform.Engine.Language.Diagnostics;

namespace Platform.Engine.Language;

/// <summary>A parsed script with every diagnostic: syntax, schema checks and analysis, in source order.</summary>
public sealed record ScriptAnalysis(ParseResult Parse, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>Checks a parsed script against the language catalogs and follows its variables through every path.</summary>
public static class ScriptAnalyzer
{
    public static ScriptAnalysis Analyze(ParseResult parse, AnalyzerOptions? options = null)
    {
        options ??= AnalyzerOptions.Default;
        var diagnostics = new List<Diagnostic>(parse.Diagnostics);
        ScriptChecker.Check(parse.Document, diagnostics, options.SupportedStatements);
        FlowAnalyzer.Analyze(parse.Document, diagnostics);
        if (options.Schema is { } schema)
            TableChecker.Check(parse.Document, schema, diagnostics);
        return new ScriptAnalysis(parse, [.. diagnostics.Distinct().OrderBy(d => d.Span.Start).ThenByDescending(d => d.Severity).ThenBy(d => d.Code, StringComparer.Ordinal)]);
    }

    public static ScriptAnalysis Analyze(string text, AnalyzerOptions? options = null) => Analyze(XanoScriptParser.Parse(text), options);
}

/// <summary>
/// What the analyzer may know beyond the script: the workspace's tables, and the statements the runtime that will run
/// the script implements. With <see cref="SupportedStatements"/> set, a statement the catalog knows and calls
/// supported but the set lacks is reported (XS0406); without it only the catalog's own support is checked (XS0307).
/// The runtime builds the set from its statement registry and the interpreter's own statements.
/// </summary>
public sealed record AnalyzerOptions(IWorkspaceSchema? Schema = null, IReadOnlySet<string>? SupportedStatements = null)
{
    public static readonly AnalyzerOptions Default = new();
}
