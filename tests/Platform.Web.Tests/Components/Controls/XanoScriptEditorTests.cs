using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.JSInterop;
using Platform.Data.Tables;
using Platform.Engine.Language.Catalog;
using Platform.Web.Components.Controls;
using Platform.Web.Identity;
using Platform.Web.Services.Editor;
using Platform.Web.Tests.Database;
using Radzen;

namespace Platform.Web.Tests.Components.Controls;

/// <summary>
/// The editor's .NET side at the component boundary: what the browser module gets back from the bridge it is
/// handed (markers, completion, hover, formatting, Ctrl+Enter) and the problems list under the editor. Real
/// SQLite workspace, real engine services; only the browser is absent.
/// </summary>
public sealed class XanoScriptEditorTests : DatabaseComponentTests
{
    private const string EditorId = "script-editor";
    private const int SessionId = 7;

    private const string Script = """
        task nightly {
          stack {
            db.quer orders {
            } as $rows
          }
        }
        """;

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    public XanoScriptEditorTests()
    {
        JSInterop.Setup<int>("xanoscriptMonaco.attach", _ => true).SetResult(SessionId);
        Services.AddSingleton<WorkspaceSchemaLoader>();
        Services.AddSingleton<ScriptLanguageService>();
        // The schema cache's clock is the test's, so "ten seconds later" takes no time.
        Services.AddScoped(sp => new EditorSchemaSource(
            sp.GetRequiredService<WorkspaceSchemaLoader>(), sp.GetRequiredService<CurrentUser>(), _clock, NullLogger<EditorSchemaSource>.Instance));
    }

    [Fact]
    public async Task Analyze_UnknownStatement_MarkerWithCodeMessageAndOneBasedRange_AndProblemsListShowsIt()
    {
        var (cut, bridge) = RenderEditor(Script);

        var analysis = await cut.InvokeAsync(() => bridge.Analyze(3, Script));

        var marker = Assert.Single(analysis!.Markers, m => m.Code == "XS0102");
        Assert.Equal("Unknown statement 'db.quer'. Did you mean 'db.query'?", marker.Message);
        Assert.Equal("Error", marker.Severity);
        Assert.Equal((3, 5, 3, 12), (marker.StartLineNumber, marker.StartColumn, marker.EndLineNumber, marker.EndColumn));
        Assert.Equal(3, analysis.Version);
        cut.WaitForAssertion(() => Assert.Equal(analysis.Markers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("[data-testid=problem-count]").TextContent.Trim()));
        var row = cut.FindAll("[data-testid=problem]").Single(r => r.TextContent.Contains("XS0102", StringComparison.Ordinal));
        Assert.Contains("Unknown statement 'db.quer'.", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ln 3, Col 5", row.TextContent, StringComparison.Ordinal);

        row.Click();

        var reveal = JSInterop.Invocations["xanoscriptMonaco.reveal"][^1];
        Assert.Equal([EditorId, 3, 5], reveal.Arguments);
    }

    [Fact]
    public async Task Analyze_TableAddedElsewhere_KnownOnceTheSchemaIsReadAgain()
    {
        var (cut, bridge) = RenderEditor("");
        var script = Script.Replace("db.quer ", "db.query ", StringComparison.Ordinal);

        var before = await cut.InvokeAsync(() => bridge.Analyze(1, script));
        await GivenTableAsync("orders");
        var cached = await cut.InvokeAsync(() => bridge.Analyze(2, script));
        _clock.Advance(TimeSpan.FromSeconds(11));
        var after = await cut.InvokeAsync(() => bridge.Analyze(3, script));

        var unknown = Assert.Single(before!.Markers, m => m.Code == "XS0304");
        Assert.Equal("The workspace has no table 'orders'.", unknown.Message);
        Assert.Contains(cached!.Markers, m => m.Code == "XS0304");
        Assert.DoesNotContain(after!.Markers, m => m.Code == "XS0304");
    }

    [Fact]
    public async Task Analyze_OlderVersionAfterNewer_IgnoredAndProblemsKeepTheNewer()
    {
        var (cut, bridge) = RenderEditor(Script);
        const string clean = "task nightly {\n  stack {\n  }\n}\n";

        var newer = await cut.InvokeAsync(() => bridge.Analyze(8, clean));
        var stale = await cut.InvokeAsync(() => bridge.Analyze(7, Script));

        Assert.Null(stale);
        Assert.Empty(newer!.Markers);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=problems-empty]")));
        Assert.Empty(cut.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public async Task Analyze_NoText_NoCrash()
    {
        var (cut, bridge) = RenderEditor("");

        var analysis = await cut.InvokeAsync(() => bridge.Analyze(1, null));

        Assert.NotNull(analysis);
    }

    [Fact]
    public async Task Complete_AfterPipe_FiltersWithSignatureAndSummary()
    {
        var (cut, bridge) = RenderEditor("");
        const string text = "task t {\n  stack {\n    var $x {\n      value = 1.234|\n    }\n  }\n}\n";

        var list = await cut.InvokeAsync(() => bridge.Complete(text, 4, 21));

        var round = Assert.Single(list.Items, i => i.Label == "round");
        var schema = FilterCatalog.Find("round")!;
        Assert.Equal("Method", round.Kind);
        Assert.Equal(schema.Signature["round".Length..], round.LabelDetail);
        Assert.Equal(schema.Summary, round.Description);
        Assert.Contains(schema.Summary, round.Documentation, StringComparison.Ordinal);
        Assert.False(round.IsSnippet);
        Assert.Equal(new EditorRange(4, 21, 4, 21), list.Range);
        Assert.All(list.Items, i => Assert.Equal("Method", i.Kind));
    }

    [Fact]
    public async Task Complete_StatementStart_SnippetsReplacingTheTypedWord()
    {
        var (cut, bridge) = RenderEditor("");
        const string text = "task t {\n  stack {\n    db.q\n  }\n}\n";

        var list = await cut.InvokeAsync(() => bridge.Complete(text, 3, 9));

        var query = Assert.Single(list.Items, i => i.Label == "db.query");
        Assert.Equal("Function", query.Kind);
        Assert.True(query.IsSnippet);
        Assert.Contains("${1", query.InsertText, StringComparison.Ordinal);
        Assert.Equal(StatementCatalog.Find("db.query")!.Summary, query.Description);
        Assert.Equal(new EditorRange(3, 5, 3, 9), list.Range);
    }

    [Fact]
    public async Task Complete_TableAndFields_ComeFromTheWorkspace()
    {
        await GivenTableAsync("orders", new FieldSpec("total", FieldType.Decimal));
        var (cut, bridge) = RenderEditor("");
        const string table = "task t {\n  stack {\n    db.query \n  }\n}\n";
        const string field = "task t {\n  stack {\n    var $x {\n      value = $db.orders.\n    }\n  }\n}\n";

        var tables = await cut.InvokeAsync(() => bridge.Complete(table, 3, 14));
        var fields = await cut.InvokeAsync(() => bridge.Complete(field, 4, 26));

        Assert.Equal(["orders"], tables.Items.Select(i => i.Label));
        Assert.Equal("Struct", tables.Items[0].Kind);
        Assert.Equal(["$db.orders.id", "$db.orders.created_at", "$db.orders.total"], fields.Items.Select(i => i.Label));
        Assert.All(fields.Items, i => Assert.Equal("Field", i.Kind));
    }

    [Fact]
    public async Task Complete_Dollar_VariablesInScopeBeforeTheCaret()
    {
        var (cut, bridge) = RenderEditor("");
        const string text = "task t {\n  stack {\n    var $total {\n      value = 1\n    }\n    var $y {\n      value = $\n    }\n    var $later {\n      value = 2\n    }\n  }\n}\n";

        var list = await cut.InvokeAsync(() => bridge.Complete(text, 7, 16));

        Assert.Contains(list.Items, i => i.Label == "$total" && i.Kind == "Variable");
        Assert.DoesNotContain(list.Items, i => i.Label == "$later");
        Assert.Equal(new EditorRange(7, 15, 7, 16), list.Range);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-4, 99)]
    [InlineData(999, 1)]
    public async Task Complete_PositionOutsideTheText_ClampedNotThrown(int line, int column)
    {
        var (cut, bridge) = RenderEditor("");

        var list = await cut.InvokeAsync(() => bridge.Complete("task t {\n}\n", line, column));

        Assert.NotNull(list);
    }

    [Fact]
    public async Task Hover_FilterAndStatement_MarkdownWithOneBasedRange()
    {
        var (cut, bridge) = RenderEditor("");
        const string text = "task t {\n  stack {\n    var $x {\n      value = \" a \"|trim\n    }\n  }\n}\n";

        var filter = await cut.InvokeAsync(() => bridge.Hover(text, 4, 23));
        var statement = await cut.InvokeAsync(() => bridge.Hover(text, 3, 6));
        var nothing = await cut.InvokeAsync(() => bridge.Hover(text, 4, 3));

        Assert.StartsWith("**|trim", filter!.Markdown, StringComparison.Ordinal);
        Assert.Equal(new EditorRange(4, 21, 4, 25), filter.Range);
        Assert.StartsWith("**var**", statement!.Markdown, StringComparison.Ordinal);
        Assert.Null(nothing);
    }

    [Fact]
    public async Task Format_BadIndentation_CanonicalText()
    {
        var (cut, bridge) = RenderEditor("");

        var result = await cut.InvokeAsync(() => bridge.Format("task t {\nstack {\nvar $x {\nvalue = 1\n}\n}\n}\n"));

        Assert.Null(result.Refusal);
        Assert.Equal("task t {\n  stack {\n    var $x {\n      value = 1\n    }\n  }\n}\n", result.Text);
    }

    [Fact]
    public async Task Format_SyntaxError_TextLeftAloneAndTheUserToldWhere()
    {
        var (cut, bridge) = RenderEditor("");
        var notifications = Services.GetRequiredService<NotificationService>();

        var result = await cut.InvokeAsync(() => bridge.Format("task t {\n  stack {\n    var $x {\n      value = (1 +\n    }\n"));

        Assert.Null(result.Text);
        Assert.StartsWith("Not formatted: fix the syntax error first. Line ", result.Refusal, StringComparison.Ordinal);
        var shown = Assert.Single(notifications.Messages);
        Assert.Equal(result.Refusal, shown.Detail);
        Assert.Equal(NotificationSeverity.Warning, shown.Severity);
    }

    [Fact]
    public async Task RequestRun_CtrlEnter_RaisesOnRunRequested()
    {
        var requests = 0;
        var (cut, bridge) = RenderEditor("", onRun: () => requests++);

        await cut.InvokeAsync(bridge.RequestRun);

        Assert.Equal(1, requests);
    }

    [Fact]
    public async Task Dispose_DetachesFromTheBrowserModule()
    {
        var (cut, _) = RenderEditor("");

        await DisposeComponentsAsync();

        Assert.Equal([SessionId], JSInterop.Invocations["xanoscriptMonaco.detach"].Single().Arguments);
        Assert.Equal(EditorId, JSInterop.Invocations["xanoscriptMonaco.attach"].Single().Arguments[0]);
        _ = cut;
    }

    private (IRenderedComponent<XanoScriptEditor> Cut, ScriptEditorBridge Bridge) RenderEditor(string script, Action? onRun = null)
    {
        var cut = Render<XanoScriptEditor>(p => p
            .Add(e => e.Id, EditorId)
            .Add(e => e.InitialValue, script)
            .Add(e => e.WorkspaceId, WorkspaceId)
            .Add(e => e.OnRunRequested, onRun ?? (() => { })));
        cut.WaitForState(() => JSInterop.Invocations["xanoscriptMonaco.attach"].Count > 0);
        var attach = JSInterop.Invocations["xanoscriptMonaco.attach"][^1];
        var bridge = Assert.IsType<DotNetObjectReference<ScriptEditorBridge>>(attach.Arguments[1]).Value;
        return (cut, bridge);
    }
}
