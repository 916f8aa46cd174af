using Platform.Engine.Language;
using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Runtime.Execution;

namespace Platform.Engine.Tests.Runtime.Execution;

/// <summary>The analyzer reports what this runtime cannot run (XS0406, XS0307), and the runner refuses such a script before it starts.</summary>
public sealed class RuntimeSupportTests
{
    private static string Task(string statements) => "task t {\n  stack {\n" + statements + "\n  }\n}";

    private static IReadOnlyList<Diagnostic> Analyze(string script, IReadOnlySet<string>? supported) =>
        ScriptAnalyzer.Analyze(script, new AnalyzerOptions(SupportedStatements: supported)).Diagnostics;

    [Fact]
    public void Statements_HoldRegisteredHandlersAndTheInterpretersOwn_NotUnsupportedOnes()
    {
        Assert.Superset(new HashSet<string> { "var", "debug.log", "util.template_engine", "util.get_env", "conditional", "foreach", "function.run", "return" }, RuntimeSupport.Statements.ToHashSet());
        Assert.DoesNotContain("redis.get", RuntimeSupport.Statements);
        Assert.DoesNotContain("expect.to_equal", RuntimeSupport.Statements);
    }

    [Fact]
    public void InterpretersOwnStatements_AreAllInTheCatalog() =>
        Assert.All(Interpreter.OwnStatements, keyword => Assert.NotNull(StatementCatalog.Find(keyword)));

    [Fact]
    public void Analyze_StatementTheRuntimeLacks_IsXS0406AtItsKeyword()
    {
        var script = Task("    await {\n      ids = []\n    } as $done");
        var diagnostic = Assert.Single(Analyze(script, new HashSet<string> { "var" }), d => d.Code == "XS0406");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(script.IndexOf("await", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("'await' is not supported by this server: its runtime has no implementation of it, so the script cannot run.", diagnostic.Message);
    }

    [Fact]
    public void Analyze_WithoutASupportedSet_ReportsNoXS0406() =>
        Assert.DoesNotContain(Analyze(Task("    await {\n      ids = []\n    } as $done"), null), d => d.Code == "XS0406");

    [Fact]
    public void Analyze_CatalogUnsupportedStatement_IsXS0307Only()
    {
        var codes = Analyze(Task("    redis.get {\n      key = \"k\"\n    } as $cached"), RuntimeSupport.Statements).Select(d => d.Code).ToList();
        Assert.Contains("XS0307", codes);
        Assert.DoesNotContain("XS0406", codes);
    }

    [Theory]
    [InlineData("    !redis.get {\n      key = \"k\"\n    } as $cached")]
    [InlineData("    !await {\n      ids = []\n    } as $done")]
    public void Analyze_DisabledUnsupportedStatement_IsNotReported(string statement) =>
        Assert.DoesNotContain(Analyze(Task(statement), new HashSet<string>()), d => d.Code is "XS0307" or "XS0406");

    [Fact]
    public void Analyze_TestOnlyStatementInATest_IsNotReported()
    {
        const string Script = "function f {\n  stack {\n  }\n  response = 1\n  test \"one\" {\n    expect.to_equal ($response) {\n      value = 1\n    }\n  }\n}";
        Assert.DoesNotContain(Analyze(Script, RuntimeSupport.Statements), d => d.IsError);
    }

    [Theory]
    [InlineData("    debug.log {\n      value = 1\n    }\n    await {\n      ids = []\n    } as $done", "await", "XS0406")]
    [InlineData("    debug.log {\n      value = 1\n    }\n    redis.get {\n      key = \"k\"\n    } as $cached", "redis.get", "XS0307")]
    [InlineData("    debug.log {\n      value = 1\n    }\n    expect.to_be_true (true)", "expect.to_be_true", "XS0308")]
    public async Task Run_ScriptUsingAStatementThisServerDoesNotRun_IsRefusedBeforeItStarts(string statements, string keyword, string code)
    {
        var script = Task(statements);
        var result = await TestRuns.RunAsync(script);
        var expected = Analyze(script, RuntimeSupport.Statements).First(d => d.Code == code);
        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Empty(result.Log);
        Assert.Equal((expected.Message, script.IndexOf(keyword, StringComparison.Ordinal)), (result.Failure?.Error.Message, result.Failure?.Span?.Start));
    }

    [Fact]
    public async Task Run_UnsupportedStatementThatIsDisabled_Runs()
    {
        var result = await TestRuns.RunAsync(Task("    !redis.get {\n      key = \"k\"\n    } as $cached\n    return {\n      value = \"ran\"\n    }"));
        Assert.Equal((RunStatus.Succeeded, "\"ran\""), (result.Status, result.Result.ToString()));
    }
}
