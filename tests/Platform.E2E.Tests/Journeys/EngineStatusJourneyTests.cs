using System.Text.RegularExpressions;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>The engine status page of a running server: this process's node is alive and the queue is counted.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class EngineStatusJourneyTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    private const string SlowTask = """
        task slow_report {
          stack {
            util.sleep { value = 4 }
          }
          schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 10}]
        }
        """;

    protected override PlatformServer Server => fixture.Server;

    [GeneratedRegex("/engine$")]
    private static partial Regex EngineUrl();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex WholeNumber();

    [Fact]
    public async Task OpenFromTheSidebar_ThisNodeIsAlive_QueueDepthShown_RefreshPauses()
    {
        var ada = await OpenPageAsync();
        await ada.SignUpAsync("Ada", "ada-engine@example.com");
        await Expect(ada.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await ada.WaitForInteractiveAsync();
        var page = ada.Page;

        await page.ClickAsync("[data-testid=nav-engine]");
        await Expect(page).ToHaveURLAsync(EngineUrl());

        // The test server is this process: its node is named after the machine and this process id.
        var node = page.Locator($"[data-testid=node-row][data-node='{Environment.MachineName}-{Environment.ProcessId}']");
        await Expect(node).ToHaveAttributeAsync("data-status", "alive");
        await Expect(node.Locator("[data-testid=node-load]")).ToHaveTextAsync(new Regex(@"^\d+ / 16$"));
        await Expect(page.Locator("[data-testid=queue-queued] .figure-value")).ToHaveTextAsync(WholeNumber());
        await Expect(page.Locator("[data-testid=queue-due] .figure-value")).ToHaveTextAsync(WholeNumber());
        await Expect(page.Locator("[data-testid=leases-empty]")).ToBeVisibleAsync();
        await ada.ScreenshotAsync("engine-01-status");

        await page.ClickAsync("[data-testid=engine-pause]");
        await Expect(page.Locator("[data-testid=engine-pause]")).ToContainTextAsync("Resume");
        await Expect(page.Locator("[data-testid=engine-updated]")).ToContainTextAsync("Paused");
        Assert.Empty(Server.ServerErrors);
    }

    [Fact]
    public async Task PublishASlowTask_ItsRunShowsAsALeaseOnThisNode_UntilItEnds()
    {
        var grace = await OpenPageAsync();
        await grace.SignUpAsync("Grace", "grace-engine@example.com");
        await Expect(grace.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await grace.CreateWorkspaceAsync("Reports");
        await grace.CreateTaskAsync("slow_report");
        var page = grace.Page;
        await Expect(page.Locator("[data-testid=runs-empty]")).ToBeVisibleAsync();
        await grace.ReplaceScriptAsync(SlowTask);
        await grace.PublishAsync();
        await Expect(page.Locator("[data-testid=published-version]")).ToHaveTextAsync("v1 published");

        // The next 10-second slot comes within 10 seconds; each run then sleeps for 4 of them.
        await page.ClickAsync("[data-testid=nav-engine]");
        await Expect(page).ToHaveURLAsync(EngineUrl());
        var lease = page.Locator("[data-testid=lease-row]");
        await Expect(lease).ToContainTextAsync("slow_report", new() { Timeout = 15_000 });
        await Expect(lease).ToContainTextAsync("Reports");
        await Expect(lease).ToContainTextAsync($"{Environment.MachineName}-{Environment.ProcessId}");
        await grace.ScreenshotAsync("engine-02-lease");
        await Expect(page.Locator("[data-testid=leases-empty]")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(page.Locator("[data-testid=count-succeeded] .figure-value")).Not.ToHaveTextAsync("0", new() { Timeout = 10_000 });
        Assert.Empty(Server.ServerErrors);
    }
}
