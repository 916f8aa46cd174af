using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.E2E.Tests.Infrastructure;
using Platform.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>
/// The foundation's acceptance journey, on each database: sign up, create a workspace and a task, edit it
/// in Monaco, save with Ctrl+S, reload, switch to test data, sign out, and stay out of other people's tasks.
/// </summary>
[Collection(E2ECollection.Name)]
public abstract class FirstTaskJourneyTests(BrowserFixture browser) : BrowserTests(browser)
{
    private PlatformServer _server = null!;

    protected override PlatformServer Server => _server;

    protected abstract Task<PlatformServer> StartServerAsync();

    public override async Task InitializeAsync() => _server = await StartServerAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SignUpCreateEditSaveReloadSwitchSignOut_AndAStrangerCannotOpenTheTask()
    {
        var ada = await OpenPageAsync();
        var page = ada.Page;

        // First run: the product opens on sign-up.
        await ada.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/signup"));
        await ada.ScreenshotAsync("01-signup");
        await ada.SignUpAsync("Ada Lovelace", "ada@example.com");
        await Expect(page).ToHaveURLAsync(new Regex("/workspaces$"));

        var workspaceId = await ada.CreateWorkspaceAsync("Analytical Engines");
        await Expect(page.Locator("[data-testid=empty-state]").First).ToContainTextAsync("No tasks yet");
        await ada.ScreenshotAsync("02-empty-workspace");
        var taskId = await ada.CreateTaskAsync("daily_report");
        var taskPath = $"/w/{workspaceId}/tasks/{taskId}";
        Assert.StartsWith("task daily_report {", await ada.EditorTextAsync());
        await Expect(page.Locator("#task-script-editor")).ToHaveAttributeAsync("data-language", "xanoscript");

        await ada.TypeAtEndOfScriptAsync("// hello from e2e");
        await Expect(page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        await ada.ScreenshotAsync("03-saved");

        await page.ReloadAsync();
        await ada.WaitForInteractiveAsync();
        Assert.Contains("// hello from e2e", await ada.EditorTextAsync());
        Assert.Equal(["daily_report"], await page.Locator("[data-testid=task-item] .task-name").AllTextContentsAsync());

        await Expect(page.Locator("[data-testid=test-data-marker]")).ToHaveCountAsync(0);
        await page.ClickAsync("[data-testid=datasource-switch] .rz-button:has-text('test')");
        await Expect(page.Locator("[data-testid=test-data-marker]")).ToHaveTextAsync("TEST DATA");
        await Expect(page.Locator("[data-testid=test-data-banner]")).ToBeVisibleAsync();
        await ada.ScreenshotAsync("04-test-data");
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=test-data-marker]")).ToHaveTextAsync("TEST DATA");

        await ada.WaitForInteractiveAsync();
        await ada.SignOutAsync();
        await ada.GotoAsync(taskPath);
        await Expect(page).ToHaveURLAsync(new Regex($"/account/signin\\?ReturnUrl={Regex.Escape(Uri.EscapeDataString(taskPath))}"));

        // A second user guesses the URL: a 404 page, and nothing of Ada's task.
        var eve = await OpenPageAsync();
        await eve.SignUpAsync("Eve", "eve@example.com");
        await Expect(eve.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        var response = await eve.GotoAsync(taskPath);
        Assert.Equal(404, response!.Status);
        await Expect(eve.Page.Locator("body")).ToContainTextAsync("not found");
        await eve.ScreenshotAsync("05-stranger-404");
        var html = await eve.Page.ContentAsync();
        Assert.DoesNotContain("daily_report", html);
        Assert.DoesNotContain("hello from e2e", html);
        Assert.DoesNotContain("Analytical Engines", html);
        Assert.Equal(404, (await eve.GotoAsync($"/w/{workspaceId}/tasks"))!.Status);

        // Signing back in returns Ada to the page she asked for.
        await ada.SignInAsync("ada@example.com", returnUrl: taskPath);
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(taskPath) + "$"));
        await ada.WaitForInteractiveAsync();
        Assert.Contains("// hello from e2e", await ada.EditorTextAsync());

        Assert.Empty(ada.BrowserErrors.Concat(eve.BrowserErrors));
        Assert.True(_server.ServerErrors.IsEmpty, string.Join("\n", _server.ServerErrors));
    }
}

public sealed class SqliteFirstTaskJourneyTests(BrowserFixture browser) : FirstTaskJourneyTests(browser)
{
    protected override Task<PlatformServer> StartServerAsync() => Task.FromResult(PlatformServer.StartSqlite());
}

public sealed class PostgresFirstTaskJourneyTests(BrowserFixture browser, PostgresServer postgres) : FirstTaskJourneyTests(browser)
{
    protected override Task<PlatformServer> StartServerAsync() => PlatformServer.StartPostgresAsync(postgres);
}
