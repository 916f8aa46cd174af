using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Infrastructure;

/// <summary>What a person does on a table's page (Database section), expressed once for the journeys that need it.</summary>
public static class TablePageActions
{
    /// <summary>Creates a table from the sidebar and waits for its Schema tab.</summary>
    public static async Task CreateTableAsync(IPage page, string name)
    {
        await page.ClickAsync("[data-testid=new-table]");
        await page.FillAsync("[data-testid=name-input]", name);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=table-title]")).ToHaveTextAsync(name);
        await Expect(page).ToHaveURLAsync(new Regex("tab=schema$"));
    }

    public static async Task AddFieldAsync(IPage page, string name, string type, bool required = false, string? enumValues = null)
    {
        await page.ClickAsync("[data-testid=add-field]");
        await page.FillAsync("[data-testid=field-name]", name);
        await page.SelectOptionAsync("[data-testid=field-type]", type);
        if (enumValues is not null)
            await page.FillAsync("[data-testid=field-enum-values]", enumValues);
        if (required)
            await page.CheckAsync("[data-testid=field-required]");
        await page.ClickAsync("[data-testid=field-submit]");
        await Expect(page.Locator("[data-testid=field-dialog]")).ToHaveCountAsync(0);
        await Expect(page.Locator($"[data-testid=field-row][data-field='{name}']")).ToBeVisibleAsync();
    }

    /// <summary>Opens a table tab and waits until the URL carries it, so later input reaches the tab's final render.</summary>
    public static async Task OpenTabAsync(IPage page, string title, string tab)
    {
        await page.ClickAsync($".rz-tabview-nav li:has-text('{title}')");
        await Expect(page).ToHaveURLAsync(new Regex($"tab={tab}$"));
    }

    /// <summary>
    /// Chooses a CSV file in the import panel and waits for its summary (containing <paramref name="summaryContains"/>
    /// when given, so an earlier file's summary does not count).
    /// </summary>
    // The panel may still re-render just after its tab opens, replacing the file input and the file chosen in it;
    // choosing again until the summary shows keeps the journey about the import, not about that timing.
    public static async Task ChooseCsvAsync(IPage page, string content, string? summaryContains = null)
    {
        var file = new FilePayload { Name = "data.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(content) };
        var summary = page.Locator("[data-testid=import-file-summary]");
        for (var attempt = 1; ; attempt++)
        {
            await page.SetInputFilesAsync("[data-testid=import-file]", file);
            try
            {
                if (summaryContains is null)
                    await Expect(summary).ToBeVisibleAsync(new() { Timeout = 5_000 });
                else
                    await Expect(summary).ToContainTextAsync(summaryContains, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }
}
