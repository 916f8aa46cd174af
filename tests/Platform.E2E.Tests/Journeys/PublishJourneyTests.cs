using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>Publishing puts a task on the engine's schedule: its runs appear on the task page; deactivating stops them.</summary>
[Collection(E2ECollection.Name)]
public sealed class PublishJourneyTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    private const string EveryFiveSeconds = """
        task pulse {
          stack {
            debug.log { value = "tick" }
          }
          schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 5}]
        }
        """;

    protected override PlatformServer Server => fixture.Server;

    [Fact]
    public async Task PublishEveryFiveSeconds_RunAppearsWithinSevenSeconds_DeactivateStopsRuns()
    {
        var ada = await OpenPageAsync();
        await ada.SignUpAsync("Ada", "ada-publish@example.com");
        await Expect(ada.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await ada.CreateWorkspaceAsync("Engines");
        await ada.CreateTaskAsync("pulse");
        var page = ada.Page;
        var listed = page.Locator("[data-testid=task-item]", new() { HasText = "pulse" });
        await Expect(page.Locator("[data-testid=runs-empty]")).ToBeVisibleAsync();
        await Expect(listed).ToHaveAttributeAsync("data-status", "draft");

        // A script with an error cannot be published: the button says why; what only the server knows (its tables)
        // is refused in the publish dialog.
        await ada.ReplaceScriptAsync(EveryFiveSeconds.Replace("debug.log { value = \"tick\" }", "var $x { value = $missing + 1 }", StringComparison.Ordinal));
        await Expect(page.Locator("[data-testid=publish-task]")).ToBeDisabledAsync();
        await Expect(page.Locator("[data-testid=publish-task]")).ToHaveAttributeAsync("title", new Regex("^Fix the errors before publishing\\. .*missing"));
        await ada.ReplaceScriptAsync(EveryFiveSeconds.Replace("debug.log { value = \"tick\" }", "db.query nowhere {\n  return = {type: \"list\"}\n} as $rows", StringComparison.Ordinal));
        await ada.PublishAsync("broken");
        await Expect(page.Locator("[data-testid=name-error]")).ToContainTextAsync("cannot be published");
        await ada.CloseDialogWithEscapeAsync();
        await Expect(page.Locator("[data-testid=published-version]")).ToHaveCountAsync(0);

        await ada.ReplaceScriptAsync(EveryFiveSeconds);
        await ada.PublishAsync("first cut");
        await Expect(page.Locator("[data-testid=published-version]")).ToHaveTextAsync("v1 published");
        await Expect(listed).ToHaveAttributeAsync("data-status", "on");
        await Expect(listed.Locator("[data-testid=task-next-run]")).ToBeVisibleAsync();

        var succeeded = page.Locator("[data-testid=run-row][data-state=succeeded]");
        await Expect(succeeded.First).ToBeVisibleAsync(new() { Timeout = 7_000 });
        await Expect(succeeded.First).ToContainTextAsync("schedule");
        await ada.ScreenshotAsync("publish-01-runs");

        // A run opens with what it logged; the workspace's run page lists it with its task.
        await succeeded.First.ClickAsync();
        await Expect(page.Locator("[data-testid=run-detail-state]")).ToHaveTextAsync("succeeded");
        await Expect(page.Locator("[data-testid=run-log-entry]").First).ToContainTextAsync("\"tick\"");
        await ada.CloseDialogWithEscapeAsync();
        await Expect(page.Locator("[data-testid=run-detail]")).ToHaveCountAsync(0);

        // A saved edit is a draft change until it is published; the sidebar says so.
        await ada.ReplaceScriptAsync(EveryFiveSeconds.Replace("  schedule =", "  active = false\n  schedule =", StringComparison.Ordinal));
        await page.ClickAsync("[data-testid=save-task]");
        await Expect(listed.Locator("[data-testid=draft-changes]")).ToBeVisibleAsync();
        await Expect(listed).ToHaveAttributeAsync("data-status", "on");

        await ada.PublishAsync("");
        await Expect(page.Locator("[data-testid=published-version]")).ToHaveTextAsync("v2 published");
        await Expect(listed).ToHaveAttributeAsync("data-status", "off");
        await Expect(listed.Locator("[data-testid=draft-changes]")).ToHaveCountAsync(0);
        // A run already claimed may still finish; after that, nothing new.
        await Task.Delay(2_000);
        var settled = await page.Locator("[data-testid=run-row]").CountAsync();
        await Task.Delay(6_000);
        Assert.Equal(settled, await page.Locator("[data-testid=run-row]").CountAsync());

        // Versions: both listed with their notes; v1 differs from the draft by one region; restoring it makes a draft change.
        await page.ClickAsync("[data-testid=tab-versions]");
        await Expect(page.Locator("[data-testid=version-row]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=version-row][data-version='1']")).ToContainTextAsync("first cut");
        await page.Locator("[data-testid=version-row][data-version='1'] [data-testid=version-diff]").ClickAsync();
        await Expect(page.Locator("[data-testid=version-diff-summary]")).ToHaveTextAsync("1 changed region.");
        await Expect(page.Locator("[data-testid=version-diff-editor] .line-insert").First).ToBeVisibleAsync();
        await ada.ScreenshotAsync("publish-02-diff");
        await ada.CloseDialogWithEscapeAsync();
        await page.Locator("[data-testid=version-row][data-version='1'] [data-testid=version-restore]").ClickAsync();
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Expect(listed.Locator("[data-testid=draft-changes]")).ToBeVisibleAsync();
        Assert.DoesNotContain("active = false", await ada.EditorTextAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("[data-testid=save-state]")).Not.ToHaveTextAsync("Unsaved changes");

        await page.ClickAsync(".rz-navigation-item-link:has-text('Runs')");
        await Expect(page.Locator("[data-testid=runs-page] [data-testid=run-task]").First).ToHaveTextAsync("pulse");
        Assert.Empty(Server.ServerErrors);
    }
}
