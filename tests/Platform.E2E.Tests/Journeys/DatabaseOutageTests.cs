using Microsoft.Data.Sqlite;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>When the database fails under a page, the page says so and offers a retry; nothing crashes.</summary>
[Collection(E2ECollection.Name)]
public sealed class DatabaseOutageTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    protected override PlatformServer Server => fixture.Server;

    [Fact]
    public async Task TasksTableGone_ErrorWithRetry_ThenRecovers()
    {
        var user = await OpenPageAsync();
        await user.SignUpAsync("Olivia", "olivia@example.com");
        await user.CreateWorkspaceAsync("Outage");
        await user.CreateTaskAsync("survivor");

        await ExecuteAsync("ALTER TABLE tasks RENAME TO tasks_away");
        await user.Page.ReloadAsync();
        await Expect(user.Page.Locator("[data-testid=error-state]")).ToContainTextAsync("Could not load the tasks");
        await user.WaitForInteractiveAsync();

        await ExecuteAsync("ALTER TABLE tasks_away RENAME TO tasks");
        await user.Page.ClickAsync("[data-testid=error-state] button");

        await Expect(user.Page.Locator("[data-testid=error-state]")).ToHaveCountAsync(0);
        await Expect(user.Page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["survivor"]);
        await Expect(user.Page.Locator("[data-testid=task-title]")).ToHaveTextAsync("survivor");
        Assert.Contains(Server.ServerErrors, e => e.Contains("Loading the tasks of workspace", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListRefreshFailsWhileEditing_TheOpenTaskAndItsUnsavedEditsStay_SaveWorksOnceTheDatabaseIsBack()
    {
        var user = await OpenPageAsync();
        await user.SignUpAsync("Fynn", "fynn@example.com");
        await user.CreateWorkspaceAsync("Steady");
        await user.CreateTaskAsync("steady");
        var page = user.Page;
        const string Script = "task steady {\n  stack {\n    debug.log { value = \"kept\" }\n  }\n}";
        await user.ReplaceScriptAsync(Script);

        // The list refreshes every 5 seconds; with the tasks table gone, that refresh fails.
        await ExecuteAsync("ALTER TABLE tasks RENAME TO tasks_away");
        try
        {
            await Expect(page.Locator("[data-testid=task-list-error]")).ToBeVisibleAsync(new() { Timeout = 8_000 });
            await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("steady");
            await Expect(page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["steady"]);
        }
        finally
        {
            await ExecuteAsync("ALTER TABLE tasks_away RENAME TO tasks");
        }
        Assert.Equal(Script, await user.EditorTextAsync());
        await page.ClickAsync("[data-testid=task-list-retry]");
        await Expect(page.Locator("[data-testid=task-list-error]")).ToHaveCountAsync(0);
        await page.ClickAsync("[data-testid=save-task]");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        Assert.Equal(Script, await user.EditorTextAsync());
        Assert.Empty(user.BrowserErrors);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
