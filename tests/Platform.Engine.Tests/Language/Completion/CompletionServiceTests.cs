using Platform.Engine.Language.Binding;
using Platform.Engine.Language.Completion;

namespace Platform.Engine.Tests.Language.Completion;

public sealed class CompletionServiceTests
{
    private static readonly StaticWorkspaceSchema Schema = new(
    [
        new TableInfo("user", [new FieldInfo("email", "email"), new FieldInfo("last_login", "timestamp")]),
        new TableInfo("orders", [new FieldInfo("total", "decimal")]),
    ], ["SLACK_WEBHOOK_URL", "API_KEY"]);

    /// <summary>Completes at the '^' in the text.</summary>
    private static CompletionList Complete(string textWithCaret)
    {
        var offset = textWithCaret.IndexOf('^', StringComparison.Ordinal);
        return CompletionService.GetCompletions(textWithCaret.Remove(offset, 1), offset, Schema);
    }

    private static List<string> Labels(string textWithCaret) => [.. Complete(textWithCaret).Items.Select(i => i.Label)];

    [Fact]
    public void GetCompletions_StatementStartInStack_OffersSupportedStatementsWithSnippets()
    {
        var list = Complete("task t {\n  stack {\n    db.q^\n  }\n}\n");

        var query = Assert.Single(list.Items, i => i.Label == "db.query");
        Assert.True(query.IsSnippet);
        Assert.Equal("db.query ${1:name} as \\$${2:result}", query.InsertText);
        Assert.Contains(list.Items, i => i.Label == "var");
        Assert.DoesNotContain(list.Items, i => i.Label == "redis.get");
        Assert.DoesNotContain(list.Items, i => i.Label == "expect.to_equal");
        Assert.Equal("db.q", "task t {\n  stack {\n    db.q\n  }\n}\n".Substring(list.ReplaceSpan.Start, list.ReplaceSpan.Length));
    }

    [Fact]
    public void GetCompletions_StatementStartInTest_OffersTestOnlyStatements()
    {
        Assert.Contains("expect.to_equal", Labels("function f {\n  stack {\n  }\n  test \"works\" {\n    ^\n  }\n}\n"));
    }

    [Fact]
    public void GetCompletions_InsideAttributeBlock_OffersTheStatementsAttributesNotYetWritten()
    {
        var labels = Labels("task t {\n  stack {\n    db.query user {\n      where = $db.user.email == \"a\"\n      ^\n    } as $rows\n  }\n}\n");

        Assert.Contains("sort", labels);
        Assert.Contains("return", labels);
        Assert.DoesNotContain("where", labels);
        Assert.DoesNotContain("value", labels);
    }

    [Fact]
    public void GetCompletions_AfterPipe_OffersValueFiltersWithSignatures()
    {
        var list = Complete("task t {\n  stack {\n    var $n {\n      value = [1, 2]|^\n    }\n  }\n}\n");

        Assert.Contains(list.Items, i => i.Label == "count");
        Assert.Equal("substr:start:length?", Assert.Single(list.Items, i => i.Label == "substr").Detail);
        Assert.DoesNotContain(list.Items, i => i.Label == "between");
    }

    [Fact]
    public void GetCompletions_AfterPipeInWhere_AlsoOffersQueryFilters()
    {
        var labels = Labels("task t {\n  stack {\n    db.query user {\n      where = $db.user.last_login|^\n    } as $r\n  }\n}\n");

        Assert.Contains("timestamp_year", labels);
        Assert.Contains("between", labels);
    }

    [Fact]
    public void GetCompletions_Dollar_OffersVariablesAssignedBeforeAndEngineVariables()
    {
        var labels = Labels("task t {\n  stack {\n    var $total {\n      value = 1\n    }\n    db.query user as $users\n    debug.log {\n      value = $^\n    }\n    var $later {\n      value = 2\n    }\n  }\n}\n");

        Assert.Contains("$total", labels);
        Assert.Contains("$users", labels);
        Assert.Contains("$env", labels);
        Assert.DoesNotContain("$later", labels);
    }

    [Fact]
    public void GetCompletions_EnvPath_OffersTheWorkspacesVariablesThenBuiltIns()
    {
        var labels = Labels("task t {\n  stack {\n    debug.log {\n      value = $env.^\n    }\n  }\n}\n");

        Assert.Equal(["$env.SLACK_WEBHOOK_URL", "$env.API_KEY", "$env.$datasource"], labels.Take(3));
        Assert.Equal("Environment variable", Complete("task t {\n  stack {\n    debug.log {\n      value = $env.^\n    }\n  }\n}\n").Items[0].Detail);
    }

    [Fact]
    public void GetCompletions_DbPath_OffersTablesThenFields()
    {
        Assert.Equal(["$db.user", "$db.orders"], Labels("task t {\n  stack {\n    db.query user {\n      where = $db.^\n    } as $r\n  }\n}\n"));
        Assert.Equal(["$db.user.email", "$db.user.last_login"], Labels("task t {\n  stack {\n    db.query user {\n      where = $db.user.^\n    } as $r\n  }\n}\n"));
    }

    [Fact]
    public void GetCompletions_AfterTableStatementKeyword_OffersTables()
    {
        Assert.Equal(["user", "orders"], Labels("task t {\n  stack {\n    db.get ^\n  }\n}\n"));
    }

    [Fact]
    public void GetCompletions_ConstructBody_OffersClausesNotYetWritten()
    {
        var labels = Labels("task t {\n  description = \"x\"\n  ^\n}\n");

        Assert.Contains("schedule", labels);
        Assert.Contains("stack", labels);
        Assert.DoesNotContain("description", labels);
    }

    [Fact]
    public void GetCompletions_EmptyScript_OffersConstructs()
    {
        var list = Complete("^");

        Assert.Contains(list.Items, i => i.Label == "task" && i.InsertText.Contains("schedule = [{", StringComparison.Ordinal));
        Assert.Contains(list.Items, i => i.Label == "function");
    }

    [Fact]
    public void GetCompletions_ConditionalBody_OffersBranches()
    {
        Assert.Equal(["if", "elseif", "else"], Labels("task t {\n  stack {\n    conditional {\n      ^\n    }\n  }\n}\n"));
    }

    [Theory]
    [InlineData("task t {\n  stack {\n    // db.q^\n  }\n}\n")]
    [InlineData("task t {\n  description = \"text with db.q^\"\n}\n")]
    [InlineData("task t {\n  stack {\n    var $x {\n      value = 1 + ^\n    }\n  }\n}\n")]
    public void GetCompletions_InCommentTextOrMidExpression_OffersNothing(string text)
    {
        Assert.Empty(Labels(text));
    }
}
