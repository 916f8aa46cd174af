using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Infrastructure;

/// <summary>What a person does in Platform, expressed once for every journey test.</summary>
public sealed partial class PlatformPage(IBrowserContext context, IPage page, PlatformServer server) : IAsyncDisposable
{
    public const string Password = "correct-horse-42";

    public const string BrowserTimeZone = "UTC";

    public IPage Page => page;

    public List<string> BrowserErrors { get; } = [];

    public static async Task<PlatformPage> OpenAsync(IBrowser browser, PlatformServer server)
    {
        // The browser's zone is fixed so that times on screen do not depend on the machine's zone.
        var context = await browser.NewContextAsync(new() { BaseURL = server.BaseUrl, TimezoneId = BrowserTimeZone });
        var page = await context.NewPageAsync();
        var platformPage = new PlatformPage(context, page, server);
        page.PageError += (_, error) => platformPage.BrowserErrors.Add(error);
        return platformPage;
    }

    /// <summary>Closes the browser context, ending its circuit, so open pages do not pile up during a run.</summary>
    public ValueTask DisposeAsync() => context.DisposeAsync();

    public Task<IResponse?> GotoAsync(string path) => page.GotoAsync(server.Url(path));

    /// <summary>Waits until the Blazor circuit is attached; clicks before that would be lost.</summary>
    public Task WaitForInteractiveAsync() =>
        page.Locator(".rz-layout[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public async Task SignUpAsync(string name, string email, string password = Password, string? confirm = null)
    {
        await GotoAsync("/account/signup");
        await page.FillAsync("#name", name);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.FillAsync("#confirm", confirm ?? password);
        await page.ClickAsync("button[type=submit]");
    }

    public async Task SignInAsync(string email, string password = Password, string? returnUrl = null)
    {
        await GotoAsync(returnUrl is null ? "/account/signin" : $"/account/signin?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    public async Task SignOutAsync()
    {
        await page.ClickAsync("[data-testid=user-menu] summary");
        await page.ClickAsync("[data-testid=sign-out]");
        await Expect(page).ToHaveURLAsync(new Regex("/account/signin"));
    }

    /// <summary>Creates a workspace from the workspaces page and returns its id.</summary>
    public async Task<int> CreateWorkspaceAsync(string name)
    {
        await GotoAsync("/workspaces");
        await WaitForInteractiveAsync();
        await page.FillAsync("[data-testid=workspace-name]", name);
        await page.ClickAsync("[data-testid=create-workspace]");
        await Expect(page).ToHaveURLAsync(WorkspaceTasksUrl());
        return int.Parse(WorkspaceTasksUrl().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task SubmitNewTaskNameAsync(string name)
    {
        await page.ClickAsync("[data-testid=new-task]");
        await page.FillAsync("[data-testid=name-input]", name);
        await page.ClickAsync("[data-testid=name-submit]");
    }

    /// <summary>Creates a task through the New task dialog and returns its id.</summary>
    public async Task<int> CreateTaskAsync(string name)
    {
        await SubmitNewTaskNameAsync(name);
        await Expect(page).ToHaveURLAsync(TaskUrl());
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync(name);
        return int.Parse(TaskUrl().Match(page.Url).Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string> EditorTextAsync()
    {
        // The language attribute is set once the editor's init callback ran, so its change events reach the server.
        await page.WaitForSelectorAsync("#task-script-editor[data-language=xanoscript]");
        await page.WaitForFunctionAsync("() => window.blazorMonaco && window.blazorMonaco.editor.getEditor('task-script-editor', true)");
        return await page.EvaluateAsync<string>("() => blazorMonaco.editor.getEditor('task-script-editor').getValue()");
    }

    /// <summary>Replaces the whole script through Monaco's API and waits until the page counts it as an unsaved edit.</summary>
    public async Task ReplaceScriptAsync(string script)
    {
        await EditorTextAsync();
        await page.EvaluateAsync("text => blazorMonaco.editor.getEditor('task-script-editor').setValue(text)", script);
        await Expect(page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");
    }

    /// <summary>Clicks Publish and confirms its dialog with this note (empty for none).</summary>
    public async Task PublishAsync(string note = "")
    {
        await page.ClickAsync("[data-testid=publish-task]");
        await page.FillAsync("[data-testid=name-input]", note);
        await page.ClickAsync("[data-testid=name-submit]");
    }

    /// <summary>A button of the open dialog, by its exact name.</summary>
    public ILocator DialogButton(string name) =>
        page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Waits until Radzen's dialog script has run for the newest open dialog (one round trip after it is drawn).</summary>
    public Task DialogScriptRanAsync() =>
        page.WaitForFunctionAsync(
            "() => { const open = document.querySelectorAll('.rz-dialog-content'); return open.length > 0 && !!open[open.length - 1].options; }");

    /// <summary>
    /// Presses Escape on the open dialog and waits until it is gone. Radzen listens for Escape only once its dialog
    /// script has run, a round trip after the dialog is drawn, so the key waits for that script.
    /// </summary>
    public async Task CloseDialogWithEscapeAsync()
    {
        await DialogScriptRanAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator(".rz-dialog-content")).ToHaveCountAsync(0);
    }

    /// <summary>Types at the end of the script, as a person would, with the real keyboard.</summary>
    public async Task TypeAtEndOfScriptAsync(string text)
    {
        await EditorTextAsync();
        await page.ClickAsync(".monaco-editor .view-lines", new() { Position = new() { X = 4, Y = 4 } });
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Saves a screenshot when PLATFORM_E2E_SCREENSHOTS names a folder; for looking at what a test saw.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("PLATFORM_E2E_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    [GeneratedRegex(@"/w/(\d+)/tasks$")]
    public static partial Regex WorkspaceTasksUrl();

    [GeneratedRegex(@"/w/(\d+)/tasks/(\d+)")]
    public static partial Regex TaskUrl();
}
