using System.Text.RegularExpressions;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>Environment variables: added on the Settings page, read by a run as $env.NAME, replaced, deleted; viewers see names only.</summary>
[Collection(E2ECollection.Name)]
public sealed class EnvironmentVariablesJourneyTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    private const string Greeter = """
        task greeter {
          stack {
            debug.log { value = $env.GREETING }
          }
        }
        """;

    protected override PlatformServer Server => fixture.Server;

    [Fact]
    public async Task AddRunReplaceDelete_ValueNeverShown_ViewerSeesNamesOnly()
    {
        var ada = await OpenPageAsync();
        var page = ada.Page;
        await ada.SignUpAsync("Ada", "ada-env@example.com");
        await Expect(page).ToHaveURLAsync(new Regex("/workspaces$"));
        var workspaceId = await ada.CreateWorkspaceAsync("Webhooks");
        var taskId = await ada.CreateTaskAsync("greeter");
        var section = page.Locator("[data-testid=environment-variables]");

        // Add: a bad name is refused on the name input; Enter submits.
        await ada.GotoAsync($"/w/{workspaceId}/settings");
        await ada.WaitForInteractiveAsync();
        await Expect(section.Locator("[data-testid=empty-state]")).ToHaveTextAsync(new Regex("No environment variables yet. Tasks read them as \\$env.NAME."));
        await page.ClickAsync("[data-testid=add-variable]");
        await ada.DialogScriptRanAsync();
        await page.FillAsync("[data-testid=variable-name-input]", "1GREETING");
        await page.FillAsync("[data-testid=variable-value-input]", "hello");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=variable-name-error]")).ToHaveTextAsync("Variable name cannot start with a digit; found '1'.");
        await page.FillAsync("[data-testid=variable-name-input]", "GREETING");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".rz-dialog-content")).ToHaveCountAsync(0);
        var row = section.Locator("[data-testid=variable-row][data-variable=GREETING]");
        await Expect(row).ToContainTextAsync("••••••");
        await Expect(row.Locator("[data-testid=variable-updated]")).ToContainTextAsync("by Ada");
        await Expect(section).Not.ToContainTextAsync("hello");
        await ada.ScreenshotAsync("env-01-added");

        // A run reads it.
        await RunGreeterAsync(ada, workspaceId, taskId, "hello");

        // Replace: the new value applies to the next run.
        await ada.GotoAsync($"/w/{workspaceId}/settings");
        await ada.WaitForInteractiveAsync();
        await row.Locator("[data-testid=replace-variable]").ClickAsync();
        await ada.DialogScriptRanAsync();
        await Expect(page.Locator("[data-testid=variable-name-input]")).ToHaveCountAsync(0);
        await page.FillAsync("[data-testid=variable-value-input]", "bonjour");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".rz-dialog-content")).ToHaveCountAsync(0);
        await RunGreeterAsync(ada, workspaceId, taskId, "bonjour");

        // A viewer sees the name, never a value, and no buttons.
        var viewer = await OpenPageAsync();
        await viewer.SignUpAsync("Vic", "vic-env@example.com");
        await Expect(viewer.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await ada.AddMemberAsync(workspaceId, "vic-env@example.com");
        await viewer.GotoAsync($"/w/{workspaceId}/settings");
        await viewer.WaitForInteractiveAsync();
        var viewerSection = viewer.Page.Locator("[data-testid=environment-variables]");
        await Expect(viewerSection.Locator("[data-testid=variable-name]")).ToHaveTextAsync(["GREETING"]);
        await Expect(viewerSection).Not.ToContainTextAsync("bonjour");
        await Expect(viewerSection.Locator("[data-testid=add-variable]")).ToHaveCountAsync(0);
        await Expect(viewerSection.Locator("[data-testid=replace-variable]")).ToHaveCountAsync(0);
        await Expect(viewerSection.Locator("[data-testid=delete-variable]")).ToHaveCountAsync(0);
        await viewer.ScreenshotAsync("env-02-viewer");

        // Delete, after a confirmation naming the variable.
        await ada.GotoAsync($"/w/{workspaceId}/settings");
        await ada.WaitForInteractiveAsync();
        await row.Locator("[data-testid=delete-variable]").ClickAsync();
        await Expect(page.Locator(".rz-dialog-content")).ToContainTextAsync("Delete the environment variable “GREETING”?");
        await ada.DialogButton("Delete").ClickAsync();
        await Expect(section.Locator("[data-testid=empty-state]")).ToBeVisibleAsync();
        await Expect(section.Locator("[data-testid=variable-row]")).ToHaveCountAsync(0);

        Assert.Empty(ada.BrowserErrors.Concat(viewer.BrowserErrors));
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    private static async Task RunGreeterAsync(PlatformPage ada, int workspaceId, int taskId, string expected)
    {
        var page = ada.Page;
        await ada.GotoAsync($"/w/{workspaceId}/tasks/{taskId}");
        await ada.WaitForInteractiveAsync();
        await ada.ReplaceScriptAsync(Greeter);
        await page.ClickAsync("[data-testid=run-now-start]");
        await Expect(page.Locator("[data-testid=run-now-state]")).ToHaveTextAsync("succeeded", new() { Timeout = 10_000 });
        await Expect(page.Locator("[data-testid=run-now-log]").First).ToContainTextAsync($"\"{expected}\"");
    }
}
