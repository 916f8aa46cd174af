using System.Text.RegularExpressions;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>Run now: the draft runs on the selected datasource with its log shown live; an error links to its line.</summary>
[Collection(E2ECollection.Name)]
public sealed class RunNowJourneyTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    private const string Slow = """
        task greeter {
          stack {
            debug.log { value = "step one" }
            util.sleep { value = 2 }
            debug.log { value = "step two" }
          }
        }
        """;

    private const string Failing = """
        task greeter {
          stack {
            var $count { value = 3 }
            precondition ($count > 5) {
              error = "Not enough items"
            }
          }
        }
        """;

    protected override PlatformServer Server => fixture.Server;

    [Fact]
    public async Task RunDraftOnTest_LogShowsWhileRunning_ThenSucceeded_ErrorLinkMovesTheCursor()
    {
        var ada = await OpenPageAsync();
        await ada.SignUpAsync("Ada", "ada-runnow@example.com");
        await Expect(ada.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await ada.CreateWorkspaceAsync("Runner");
        await ada.CreateTaskAsync("greeter");
        var page = ada.Page;
        await page.ClickAsync("[data-testid=datasource-switch] .rz-button:has-text('test')");
        await Expect(page.Locator("[data-testid=run-now-datasource]")).ToHaveTextAsync("on test");

        // The draft runs unsaved; its first log entry shows while the run is still going.
        await ada.ReplaceScriptAsync(Slow);
        await page.ClickAsync("[data-testid=run-now-start]");
        await Expect(page.Locator("[data-testid=run-now-log]").First).ToContainTextAsync("\"step one\"", new() { Timeout = 3_000 });
        await Expect(page.Locator("[data-testid=run-now-state]")).ToHaveTextAsync("running");
        await Expect(page.Locator("[data-testid=run-now-log]").First).ToContainTextAsync("line 3");
        await Expect(page.Locator("[data-testid=run-now-state]")).ToHaveTextAsync("succeeded", new() { Timeout = 10_000 });
        await Expect(page.Locator("[data-testid=run-now-log]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=run-now-result]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=run-now-steps]");
        await Expect(page.Locator("[data-testid=run-now-step]")).ToHaveCountAsync(3);
        await Expect(page.Locator("[data-testid=run-now-step]").Nth(1)).ToContainTextAsync("util.sleep");
        await ada.ScreenshotAsync("runnow-01-succeeded");
        var row = page.Locator("[data-testid=run-row]").First;
        await Expect(row).ToContainTextAsync("manual");
        await Expect(row).ToContainTextAsync("draft");
        await Expect(row).ToContainTextAsync("test");

        // Ctrl+Enter runs a failing draft; the error's link puts the cursor on the failing statement.
        await ada.ReplaceScriptAsync(Failing);
        await page.ClickAsync(".monaco-editor .view-lines", new() { Position = new() { X = 4, Y = 4 } });
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("[data-testid=run-now-state]")).ToHaveTextAsync("failed", new() { Timeout = 10_000 });
        await Expect(page.Locator("[data-testid=run-now-error]")).ToContainTextAsync("Not enough items");
        await page.ClickAsync("[data-testid=run-now-error-link]");
        await page.WaitForFunctionAsync("() => blazorMonaco.editor.getEditor('task-script-editor').getPosition().lineNumber === 4");
        Assert.Equal(Failing, await ada.EditorTextAsync());

        // A long run stops when cancelled.
        await ada.ReplaceScriptAsync(Slow.Replace("value = 2", "value = 60", StringComparison.Ordinal));
        await page.ClickAsync("[data-testid=run-now-start]");
        await Expect(page.Locator("[data-testid=run-now-log]").First).ToContainTextAsync("\"step one\"");
        // Switching the top bar's datasource meanwhile does not change what the running run uses, and the chip says so.
        await page.ClickAsync("[data-testid=datasource-switch] .rz-button:has-text('live')");
        await Expect(page.Locator("[data-testid=run-now-datasource]")).ToHaveAttributeAsync("title", new Regex("^This run uses test; the next one uses live"));
        await Expect(page.Locator("[data-testid=run-now-datasource]")).ToHaveTextAsync("on test");
        await page.ClickAsync("[data-testid=run-now-cancel]");
        await Expect(page.Locator("[data-testid=run-now-state]")).ToHaveTextAsync("cancelled", new() { Timeout = 5_000 });
        await Expect(page.Locator("[data-testid=run-now-log]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=run-now-datasource]")).ToHaveTextAsync("on live");
        Assert.Empty(Server.ServerErrors);
    }
}
