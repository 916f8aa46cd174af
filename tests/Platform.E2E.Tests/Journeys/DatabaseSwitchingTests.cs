using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.E2E.Tests.Infrastructure.TablePageActions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>
/// Going back and forth in the Database section as a user does: between tables, tabs, datasources and workspaces,
/// with two tabs open; what the screen shows must always be the open table's data in the selected datasource.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class DatabaseSwitchingTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    protected override PlatformServer Server => fixture.Server;


    [Fact]
    public async Task SwitchTablesTabsAndDatasources_ShowsOnlyTheOpenTablesData()
    {
        var (user, workspaceId) = await SignedUpWithWorkspaceAsync("sam");
        var page = user.Page;
        await user.GotoAsync($"/w/{workspaceId}/database");
        await user.WaitForInteractiveAsync();
        await CreateTableAsync(page, "alpha");
        await AddFieldAsync(page, "name", "Text");
        await CreateTableAsync(page, "beta");
        await AddFieldAsync(page, "title", "Text");
        await AddFieldAsync(page, "qty", "Int");

        await OpenTableAsync(page, "alpha");
        await AddRecordAsync(page, ("name", "alpha live"));
        await OpenTableAsync(page, "beta");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("0 records in live");
        await AddRecordAsync(page, ("title", "beta live"));

        // A file chosen on alpha's import tab does not follow to beta.
        await OpenTableAsync(page, "alpha");
        await OpenTabAsync(page, "Import", "csv");
        await ChooseCsvAsync(page, "name\nfrom file\n");
        await OpenTableAsync(page, "beta");
        await OpenTabAsync(page, "Import", "csv");
        await Expect(page.Locator("[data-testid=import-file-summary]")).ToHaveCountAsync(0);
        await OpenTabAsync(page, "Schema", "schema");
        await Expect(page.Locator("[data-testid=field-row]")).ToHaveCountAsync(2);
        await OpenTableAsync(page, "alpha");
        await OpenTabAsync(page, "Schema", "schema");
        await Expect(page.Locator("[data-testid=field-row]")).ToHaveCountAsync(1);

        // The datasource switch changes the grid, the counts and the chip; switching back shows live again.
        await OpenTabAsync(page, "Records", "records");
        await page.ClickAsync("[data-testid=datasource-switch] .rz-button:has-text('test')");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("0 records in test");
        await Expect(page.Locator("[data-testid=table-datasource]")).ToHaveTextAsync("test");
        await AddRecordAsync(page, ("name", "alpha test"));
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row")).ToContainTextAsync("alpha test");
        await OpenTableAsync(page, "beta");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("0 records in test");
        await page.ClickAsync("[data-testid=datasource-switch] .rz-button:has-text('live')");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("1 record in live");
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row")).ToContainTextAsync("beta live");
        await OpenTableAsync(page, "alpha");
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row")).ToContainTextAsync("alpha live");
        await Expect(page.Locator("[data-testid=table-item]:has-text('alpha') [data-testid=table-record-count]")).ToHaveTextAsync("1");
        await user.ScreenshotAsync("switch-01-alpha-live");

        // Another workspace from the top bar while a table is open, then back with the browser.
        var tablePath = new Uri(page.Url).PathAndQuery;
        var other = await user.CreateWorkspaceAsync("Other");
        await user.GotoAsync(tablePath);
        await user.WaitForInteractiveAsync();
        await Expect(page.Locator("[data-testid=table-title]")).ToHaveTextAsync("alpha");
        await page.ClickAsync("[data-testid=workspace-switcher] .rz-dropdown");
        await page.ClickAsync(".rz-dropdown-item:has-text('Other')");
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{other}/tasks$"));
        await page.ClickAsync(".rz-navigation-item-link:has-text('Database')");
        await Expect(page.Locator("[data-testid=table-list] [data-testid=empty-state]")).ToContainTextAsync("No tables yet");
        await page.GoBackAsync();
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{workspaceId}/database/\\d+$"));
        await Expect(page.Locator("[data-testid=table-title]")).ToHaveTextAsync("alpha");
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row")).ToContainTextAsync("alpha live");
        await Expect(page.Locator("[data-testid=table-item]")).ToHaveCountAsync(2);
        await user.ScreenshotAsync("switch-02-back");

        // The list's search stays while moving between the tables it found.
        await page.FillAsync("[data-testid=table-search]", "ALP");
        await Expect(page.Locator("[data-testid=table-item]")).ToHaveCountAsync(1);
        await OpenTableAsync(page, "alpha");
        await Expect(page.Locator("[data-testid=table-search]")).ToHaveValueAsync("ALP");
        await Expect(page.Locator("[data-testid=table-item]")).ToHaveCountAsync(1);

        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task TwoTabs_SchemaChangedInOne_TheOtherFollowsOnReloadAndOnItsNextChange()
    {
        var (user, workspaceId) = await SignedUpWithWorkspaceAsync("tia");
        var a = user.Page;
        await user.GotoAsync($"/w/{workspaceId}/database");
        await user.WaitForInteractiveAsync();
        await CreateTableAsync(a, "people");
        await AddFieldAsync(a, "name", "Text");
        await OpenTabAsync(a, "Records", "records");
        await AddRecordAsync(a, ("name", "Grace"));
        var tablePath = new Uri(a.Url).PathAndQuery;

        var b = await a.Context.NewPageAsync();
        await b.GotoAsync(Server.Url(tablePath));
        await b.Locator(".rz-layout[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(b.Locator("[data-testid=records-grid] .rz-data-row")).ToContainTextAsync("Grace");

        // Tab A renames the field; tab B's Reload shows the records under the new name, not as nulls under the old one.
        await OpenTabAsync(a, "Schema", "schema");
        await a.ClickAsync("[data-testid=field-row][data-field='name'] [data-testid=edit-field]");
        await a.FillAsync("[data-testid=field-name]", "full_name");
        await a.ClickAsync("[data-testid=field-submit]");
        await Expect(a.Locator("[data-testid=field-row][data-field='full_name']")).ToBeVisibleAsync();

        await b.ClickAsync("[data-testid=records-grid] button[title=Reload]");
        await Expect(b.Locator("[data-testid=records-grid] th:has-text('full_name')")).ToBeVisibleAsync();
        await Expect(b.Locator("[data-testid=records-grid] .rz-data-row")).ToContainTextAsync("Grace");

        // Tab B's schema is refused once as stale, with the latest schema shown, and then applies.
        await b.ClickAsync(".rz-tabview-nav li:has-text('Schema')");
        await a.ClickAsync("[data-testid=add-field]");
        await a.FillAsync("[data-testid=field-name]", "age");
        await a.SelectOptionAsync("[data-testid=field-type]", "Int");
        await a.ClickAsync("[data-testid=field-submit]");
        await Expect(a.Locator("[data-testid=field-row][data-field='age']")).ToBeVisibleAsync();
        await b.ClickAsync("[data-testid=add-field]");
        await b.FillAsync("[data-testid=field-name]", "email");
        await b.ClickAsync("[data-testid=field-submit]");
        await Expect(b.Locator("[data-testid=field-error]")).ToContainTextAsync("changed elsewhere");
        await Expect(b.Locator("[data-testid=field-row][data-field='age']")).ToBeVisibleAsync();
        await b.ClickAsync("[data-testid=field-submit]");
        await Expect(b.Locator("[data-testid=field-dialog]")).ToHaveCountAsync(0);
        await Expect(b.Locator("[data-testid=field-row]")).ToHaveCountAsync(3);

        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task LongNamesAndValues_FitTheScreen_AndDeletingTheOnlyRecordOfTheLastPageShowsThePageBefore()
    {
        var (user, workspaceId) = await SignedUpWithWorkspaceAsync("lou");
        var page = user.Page;
        await user.GotoAsync($"/w/{workspaceId}/database");
        await user.WaitForInteractiveAsync();
        var tableName = "t" + new string('x', 99);
        var fieldName = "f" + new string('y', 99);
        await CreateTableAsync(page, tableName);
        await AddFieldAsync(page, fieldName, "Text");
        var csv = new StringBuilder(fieldName + "\n\"" + new string('w', 5_000) + "\"\n");
        for (var i = 2; i <= 26; i++)
            csv.Append(CultureInfo.InvariantCulture, $"row {i}\n");
        await OpenTabAsync(page, "Import", "csv");
        await ChooseCsvAsync(page, csv.ToString());
        await page.ClickAsync("[data-testid=import-check]");
        await page.ClickAsync("[data-testid=import-run]");
        await Expect(page.Locator("[data-testid=import-report]")).ToHaveCountAsync(0);
        await OpenTabAsync(page, "Records", "records");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("26 records in live");
        await user.ScreenshotAsync("long-01-records");
        await Expect(page.Locator("[data-testid=table-title]")).ToHaveAttributeAsync("title", tableName);
        foreach (var action in new[] { "rename-table", "delete-table", "table-datasource" })
            await Expect(page.Locator($"[data-testid={action}]")).ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "The page scrolls sideways: a long name or value does not fit.");

        await page.ClickAsync("[data-testid=records-grid] .rz-pager-page:has-text('2')");
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row")).ToHaveCountAsync(1);
        await page.ClickAsync("[data-testid=delete-record]");
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("25 records in live");
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row")).ToHaveCountAsync(25);
        await user.ScreenshotAsync("long-02-after-delete");

        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task Viewer_ClicksEverythingOffered_NothingFailsAndNothingChanges()
    {
        var (owner, workspaceId) = await SignedUpWithWorkspaceAsync("otto");
        var page = owner.Page;
        await owner.GotoAsync($"/w/{workspaceId}/database");
        await owner.WaitForInteractiveAsync();
        await CreateTableAsync(page, "items");
        await AddFieldAsync(page, "label", "Text");
        await AddFieldAsync(page, "qty", "Int");
        await OpenTabAsync(page, "Records", "records");
        await AddRecordAsync(page, ("label", "live item"), ("qty", "3"));
        var tablePath = new Uri(page.Url).AbsolutePath;

        var viewer = await OpenPageAsync();
        await viewer.SignUpAsync("Vera", "vera@example.com");
        await Expect(viewer.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await owner.AddMemberAsync(workspaceId, "vera@example.com");
        await viewer.GotoAsync(tablePath);
        await viewer.WaitForInteractiveAsync();
        var v = viewer.Page;
        await Expect(v.Locator("[data-testid=records-grid] .rz-data-row")).ToContainTextAsync("live item");

        await v.ClickAsync("[data-testid=records-grid] button[title=Reload]");
        await v.ClickAsync("[data-testid=records-grid] th:has-text('qty') .rz-column-title");
        await v.ClickAsync("[data-testid=datasource-switch] .rz-button:has-text('test')");
        await Expect(v.Locator("[data-testid=records-summary]")).ToHaveTextAsync("0 records in test");
        await Expect(v.Locator("[data-testid=records-grid] [data-testid=empty-state]")).ToContainTextAsync("No records in test");
        await v.ClickAsync("[data-testid=datasource-switch] .rz-button:has-text('live')");
        await Expect(v.Locator("[data-testid=records-summary]")).ToHaveTextAsync("1 record in live");
        await OpenTabAsync(v, "Schema", "schema");
        await Expect(v.Locator("[data-testid=table-designer] button")).ToHaveCountAsync(0);
        await OpenTabAsync(v, "Import", "csv");
        var download = await v.RunAndWaitForDownloadAsync(() => v.ClickAsync("[data-testid=export-csv]"));
        Assert.Contains("live item", await File.ReadAllTextAsync(await download.PathAsync()), StringComparison.Ordinal);
        await v.ClickAsync(".rz-navigation-item-link:has-text('Settings')");
        await Expect(v.Locator("[data-testid=datasource-manager]")).ToBeVisibleAsync();
        await Expect(v.Locator("[data-testid=datasource-manager] button, [data-testid=rename-workspace]")).ToHaveCountAsync(0);
        await viewer.ScreenshotAsync("viewer-01-settings");

        Assert.Empty(viewer.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    private static async Task OpenTableAsync(IPage page, string name)
    {
        await page.ClickAsync($"[data-testid=table-item]:has-text('{name}')");
        await Expect(page.Locator("[data-testid=table-title]")).ToHaveTextAsync(name);
    }

    private static async Task AddRecordAsync(IPage page, params (string Field, string Value)[] values)
    {
        await page.ClickAsync("[data-testid=add-record]");
        foreach (var (field, value) in values)
            await page.FillAsync($"[data-testid=record-field-{field}]", value);
        await page.ClickAsync("[data-testid=record-submit]");
        await Expect(page.Locator("[data-testid=record-dialog]")).ToHaveCountAsync(0);
    }
}
