using Platform.Engine.Tests.Golden;
using Platform.Engine.Language;
using Platform.Engine.Language.Formatting;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Tests.Language;

/// <summary>
/// For every golden input without syntax errors: formatting is idempotent and preserves the tree (compared in
/// canonical clause order, since the formatter writes clauses in Xano's order and their order has no meaning).
/// </summary>
public sealed class FormatterRoundTripTests
{
    public static TheoryData<string> Cases() => GoldenTests.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_GoldenInput_IsIdempotentAndPreservesTheTree(string name)
    {
        var original = XanoScriptParser.Parse(File.ReadAllText(GoldenCorpus.Language.PathOf(name)));
        if (original.HasErrors)
            return; // Scripts with syntax errors are not formatted (XanoScriptFormatter refuses them).

        var formatted = XanoScriptFormatter.Format(original.Document);
        var reparsed = XanoScriptParser.Parse(formatted);

        Assert.False(reparsed.HasErrors, string.Join("\n", reparsed.Diagnostics.Select(d => d.Format(reparsed.Text, name))) + "\n" + formatted);
        Assert.Equal(SyntaxDumper.Dump(original.Document, canonicalOrder: true), SyntaxDumper.Dump(reparsed.Document, canonicalOrder: true));
        Assert.Equal(formatted, XanoScriptFormatter.Format(reparsed.Document));
    }

    [Fact]
    public void Format_ScriptWithSyntaxErrors_RefusesAndReportsThem()
    {
        var result = XanoScriptFormatter.Format("task t {\n  stack {\n    var $x { value = }\n  }\n}\n");

        Assert.False(result.Succeeded);
        Assert.Equal("XS0101", Assert.Single(result.Errors).Code);
    }
}
