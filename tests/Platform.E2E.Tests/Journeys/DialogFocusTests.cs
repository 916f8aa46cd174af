using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.E2E.Tests.Infrastructure.TablePageActions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>
/// Keys typed into a dialog land where the user expects: in its first field from the moment it opens, and in the
/// field the user chose once they chose one (Radzen's own focus arrives half a second late and would move them).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class DialogFocusTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    protected override PlatformServer Server => fixture.Server;

    [Fact]
    public async Task TypingAsSoonAsTheDialogOpens_GoesIntoItsFirstField()
    {
        var user = await OnRecordsOfATableAsync("fast-typist");
        var page = user.Page;

        await page.ClickAsync("[data-testid=add-record]");
        await user.DialogScriptRanAsync();
        await page.Keyboard.TypeAsync("Typed at once");

        await Expect(page.Locator("[data-testid=record-field-name]")).ToHaveValueAsync("Typed at once");
        AssertNoBrowserOrServerErrors();
    }

    [Fact]
    public async Task AFieldTheUserChose_KeepsTheFocus_WhenTheDialogsDelayedFocusRuns()
    {
        var user = await OnRecordsOfATableAsync("field-chooser");
        var page = user.Page;

        await page.ClickAsync("[data-testid=add-record]");
        await user.DialogScriptRanAsync();
        await page.ClickAsync("[data-testid=record-field-price]");
        // What Radzen runs 500 ms after opening a dialog, run now instead of waiting for it.
        await page.EvaluateAsync(
            "() => { const open = document.querySelectorAll('.rz-dialog-content'); Radzen.focusFirstFocusableElement(open[open.length - 1]); }");
        await page.Keyboard.TypeAsync("3.5");

        await Expect(page.Locator("[data-testid=record-field-price]")).ToBeFocusedAsync();
        await Expect(page.Locator("[data-testid=record-field-price]")).ToHaveValueAsync("3.5");
        await Expect(page.Locator("[data-testid=record-field-name]")).ToHaveValueAsync("");
        AssertNoBrowserOrServerErrors();
    }

    private async Task<PlatformPage> OnRecordsOfATableAsync(string who)
    {
        var (user, workspaceId) = await SignedUpWithWorkspaceAsync(who);
        await user.GotoAsync($"/w/{workspaceId}/database");
        await user.WaitForInteractiveAsync();
        await CreateTableAsync(user.Page, "products");
        await AddFieldAsync(user.Page, "name", "Text");
        await AddFieldAsync(user.Page, "price", "Decimal");
        await OpenTabAsync(user.Page, "Records", "records");
        await Expect(user.Page.Locator("[data-testid=records-summary]")).ToHaveTextAsync("0 records in live");
        return user;
    }
}
