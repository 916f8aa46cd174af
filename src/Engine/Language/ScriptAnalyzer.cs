using Platform.Engine.Language.Diagnostics;

namespace Platform.Engine.Language;

/// <summary>A parsed script with every diagnostic: syntax, schema checks and analysis.</summary>
public sealed record ScriptAnalysis(ParseResult Parse, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

public static class ScriptAnalyzer
{
    public static ScriptAnalysis Analyze(ParseResult parse) => new(parse, parse.Diagnostics);
}
