using System.Text;
using Platform.Engine.Language;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Tests.Language;

/// <summary>What a golden .out holds: every diagnostic in compiler format, then the tree.</summary>
public static class ScriptReport
{
    public static string Render(string text, string name)
    {
        var analysis = ScriptAnalyzer.Analyze(XanoScriptParser.Parse(text));
        var builder = new StringBuilder();
        foreach (var diagnostic in analysis.Diagnostics)
            builder.Append(diagnostic.Format(analysis.Parse.Text, name)).Append('\n');
        builder.Append(analysis.Diagnostics.Count == 0 ? "no diagnostics\n" : "").Append("---\n");
        builder.Append(SyntaxDumper.Dump(analysis.Parse.Document));
        return builder.ToString();
    }
}
