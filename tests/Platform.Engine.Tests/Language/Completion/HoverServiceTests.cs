using Platform.Engine.Language.Completion;

namespace Platform.Engine.Tests.Language.Completion;

public sealed class HoverServiceTests
{
    private const string Script = "task t {\n  stack {\n    db.query user {\n      where = $db.user.age > 1\n    } as $rows\n    var $n {\n      value = $rows|count\n    }\n  }\n}\n";

    private static HoverInfo? HoverOn(string word, int occurrence = 0)
    {
        var offset = -1;
        for (var i = 0; i <= occurrence; i++)
            offset = Script.IndexOf(word, offset + 1, StringComparison.Ordinal);
        return HoverService.GetHover(Script, offset + 1);
    }

    [Fact]
    public void GetHover_StatementKeyword_DescribesTheWholeDottedStatement()
    {
        var hover = HoverOn("query");

        Assert.NotNull(hover);
        Assert.StartsWith("**db.query** — ", hover.Markdown, StringComparison.Ordinal);
        Assert.Equal("db.query", Script.Substring(hover.Span.Start, hover.Span.Length));
    }

    [Fact]
    public void GetHover_Filter_ShowsSignatureAndExample()
    {
        var hover = HoverOn("count");

        Assert.NotNull(hover);
        Assert.StartsWith("**|count** — ", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("```xanoscript", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void GetHover_Attribute_ShowsItsTypeAndSummary()
    {
        var hover = HoverOn("where");

        Assert.NotNull(hover);
        Assert.StartsWith("**where** (query, optional)", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void GetHover_PlainName_ShowsNothing()
    {
        Assert.Null(HoverOn("user"));
    }
}
