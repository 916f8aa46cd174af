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

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
