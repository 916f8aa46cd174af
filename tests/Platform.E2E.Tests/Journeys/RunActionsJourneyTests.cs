using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>The workspace's Runs page: run a failed run again, cancel a long run from its detail, filters kept in the URL.</summary>
[Collection(E2ECollection.Name)]
public sealed class RunActionsJourneyTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    private const string Failing = """
        task flaky {
          stack {
            precondition (false) {
              error = "Not today"
            }
          }
        }
        """;

    private const string Sleeper = """
        task sleeper {
          stack {
            debug.log { value = "going to sleep" }
            util.sleep { value = 600 }
          }
        }
        """;

    protected override PlatformServer Server => fixture.Server;

    /// <summary>Saves a script as the task's draft and runs it with Run now; waits until the run is in this state.</summary>
    private static async Task SaveAndRunAsync(PlatformPage user, string script, string state)
    {
        var page = user.Page;
        await user.ReplaceScriptAsync(script);
        await page.ClickAsync("[data-testid=save-task]");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        await page.ClickAsync("[data-testid=run-now-start]");
        await Expect(page.Locator("[data-testid=run-now-state]")).ToHaveTextAsync(state, new() { Timeout = 10_000 });
    }

    private static async Task PickAsync(IPage page, string dropdown, string item)
    {
        await page.ClickAsync($"[data-testid={dropdown}]");
        await page.Locator(".rz-dropdown-item:visible", new() { HasText = item }).First.ClickAsync();
    }

    [Fact]
    public async Task RunAgainAFailedRun_CancelALongOne_FilterByTaskAndState_KeptOnReload()
    {
        var (ada, workspaceId) = await SignedUpWithWorkspaceAsync("ada-runactions");
        var page = ada.Page;
        await ada.CreateTaskAsync("flaky");
        await SaveAndRunAsync(ada, Failing, "failed");
        await ada.CreateTaskAsync("sleeper");
        await SaveAndRunAsync(ada, Sleeper, "running");

        // A failed run opened from the Runs page runs again: same version (the draft snapshot), same datasource.
        await ada.GotoAsync($"/w/{workspaceId}/runs");
        await ada.WaitForInteractiveAsync();
        var failed = page.Locator("[data-testid=run-row][data-state=failed]");
        await Expect(failed).ToHaveCountAsync(1);
        await failed.ClickAsync();
        await Expect(page.Locator("[data-testid=run-detail-state]")).ToHaveTextAsync("failed");
        await Expect(page.Locator("[data-testid=run-detail-cancel]")).ToHaveCountAsync(0);
        await page.ClickAsync("[data-testid=run-detail-run-again]");
        await Expect(page.Locator("[data-testid=run-detail-notice]")).ToHaveTextAsync(new Regex(@"^Queued as run #\d+\.$"));
        var queuedAs = (await page.Locator("[data-testid=run-detail-notice]").TextContentAsync())!;
        await ada.ScreenshotAsync("runactions-01-queued-again");
        await ada.CloseDialogWithEscapeAsync();
        var again = page.Locator($"[data-testid=run-row][title='Open run #{Regex.Match(queuedAs, @"\d+").Value}']");
        await Expect(again).ToHaveAttributeAsync("data-state", "failed", new() { Timeout = 10_000 });
        await Expect(again).ToContainTextAsync("flaky");
        await Expect(again).ToContainTextAsync("draft");
        await Expect(failed).ToHaveCountAsync(2);

        // The long run is cancelled from its detail, after a confirmation.
        var running = page.Locator("[data-testid=run-row][data-state=running]");
        await Expect(running).ToHaveCountAsync(1);
        await running.ClickAsync();
        await Expect(page.Locator("[data-testid=run-detail-state]")).ToHaveTextAsync("running");
        await Expect(page.Locator("[data-testid=run-detail-run-again]")).ToHaveCountAsync(0);
        await page.ClickAsync("[data-testid=run-detail-cancel]");
        await ada.DialogScriptRanAsync();
        await page.Locator(".rz-dialog-confirm-buttons").GetByRole(AriaRole.Button, new() { Name = "Cancel run", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=run-detail-state]")).ToHaveTextAsync("cancelled", new() { Timeout = 10_000 });
        await Expect(page.Locator("[data-testid=run-detail-run-again]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=run-detail-notice]")).ToHaveCountAsync(0);
        await ada.ScreenshotAsync("runactions-02-cancelled");
        await ada.CloseDialogWithEscapeAsync();
        await Expect(page.Locator("[data-testid=run-row][data-state=cancelled]")).ToHaveCountAsync(1);

        // Filters by task and state go into the URL and survive a reload.
        await PickAsync(page, "runs-task-filter", "flaky");
        await Expect(page).ToHaveURLAsync(new Regex(@"/runs\?task=\d+$"));
        await Expect(page.Locator("[data-testid=run-task]")).ToHaveTextAsync(["flaky", "flaky"]);
        await PickAsync(page, "runs-state-filter", "cancelled");
        await Expect(page).ToHaveURLAsync(new Regex(@"/runs\?task=\d+&state=cancelled$"));
        await Expect(page.Locator("[data-testid=runs-empty]")).ToHaveTextAsync("No cancelled runs of “flaky”.");
        await PickAsync(page, "runs-state-filter", "failed");
        await Expect(page).ToHaveURLAsync(new Regex(@"/runs\?task=\d+&state=failed$"));
        await Expect(page.Locator("[data-testid=run-row]")).ToHaveCountAsync(2);

        await page.ReloadAsync();
        await ada.WaitForInteractiveAsync();
        await Expect(page.Locator("[data-testid=run-row][data-state=failed]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=run-row]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=runs-task-filter]")).ToContainTextAsync("flaky");
        await Expect(page.Locator("[data-testid=runs-state-filter]")).ToContainTextAsync("failed");
        await ada.ScreenshotAsync("runactions-03-filtered");

        // Leaving and coming back keeps them too.
        await page.ClickAsync(".rz-navigation-item-link:has-text('Tasks')");
        await Expect(page).ToHaveURLAsync(new Regex("/tasks"));
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/runs\?task=\d+&state=failed$"));
        await Expect(page.Locator("[data-testid=run-row]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=runs-state-filter]")).ToContainTextAsync("failed");
        AssertNoBrowserOrServerErrors();
    }
}
