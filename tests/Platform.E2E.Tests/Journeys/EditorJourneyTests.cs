using System.Globalization;
using Microsoft.Playwright;
using Platform.Benchmarks;
using Platform.E2E.Tests.Infrastructure;
using Platform.Engine.Language.Catalog;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>
/// The task page's editor as a person uses it in Chromium: markers and the problems list as you type, completion
/// after '|', format document, Ctrl+S and Ctrl+Enter; plus the speed of markers on a 500-line task and of opening
/// the page (printed in the test output; figures go to docs/benchmarks.md).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class EditorJourneyTests(BrowserFixture browser, SqliteServerFixture fixture, ITestOutputHelper output)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    protected override PlatformServer Server => fixture.Server;

    private async Task<PlatformPage> TaskOpenAsync(string who, string task = "editor_task")
    {
        var (user, _) = await SignedUpWithWorkspaceAsync(who);
        await user.CreateTaskAsync(task);
        await user.WaitForEditorAttachedAsync();
        return user;
    }

    [Fact]
    public async Task TypeStatementWithError_MarkerWithinOneSecond_ProblemsListPutsTheCursorOnIt()
    {
        var user = await TaskOpenAsync("mara");
        var page = user.Page;
        await Expect(page.Locator("[data-testid=problems-empty]")).ToBeVisibleAsync();

        await user.PutCursorAsync(2, 10);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("db.quer");
        // Where the statement landed depends on Monaco's auto-indent, which is not under test here.
        var column = (await user.EditorTextAsync()).Split('\n')[2].IndexOf("db.quer", StringComparison.Ordinal) + 1;

        await user.WaitForMarkersAsync(markers => markers.Contains(new MarkerData("XS0102", "Unknown statement 'db.quer'. Did you mean 'db.query'?", 3, column)), timeoutMs: 1000);
        var problem = page.Locator("[data-testid=problem]", new() { HasText = "Unknown statement 'db.quer'." });
        await Expect(problem).ToContainTextAsync("XS0102");
        await Expect(problem).ToContainTextAsync($"Ln 3, Col {column}");
        await Expect(page.Locator("[data-testid=problem-count]")).Not.ToHaveTextAsync("0");
        await user.ScreenshotAsync("editor-problems");

        await user.PutCursorAsync(1, 1);
        await page.Locator("[data-testid=save-state]").ClickAsync();
        await problem.ClickAsync();

        await user.WaitForCursorAsync(3, column);
        Assert.True(await user.EditorHasFocusAsync());

        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync("y orders");
        await user.WaitForMarkersAsync(markers => markers.All(m => m.Code != "XS0102"), timeoutMs: 1000);
        await Expect(problem).ToHaveCountAsync(0);
        Assert.Empty(user.BrowserErrors);
    }

    [Fact]
    public async Task CtrlSpaceAfterPipe_OffersFiltersWithSignaturesAndSummaries_InsertsTheChosenOne_HoverExplainsIt()
    {
        var user = await TaskOpenAsync("felix");
        var page = user.Page;
        await user.SetEditorTextAsync("task editor_task {\n  stack {\n    var $name {\n      value = \" Ada \"\n    }\n  }\n}\n");
        await user.PutCursorAsync(4, 22);

        await page.Keyboard.TypeAsync("|");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Control+Space");

        var rows = page.Locator(".suggest-widget .monaco-list-row");
        await Expect(rows.First).ToBeVisibleAsync();
        var first = FilterCatalog.All.Where(f => f.Context != FilterContext.Query).OrderBy(f => f.Name, StringComparer.Ordinal).First();
        await Expect(rows.First).ToContainTextAsync(first.Signature);
        await Expect(rows.First).ToContainTextAsync(first.Summary);
        await user.ScreenshotAsync("editor-filter-completion");

        await page.Keyboard.TypeAsync("trim");
        var trim = FilterCatalog.Find("trim")!;
        await Expect(rows.First).ToContainTextAsync(trim.Summary);
        await page.Keyboard.PressAsync("Enter");

        Assert.Contains("value = \" Ada \"|trim\n", await user.EditorTextAsync(), StringComparison.Ordinal);

        // Hover on the filter explains it.
        await user.PutCursorAsync(4, 24);
        await page.EvaluateAsync($"() => blazorMonaco.editor.getEditor('{PlatformPage.EditorId}').trigger('test', 'editor.action.showHover', null)");
        await Expect(page.Locator(".monaco-hover-content")).ToContainTextAsync($"|{trim.Signature} — {trim.Summary}");
        Assert.Empty(user.BrowserErrors);
    }

    [Fact]
    public async Task FormatDocument_FixesIndentation_AndLeavesAScriptWithSyntaxErrorsAloneSayingWhy()
    {
        var user = await TaskOpenAsync("gus");
        var page = user.Page;
        const string messy = "task editor_task {\nstack {\n      var $x {\n value = 1\n}\n}\n}\n";
        const string tidy = "task editor_task {\n  stack {\n    var $x {\n      value = 1\n    }\n  }\n}\n";

        await user.SetEditorTextAsync(messy);
        await user.PutCursorAsync(1, 1);
        await page.Keyboard.PressAsync("Shift+Alt+F");
        await user.WaitForEditorTextAsync(tidy);

        // The context menu's Format Document takes the same path.
        await user.SetEditorTextAsync(messy);
        await user.PutCursorAsync(1, 1);
        await page.Locator(".monaco-editor .view-lines").ClickAsync(new() { Button = MouseButton.Right, Position = new() { X = 4, Y = 4 } });
        await user.ScreenshotAsync("editor-context-menu");
        var format = page.GetByRole(AriaRole.Menuitem, new() { Name = "Format Document" });
        await Expect(format).ToContainTextAsync("Shift+Alt+F");
        // Monaco's menu ignores a click that lands while it is still opening: point at the item first.
        await format.HoverAsync();
        await page.WaitForTimeoutAsync(300);
        await format.ClickAsync();
        await user.WaitForEditorTextAsync(tidy);

        const string broken = "task editor_task {\n  stack {\n  var $x {\n      value = (1 +\n    }\n  }\n}\n";
        await user.SetEditorTextAsync(broken);
        await user.PutCursorAsync(1, 1);
        await page.Keyboard.PressAsync("Shift+Alt+F");
        await Expect(page.Locator(".rz-notification")).ToContainTextAsync("Not formatted: fix the syntax error first. Line ");
        Assert.Equal(broken, await user.EditorTextAsync());
        Assert.Empty(user.BrowserErrors);
    }

    [Fact]
    public async Task CtrlS_Saves_AndCtrlEnter_IsTheRunKeyAndTypesNothing()
    {
        var user = await TaskOpenAsync("hana");
        var page = user.Page;

        await user.PutCursorAsync(2, 10);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("// saved by Ctrl+S");
        await Expect(page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");
        var before = await user.EditorTextAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");

        Assert.Equal(before, await user.EditorTextAsync());
        Assert.True(await page.EvaluateAsync<bool>($"() => !!blazorMonaco.editor.getEditor('{PlatformPage.EditorId}').getAction('xanoscript.run')"));
        await page.ReloadAsync();
        await user.WaitForEditorAttachedAsync();
        Assert.Contains("// saved by Ctrl+S", await user.EditorTextAsync(), StringComparison.Ordinal);
        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task Tokenizer_ColoursTheLanguage()
    {
        var user = await TaskOpenAsync("ivo");
        const string line = "    var $x { value = $input.name|trim ~ \"a\" ~ `$y + 1` } // note 2025-10-01 06:00:00+0000";

        var tokens = await user.Page.EvaluateAsync<string[]>(
            "line => monaco.editor.tokenize(line, 'xanoscript')[0].map((t, i, all) => line.substring(t.offset, i + 1 < all.length ? all[i + 1].offset : line.length) + '=' + t.type)",
            line);
        var stamp = await user.Page.EvaluateAsync<string[]>(
            "line => monaco.editor.tokenize(line, 'xanoscript')[0].map(t => t.type)", "starts_on: 2025-10-01 06:00:00+0000");

        Assert.Contains("var=keyword.xs", tokens);
        Assert.Contains("$x=variable.xs", tokens);
        Assert.Contains("value=attribute.name.xs", tokens);
        Assert.Contains("$input=variable.special.xs", tokens);
        Assert.Contains("trim=function.filter.xs", tokens);
        Assert.Contains("`$y + 1`=string.expression.xs", tokens);
        Assert.Contains("// note 2025-10-01 06:00:00+0000=comment.xs", tokens);
        Assert.Equal(["key.xs", "delimiter.xs", "", "number.timestamp.xs"], stamp.Select(s => s == "operator.xs" ? "delimiter.xs" : s).Take(4));
    }

    [Fact]
    public async Task FiveHundredLineTask_KeystrokeToMarkerAndTimeToInteractive_Measured()
    {
        var user = await TaskOpenAsync("kim", "generated_report");
        var page = user.Page;
        var script = GeneratedScripts.Task(500);
        await user.SetEditorTextAsync(script);
        await Expect(page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");

        var interactive = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            await page.ReloadAsync();
            await user.WaitForEditorAttachedAsync();
            interactive.Add(await page.EvaluateAsync<double>(
                $"() => performance.getEntriesByName('xanoscript-ready:{PlatformPage.EditorId}')[0].startTime"));
        }
        await user.WaitForInteractiveAsync();
        await Expect(page.Locator("[data-testid=problem]").First).ToBeVisibleAsync();

        // An empty line halfway down: typing 'x' there is an unknown statement, Backspace clears it.
        var lines = script.Split('\n');
        var blank = Enumerable.Range(lines.Length / 2, lines.Length / 2).First(i => lines[i].Length == 0) + 1;
        await page.EvaluateAsync("""
            line => {
                const probe = window.keystrokeProbe = { samples: [], started: 0, want: null };
                window.addEventListener("keydown", () => { probe.started = performance.now(); }, true);
                monaco.editor.onDidChangeMarkers(() => {
                    if (probe.want === null) return;
                    const model = blazorMonaco.editor.getEditor("task-script-editor").getModel();
                    const present = monaco.editor.getModelMarkers({ resource: model.uri }).some(m => m.startLineNumber === line && m.code === "XS0102");
                    if (present === probe.want) { probe.samples.push(performance.now() - probe.started); probe.want = null; }
                });
            }
            """, blank);
        await user.PutCursorAsync(blank, 1);
        for (var i = 0; i < 10; i++)
        {
            await KeystrokeAsync(page, "x", expectMarker: true);
            await KeystrokeAsync(page, "Backspace", expectMarker: false);
        }
        var samples = await page.EvaluateAsync<double[]>("() => window.keystrokeProbe.samples");

        var roundTrip = Summary(samples);
        var opened = Summary([.. interactive]);
        output.WriteLine($"Keystroke to marker, {lines.Length}-line task ({script.Length:N0} chars), {samples.Length} keystrokes: {roundTrip}");
        output.WriteLine($"Editor page interactive (navigation start to editor attached), {interactive.Count} reloads: {opened}");
        Console.WriteLine($"[bench] keystroke-to-marker {roundTrip}; time-to-interactive {opened}");
        Assert.Equal(20, samples.Length);
        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    private static async Task KeystrokeAsync(IPage page, string key, bool expectMarker)
    {
        // A pause first, as between a person's keystrokes, so each edit is checked on its own.
        await page.WaitForTimeoutAsync(300);
        await page.EvaluateAsync("want => { window.keystrokeProbe.want = want; }", expectMarker);
        await page.Keyboard.PressAsync(key);
        await page.WaitForFunctionAsync("() => window.keystrokeProbe.want === null", null, new() { Timeout = 10_000 });
    }

    private static string Summary(double[] samples)
    {
        var sorted = samples.Order().ToArray();
        string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
        var p90 = sorted[(int)Math.Ceiling(sorted.Length * 0.9) - 1];
        return $"median {Ms(sorted[sorted.Length / 2])}, p90 {Ms(p90)}, min {Ms(sorted[0])}, max {Ms(sorted[^1])}";
    }
}
