using Platform.Engine.Language;
using Platform.Engine.Language.Catalog;

namespace Platform.Engine.Tests.Language.Catalog;

/// <summary>Every example the editor shows in completion and hover is valid XanoScript.</summary>
public sealed class CatalogExampleTests
{
    public static TheoryData<string> Statements() => [.. StatementCatalog.All.Select(s => s.Name)];

    public static TheoryData<string> Filters() => [.. FilterCatalog.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Statements))]
    public void StatementExample_InsideAStack_HasNoSyntaxErrors(string name)
    {
        var example = StatementCatalog.Find(name)!.Example;
        var parse = XanoScriptParser.Parse($"function example {{\n  stack {{\n{example}\n  }}\n\n  test \"t\" {{\n{example}\n  }}\n}}\n");

        Assert.DoesNotContain(parse.Diagnostics, d => d.IsError);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void FilterExample_ParsesAndNamesAKnownFilter(string name)
    {
        var filter = FilterCatalog.Find(name)!;
        var mode = filter.Context == FilterContext.Query ? "where = $db.t.c > 0 || " : "value = ";
        var owner = filter.Context == FilterContext.Query ? "db.query t {" : "var $x {";
        var text = $"function example {{\n  stack {{\n    {owner}\n      {mode}{filter.Example}\n    }} as $r\n  }}\n}}\n";

        var analysis = ScriptAnalyzer.Analyze(text);

        Assert.DoesNotContain(analysis.Parse.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Code is "XS0300" or "XS0301");
    }
}
