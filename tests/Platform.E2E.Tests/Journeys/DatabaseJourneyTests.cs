using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Data.Model;
using Platform.Data.Workspaces;
using Platform.E2E.Tests.Infrastructure;
using Platform.Tests.Shared;
using static Microsoft.Playwright.Assertions;
using static Platform.E2E.Tests.Infrastructure.TablePageActions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>
/// The workspace database in the browser, on each provider: create a table with fields, add records, switch to test
/// (empty), import a CSV there, export it and get the same content back; and a viewer who sees but cannot change.
/// </summary>
[Collection(E2ECollection.Name)]
public abstract partial class DatabaseJourneyTests(BrowserFixture browser) : BrowserTests(browser)
{
    private const string ImportedCsv =
        "name,price,active,category\n" +
        "Abacus,12.5,true,toy\n" +
        "\"Book, with comma\",7,false,book\n" +
        "Crayons,0.25,true,\n";

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
    public async Task CreateTableAddRecordsSwitchToTestImportExport_ExportMatchesTheImport()
    {
        var ada = await OpenPageAsync();
        var page = ada.Page;
        await ada.SignUpAsync("Ada Lovelace", "ada-db@example.com");
        await Expect(page).ToHaveURLAsync(new Regex("/workspaces$"));
        var workspaceId = await ada.CreateWorkspaceAsync("Shop");

        await page.ClickAsync(".rz-navigation-item-link:has-text('Database')");
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{workspaceId}/database$"));
        await Expect(page.Locator("[data-testid=table-list] [data-testid=empty-state]")).ToContainTextAsync("No tables yet");
        await page.ClickAsync("[data-testid=create-first-table]");
        await Expect(page.Locator("[data-testid=name-input]")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=name-error]")).ToHaveTextAsync("Table name is required.");
        await page.FillAsync("[data-testid=name-input]", "products");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{workspaceId}/database/\\d+\\?tab=schema$"));
        await Expect(page.Locator("[data-testid=table-title]")).ToHaveTextAsync("products");

        // A reserved name is refused on the name input, and nothing is added.
        await page.ClickAsync("[data-testid=add-field]");
        await Expect(page.Locator("[data-testid=field-name]")).ToBeFocusedAsync();
        await page.FillAsync("[data-testid=field-name]", "id");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=field-message-name]")).ToContainTextAsync("id");
        await ada.CloseDialogWithEscapeAsync();
        await Expect(page.Locator("[data-testid=field-dialog]")).ToHaveCountAsync(0);

        await AddFieldAsync(page, "name", "Text", required: true);
        await AddFieldAsync(page, "price", "Decimal");
        await AddFieldAsync(page, "active", "Bool");
        await AddFieldAsync(page, "category", "Enum", enumValues: "book\ntoy");
        await Expect(page.Locator("[data-testid=field-row]")).ToHaveCountAsync(4);
        await ada.ScreenshotAsync("db-01-schema");

        // Records in live: a missing required value is reported on its input, then the record is added.
        await OpenTabAsync(page, "Records", "records");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("0 records in live");
        await page.ClickAsync("[data-testid=add-record]");
        await page.FillAsync("[data-testid=record-field-price]", "3.5");
        await page.ClickAsync("[data-testid=record-submit]");
        await Expect(page.Locator("[data-testid=field-message-name]")).ToContainTextAsync("required");
        await page.FillAsync("[data-testid=record-field-name]", "Live thing");
        await page.ClickAsync("[data-testid=record-submit]");
        await Expect(page.Locator("[data-testid=record-dialog]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("1 record in live");
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row")).ToContainTextAsync("Live thing");
        await ada.ScreenshotAsync("db-02-live-records");

        // Test data is separate: the grid is empty there.
        await page.ClickAsync("[data-testid=datasource-switch] .rz-button:has-text('test')");
        await Expect(page.Locator("[data-testid=test-data-marker]")).ToHaveTextAsync("TEST DATA");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("0 records in test");
        await Expect(page.Locator("[data-testid=records-grid] [data-testid=empty-state]")).ToContainTextAsync("No records in test");

        // A file with a bad row is reported per row and field, and not imported.
        await OpenTabAsync(page, "Import", "csv");
        await ChooseCsvAsync(page, "name,price\nGood,1\nBad,lots\n", ", 2 columns.");
        await page.ClickAsync("[data-testid=import-check]");
        await Expect(page.Locator("[data-testid=import-summary]")).ToHaveTextAsync("1 of 2 rows cannot be imported; 1 can.");
        await Expect(page.Locator("[data-testid=import-problem]")).ToContainTextAsync("price");
        await Expect(page.Locator("[data-testid=import-run]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=import-valid]")).ToBeVisibleAsync();
        await ada.ScreenshotAsync("db-03-import-report");

        await ChooseCsvAsync(page, ImportedCsv, $", {Rows(ImportedCsv)[0].Length} columns.");
        await Expect(page.Locator("[data-testid=mapping-3]")).ToHaveValueAsync("category");
        await page.ClickAsync("[data-testid=import-check]");
        await Expect(page.Locator("[data-testid=import-summary]")).ToHaveTextAsync("All 3 rows are valid.");
        await page.ClickAsync("[data-testid=import-run]");
        await Expect(page.Locator("[data-testid=import-report]")).ToHaveCountAsync(0);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-csv]"));
        Assert.Equal("products-test.csv", download.SuggestedFilename);
        var exported = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Equal(Rows(ImportedCsv), Rows(exported).Select(r => r[2..]).ToList());
        Assert.Equal(["1", "2", "3"], Rows(exported).Skip(1).Select(r => r[0]));

        await OpenTabAsync(page, "Records", "records");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("3 records in test");
        await Expect(page.Locator("[data-testid=table-record-count]")).ToHaveTextAsync("3");
        await page.ClickAsync("[data-testid=records-grid] th:has-text('price') .rz-column-title");
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row").First).ToContainTextAsync("Crayons");
        await page.ClickAsync("[data-testid=records-grid] th:has-text('price') .rz-column-title");
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row").First).ToContainTextAsync("Abacus");

        // The grid's filter runs in the database: a case-insensitive "contains" on name.
        await page.ClickAsync("[data-testid=records-grid] th:has-text('name') .rz-grid-filter-icon");
        await page.Locator(".rz-grid-filter:visible input.rz-textbox").First.FillAsync("CRAY");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("1 record match in test");
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row")).ToHaveCountAsync(1);
        await ada.ScreenshotAsync("db-04-test-records");

        Assert.Empty(ada.BrowserErrors);
        Assert.True(_server.ServerErrors.IsEmpty, string.Join("\n", _server.ServerErrors));
    }

    [Fact]
    public async Task Viewer_SeesTablesAndRecords_ButNoWayToChangeThem()
    {
        var owner = await OpenPageAsync();
        var page = owner.Page;
        await owner.SignUpAsync("Olive Owner", "olive@example.com");
        await Expect(page).ToHaveURLAsync(new Regex("/workspaces$"));
        var workspaceId = await owner.CreateWorkspaceAsync("Shared");
        await owner.GotoAsync($"/w/{workspaceId}/database");
        await owner.WaitForInteractiveAsync();
        await page.ClickAsync("[data-testid=new-table]");
        await page.FillAsync("[data-testid=name-input]", "notes");
        await page.ClickAsync("[data-testid=name-submit]");
        await Expect(page).ToHaveURLAsync(new Regex("tab=schema$"));
        await AddFieldAsync(page, "title", "Text");
        var tablePath = new Uri(page.Url).AbsolutePath;
        await OpenTabAsync(page, "Records", "records");
        await page.ClickAsync("[data-testid=add-record]");
        await page.FillAsync("[data-testid=record-field-title]", "Shared note");
        await page.ClickAsync("[data-testid=record-submit]");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("1 record in live");

        var viewer = await OpenPageAsync();
        await viewer.SignUpAsync("Vic Viewer", "vic@example.com");
        await Expect(viewer.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await owner.AddMemberAsync(workspaceId, "vic@example.com");

        await viewer.GotoAsync(tablePath);
        await viewer.WaitForInteractiveAsync();
        var v = viewer.Page;
        await Expect(v.Locator("[data-testid=read-only]")).ToBeVisibleAsync();
        await Expect(v.Locator("[data-testid=records-grid] .rz-data-row")).ToContainTextAsync("Shared note");
        await Expect(v.Locator("[data-testid=add-record]")).ToHaveCountAsync(0);
        await Expect(v.Locator("[data-testid=edit-record]")).ToHaveCountAsync(0);
        await Expect(v.Locator("[data-testid=delete-record]")).ToHaveCountAsync(0);
        await Expect(v.Locator("[data-testid=new-table]")).ToHaveCountAsync(0);
        await Expect(v.Locator("[data-testid=rename-table]")).ToHaveCountAsync(0);
        await OpenTabAsync(v, "Schema", "schema");
        await Expect(v.Locator("[data-testid=field-row]")).ToHaveCountAsync(1);
        await Expect(v.Locator("[data-testid=add-field]")).ToHaveCountAsync(0);
        await Expect(v.Locator("[data-testid=edit-field]")).ToHaveCountAsync(0);
        await OpenTabAsync(v, "Import", "csv");
        await Expect(v.Locator("[data-testid=import-file]")).ToHaveCountAsync(0);
        await Expect(v.Locator("[data-testid=export-csv]")).ToBeVisibleAsync();
        var exportPath = await v.Locator("[data-testid=export-csv]").GetAttributeAsync("href");
        await viewer.GotoAsync($"/w/{workspaceId}/settings");
        await Expect(v.Locator("[data-testid=datasource-manager]")).ToBeVisibleAsync();
        await Expect(v.Locator("[data-testid=add-datasource]")).ToHaveCountAsync(0);
        await Expect(v.Locator("[data-testid=clear-test]")).ToHaveCountAsync(0);
        await viewer.ScreenshotAsync("db-05-viewer");

        // The export URL is checked on the server too: the viewer reads it, a stranger gets a 404.
        var viewerExport = await v.APIRequest.GetAsync(_server.Url(exportPath!));
        Assert.Equal(200, viewerExport.Status);
        Assert.Contains("Shared note", await viewerExport.TextAsync(), StringComparison.Ordinal);
        var eve = await OpenPageAsync();
        await eve.SignUpAsync("Eve", "eve-db@example.com");
        await Expect(eve.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        var strangerExport = await eve.Page.APIRequest.GetAsync(_server.Url(exportPath!));
        Assert.Equal(404, strangerExport.Status);
        Assert.DoesNotContain("Shared note", await strangerExport.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(404, (await eve.GotoAsync(tablePath))!.Status);

        Assert.Empty(owner.BrowserErrors.Concat(viewer.BrowserErrors));
        Assert.True(_server.ServerErrors.IsEmpty, string.Join("\n", _server.ServerErrors));
    }

    [Fact]
    public async Task Datasources_AddStagingCopyLiveToTestClearAndRemove_WithCountsInEachConfirmation()
    {
        var ada = await OpenPageAsync();
        var page = ada.Page;
        await ada.SignUpAsync("Ada Lovelace", "ada-ds@example.com");
        await Expect(page).ToHaveURLAsync(new Regex("/workspaces$"));
        var workspaceId = await ada.CreateWorkspaceAsync("Stages");
        await ada.GotoAsync($"/w/{workspaceId}/database");
        await ada.WaitForInteractiveAsync();
        await page.ClickAsync("[data-testid=create-first-table]");
        await page.FillAsync("[data-testid=name-input]", "notes");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("tab=schema$"));
        await AddFieldAsync(page, "title", "Text");
        await OpenTabAsync(page, "Records", "records");
        await page.ClickAsync("[data-testid=add-record]");
        await Expect(page.Locator("[data-testid=record-field-title]")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("First note");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("1 record in live");

        await page.ClickAsync(".rz-navigation-item-link:has-text('Settings')");
        await Expect(Row(page, "live")).ToContainTextAsync("1");
        await page.ClickAsync("[data-testid=add-datasource]");
        await page.FillAsync("[data-testid=name-input]", "staging");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Row(page, "staging")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=datasource-switch] .rz-button:has-text('staging')")).ToBeVisibleAsync();

        await page.ClickAsync("[data-testid=copy-live-to-test]");
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("Replace the 0 records of test with a copy of the 1 record of live?");
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();
        await Expect(Row(page, "test").Locator("[data-testid=datasource-records]")).ToHaveTextAsync("1");

        await page.ClickAsync("[data-testid=clear-test]");
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("Delete all 1 record of the test datasource?");
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Clear" }).ClickAsync();
        await Expect(Row(page, "test").Locator("[data-testid=datasource-records]")).ToHaveTextAsync("0");
        await Expect(Row(page, "live").Locator("[data-testid=datasource-records]")).ToHaveTextAsync("1");

        await page.ClickAsync("[data-testid=datasource-switch] .rz-button:has-text('staging')");
        await Expect(page.Locator("[data-testid=test-data-marker]")).ToHaveTextAsync("STAGING DATA");
        await ada.ScreenshotAsync("db-06-datasources");
        await Row(page, "staging").Locator("[data-testid=remove-datasource]").ClickAsync();
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("Remove the datasource “staging”? It holds no records.");
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Expect(Row(page, "staging")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=datasource-switch] .rz-button:has-text('staging')")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=test-data-marker]")).ToHaveCountAsync(0);

        // Back to the live record: edit it, then delete it with a confirmation that names it.
        await page.ClickAsync(".rz-navigation-item-link:has-text('Database')");
        await page.ClickAsync("[data-testid=table-item]:has-text('notes')");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("1 record in live");
        await page.ClickAsync("[data-testid=edit-record]");
        await Expect(page.Locator("[data-testid=record-field-title]")).ToHaveValueAsync("First note");
        await page.FillAsync("[data-testid=record-field-title]", "Edited note");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=records-grid] .rz-data-row")).ToContainTextAsync("Edited note");
        await page.ClickAsync("[data-testid=delete-record]");
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("Delete record #1 of “notes” in the live datasource?");
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("0 records in live");

        await page.ClickAsync("[data-testid=rename-table]");
        await page.FillAsync("[data-testid=name-input]", "memos");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=table-title]")).ToHaveTextAsync("memos");
        await Expect(page.Locator("[data-testid=table-item] .task-name")).ToHaveTextAsync(["memos"]);

        Assert.Empty(ada.BrowserErrors);
        Assert.True(_server.ServerErrors.IsEmpty, string.Join("\n", _server.ServerErrors));
    }

    [Fact]
    public async Task NullableBool_SetToTrue_ThenBackToNull_GridAndDatabaseHoldNull()
    {
        var ada = await OpenPageAsync();
        var page = ada.Page;
        await ada.SignUpAsync("Ada Lovelace", "ada-bool@example.com");
        await Expect(page).ToHaveURLAsync(new Regex("/workspaces$"));
        var workspaceId = await ada.CreateWorkspaceAsync("Flags");
        await ada.GotoAsync($"/w/{workspaceId}/database");
        await ada.WaitForInteractiveAsync();
        await page.ClickAsync("[data-testid=create-first-table]");
        await page.FillAsync("[data-testid=name-input]", "todos");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("tab=schema$"));
        await AddFieldAsync(page, "title", "Text");
        await AddFieldAsync(page, "done", "Bool");
        await OpenTabAsync(page, "Records", "records");
        var row = page.Locator("[data-testid=records-grid] .rz-data-row");

        // Added without choosing: null, shown as null.
        await page.ClickAsync("[data-testid=add-record]");
        await Expect(page.Locator("[data-testid=record-field-done]")).ToHaveValueAsync("");
        await page.FillAsync("[data-testid=record-field-title]", "Write tests");
        await page.ClickAsync("[data-testid=record-submit]");
        await Expect(page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("1 record in live");
        await Expect(row.Locator(".null-value")).ToHaveCountAsync(1);

        await SetDoneAsync(page, "true");
        await Expect(row.Locator("[title=true]")).ToBeVisibleAsync();
        await Expect(row.Locator(".null-value")).ToHaveCountAsync(0);
        Assert.Equal("true", await StoredDoneAsync());

        await SetDoneAsync(page, "");
        await Expect(row.Locator(".null-value")).ToHaveCountAsync(1);
        await Expect(row.Locator("[title=true]")).ToHaveCountAsync(0);
        Assert.Null(await StoredDoneAsync());
        await ada.ScreenshotAsync("db-07-bool-null");

        Assert.Empty(ada.BrowserErrors);
        Assert.True(_server.ServerErrors.IsEmpty, string.Join("\n", _server.ServerErrors));
    }

    /// <summary>Edits the only record: its done field to true, false or "" (null), and saves.</summary>
    private static async Task SetDoneAsync(IPage page, string value)
    {
        await page.ClickAsync("[data-testid=edit-record]");
        await Expect(page.Locator("[data-testid=record-field-title]")).ToHaveValueAsync("Write tests");
        await page.SelectOptionAsync("[data-testid=record-field-done]", value);
        await page.ClickAsync("[data-testid=record-submit]");
        await Expect(page.Locator("[data-testid=record-dialog]")).ToHaveCountAsync(0);
    }

    /// <summary>The only record's done value as the database holds it (JSON text), null when it holds none.</summary>
    private async Task<string?> StoredDoneAsync()
    {
        var contexts = _server.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var data = await db.Database.SqlQueryRaw<string>("SELECT CAST(data AS TEXT) AS \"Value\" FROM records").SingleAsync();
        using var json = System.Text.Json.JsonDocument.Parse(data);
        return json.RootElement.TryGetProperty("done", out var done) && done.ValueKind != System.Text.Json.JsonValueKind.Null ? done.GetRawText() : null;
    }

    private static ILocator Row(IPage page, string datasource) =>
        page.Locator($"[data-testid=datasource-row][data-datasource='{datasource}']");

    /// <summary>The rows of a CSV text as cell lists (quoted cells unquoted), whatever its line endings.</summary>
    private static List<string[]> Rows(string csv) =>
        [.. csv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Cell().Matches(line + ",").Select(m => m.Groups[1].Success ? m.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal) : m.Groups[2].Value).ToArray())];

    [GeneratedRegex("(?:\"((?:[^\"]|\"\")*)\"|([^,]*)),")]
    private static partial Regex Cell();
}

public sealed class SqliteDatabaseJourneyTests(BrowserFixture browser) : DatabaseJourneyTests(browser)
{
    protected override Task<PlatformServer> StartServerAsync() => Task.FromResult(PlatformServer.StartSqlite());
}

public sealed class PostgresDatabaseJourneyTests(BrowserFixture browser, PostgresServer postgres) : DatabaseJourneyTests(browser)
{
    protected override Task<PlatformServer> StartServerAsync() => PlatformServer.StartPostgresAsync(postgres);
}
