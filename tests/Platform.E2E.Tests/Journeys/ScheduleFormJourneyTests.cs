using System.Globalization;
using System.Text.RegularExpressions;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>The schedule &amp; settings panel and the Monaco editor edit the same script, each following the other.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class ScheduleFormJourneyTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    protected override PlatformServer Server => fixture.Server;

    [Fact]
    public async Task ChangeFrequencyInTheForm_ScriptUpdates_ThenAScriptEditUpdatesTheForm()
    {
        var ada = await OpenPageAsync();
        await ada.SignUpAsync("Ada", "ada-schedule@example.com");
        await Expect(ada.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await ada.CreateWorkspaceAsync("Schedules");
        await ada.CreateTaskAsync("nightly");
        var page = ada.Page;
        var before = await ada.EditorTextAsync();
        Assert.Contains("freq: 86400", before, StringComparison.Ordinal);
        var frequency = page.Locator("[data-testid=event-frequency-0]");
        await Expect(frequency.Locator(".rz-dropdown-label")).ToHaveTextAsync("Every day");

        await frequency.ClickAsync();
        // Radzen moves the open list to the end of the page.
        await page.Locator("li[role=option][aria-label='Every hour']:visible").ClickAsync();

        await page.WaitForFunctionAsync("() => blazorMonaco.editor.getEditor('task-script-editor').getValue().includes('freq: 3600')");
        Assert.Equal(before.Replace("freq: 86400", "freq: 3600", StringComparison.Ordinal), await ada.EditorTextAsync());
        await Expect(page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");
        await Expect(page.Locator("[data-testid=event-zone-0] .rz-dropdown-label")).ToHaveTextAsync(PlatformPage.BrowserTimeZone);
        await Expect(page.Locator("[data-testid=preview-run]")).ToHaveCountAsync(10);
        await ada.ScreenshotAsync("schedule-form-01-hourly");

        // Typing in the editor (here: Monaco's own edit API) updates the form after a short pause.
        await page.EvaluateAsync("""
            () => {
                const editor = blazorMonaco.editor.getEditor('task-script-editor');
                const model = editor.getModel();
                const text = model.getValue();
                const at = model.getPositionAt(text.indexOf('3600'));
                editor.executeEdits('test', [{ range: new monaco.Range(at.lineNumber, at.column, at.lineNumber, at.column + 4), text: '300' }]);
            }
            """);
        await Expect(frequency.Locator(".rz-dropdown-label")).ToHaveTextAsync("Every 5 minutes");

        // Enter adds a tag, as in any chip input.
        await page.FillAsync("[data-testid=tag-input]", "reports");
        await page.PressAsync("[data-testid=tag-input]", "Enter");
        await Expect(page.Locator("[data-testid=tag-chip]")).ToHaveTextAsync(new Regex("^\\s*reports"));
        await Expect(page.Locator("[data-testid=tag-input]")).ToHaveValueAsync("");
        await page.WaitForFunctionAsync("""() => blazorMonaco.editor.getEditor('task-script-editor').getValue().includes('tags = ["reports"]')""");

        // The start is entered in a zone picked from a filtered list; the script keeps the instant it means (UTC).
        var startsOn = StartsOn(await ada.EditorTextAsync());
        await page.ClickAsync("[data-testid=event-zone-0]");
        await page.Locator(".rz-dropdown-filter:visible").FillAsync("tokyo");
        await page.Locator("li[role=option][aria-label='Asia/Tokyo']:visible").ClickAsync();
        await Expect(page.Locator("[data-testid=event-zone-0] .rz-dropdown-label")).ToHaveTextAsync("Asia/Tokyo");
        await page.WaitForFunctionAsync("() => !blazorMonaco.editor.getEditor('task-script-editor').getValue().includes('" + startsOn.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "')");
        Assert.Equal(startsOn.AddHours(-9), StartsOn(await ada.EditorTextAsync()));

        await page.ClickAsync("[data-testid=save-task]");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        await page.ReloadAsync();
        var saved = await ada.EditorTextAsync();
        Assert.Contains("freq: 300}", saved, StringComparison.Ordinal);
        Assert.Contains("tags = [\"reports\"]", saved, StringComparison.Ordinal);
        Assert.Empty(Server.ServerErrors);
    }

    private static DateTimeOffset StartsOn(string script)
    {
        var literal = StartsOnLiteral().Match(script);
        Assert.True(literal.Success, $"No starts_on in:\n{script}");
        return DateTimeOffset.ParseExact(
            $"{literal.Groups["at"].Value}{literal.Groups["hours"].Value}:{literal.Groups["minutes"].Value}",
            "yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"starts_on: (?<at>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(?<hours>[+-]\d\d)(?<minutes>\d\d)")]
    private static partial Regex StartsOnLiteral();
}
