using System.Text.RegularExpressions;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>Working with workspaces and tasks in the shell: names, rename, delete, search, unsaved changes, theme.</summary>
[Collection(E2ECollection.Name)]
public sealed class WorkspaceAndTaskTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    protected override PlatformServer Server => fixture.Server;



    [Fact]
    public async Task CreateWorkspace_BadNames_ExplainedAndNothingCreated()
    {
        var user = await OpenPageAsync();
        await user.SignUpAsync("Nina", "nina@example.com");
        await user.CreateWorkspaceAsync("Acme");
        await user.GotoAsync("/workspaces");
        await user.WaitForInteractiveAsync();
        var page = user.Page;

        foreach (var (name, message) in new[]
        {
            ("", "Workspace name is required."),
            (new string('w', 61), "Workspace name is too long: 61 characters (at most 60)."),
            ("acme", "You already have a workspace named 'acme'. Choose another name."),
        })
        {
            await page.FillAsync("[data-testid=workspace-name]", name);
            await page.ClickAsync("[data-testid=create-workspace]");
            await Expect(page.Locator("[data-testid=workspace-error]")).ToHaveTextAsync(message);
        }
        await Expect(page).ToHaveURLAsync(new Regex("/workspaces$"));
        await Expect(page.Locator("[data-testid=workspace-card]")).ToHaveCountAsync(1);
        Assert.Empty(user.BrowserErrors);
    }

    [Fact]
    public async Task NewTask_BadNames_ExplainedInTheDialogAndListUnchanged()
    {
        var (user, _) = await SignedUpWithWorkspaceAsync("olga");
        var page = user.Page;
        await user.CreateTaskAsync("Report");

        await page.ClickAsync("[data-testid=new-task]");
        foreach (var (name, message) in new[]
        {
            ("   ", "Task name is required."),
            (new string('t', 101), "Task name is too long: 101 characters (at most 100)."),
            ("report", "A task named 'report' already exists in this workspace. Choose another name."),
            ("say \"hi\"", "Task name cannot contain '\"'."),
        })
        {
            await page.FillAsync("[data-testid=name-input]", name);
            await page.ClickAsync("[data-testid=name-submit]");
            await Expect(page.Locator("[data-testid=name-error]")).ToHaveTextAsync(message);
        }
        await user.DialogButton("Cancel").ClickAsync();

        await Expect(page.Locator("[data-testid=name-dialog]")).ToHaveCountAsync(0);
        Assert.Equal(["Report"], await page.Locator("[data-testid=task-item] .task-name").AllTextContentsAsync());
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task RenameTask_UpdatesTitleHeaderAndList_AndRefusesATakenName()
    {
        var (user, _) = await SignedUpWithWorkspaceAsync("pia");
        var page = user.Page;
        await user.CreateTaskAsync("other");
        await user.CreateTaskAsync("draft");

        await page.ClickAsync("[data-testid=rename-task]");
        await page.FillAsync("[data-testid=name-input]", "OTHER");
        await page.ClickAsync("[data-testid=name-submit]");
        await Expect(page.Locator("[data-testid=name-error]")).ToContainTextAsync("already exists");
        await page.FillAsync("[data-testid=name-input]", "weekly digest");
        await page.ClickAsync("[data-testid=name-submit]");

        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("weekly digest");
        Assert.StartsWith("task \"weekly digest\" {", await user.EditorTextAsync());
        await Expect(page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["other", "weekly digest"]);
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
    }

    [Fact]
    public async Task OpeningAnotherTask_ShowsItsOwnScript_AndTheEditorsOfClosedTasksAreDisposed()
    {
        var (user, _) = await SignedUpWithWorkspaceAsync("otto");
        var page = user.Page;
        await user.CreateTaskAsync("alpha");
        Assert.StartsWith("task alpha {", await user.EditorTextAsync(), StringComparison.Ordinal);

        // Monaco editors share one element id; the new task's editor must not inherit the previous one's text.
        await user.CreateTaskAsync("beta");
        Assert.StartsWith("task beta {", await user.EditorTextAsync(), StringComparison.Ordinal);
        await page.Locator("[data-testid=task-item]", new() { HasText = "alpha" }).ClickAsync();
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("alpha");
        Assert.StartsWith("task alpha {", await user.EditorTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.EvaluateAsync<int>("() => blazorMonaco.editors.length"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => monaco.editor.getEditors().length"));
    }

    [Fact]
    public async Task DuplicateTask_WithUnsavedEdits_SavesThemAndOpensTheUnpublishedCopy()
    {
        var (user, workspaceId) = await SignedUpWithWorkspaceAsync("dora");
        var page = user.Page;
        var originalId = await user.CreateTaskAsync("nightly");
        await user.ReplaceScriptAsync((await user.EditorTextAsync()).Replace("  stack {\n  }", "  stack {\n    debug.log { value = \"copied\" }\n  }", StringComparison.Ordinal));
        await Expect(page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");

        await page.ClickAsync("[data-testid=duplicate-task]");
        await Expect(page.Locator("[data-testid=name-input]")).ToHaveValueAsync("nightly_copy");
        await Expect(page.Locator("[data-testid=name-dialog]")).ToContainTextAsync("also saves your unsaved changes");
        await page.FillAsync("[data-testid=name-input]", "NIGHTLY");
        await page.ClickAsync("[data-testid=name-submit]");
        await Expect(page.Locator("[data-testid=name-error]")).ToContainTextAsync("already exists");
        await page.FillAsync("[data-testid=name-input]", "nightly_copy");
        await page.ClickAsync("[data-testid=name-submit]");

        await Expect(page).ToHaveURLAsync(new Regex($"/w/{workspaceId}/tasks/(?!{originalId}$)\\d+$"));
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("nightly_copy");
        var copy = await user.EditorTextAsync();
        Assert.StartsWith("task nightly_copy {", copy, StringComparison.Ordinal);
        Assert.Contains("debug.log { value = \"copied\" }", copy, StringComparison.Ordinal);
        await Expect(page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["nightly", "nightly_copy"]);
        await Expect(page.Locator("[data-testid=task-item]", new() { HasText = "nightly_copy" })).ToHaveAttributeAsync("data-status", "draft");
        await user.ScreenshotAsync("task-duplicated");

        // The original kept the edit that was unsaved when it was duplicated.
        await page.Locator("[data-testid=task-item]").First.ClickAsync();
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("nightly");
        Assert.Contains("debug.log { value = \"copied\" }", await user.EditorTextAsync(), StringComparison.Ordinal);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task DeleteTask_AsksFirst_CancelKeepsIt_DeleteRemovesIt()
    {
        var (user, workspaceId) = await SignedUpWithWorkspaceAsync("quinn");
        var page = user.Page;
        await user.CreateTaskAsync("doomed");

        await page.ClickAsync("[data-testid=delete-task]");
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("Delete the task “doomed”");
        await user.DialogButton("Cancel").ClickAsync();
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("doomed");

        await page.ClickAsync("[data-testid=delete-task]");
        await user.DialogButton("Delete").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/w/{workspaceId}/tasks$"));
        await Expect(page.Locator("[data-testid=task-item]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=empty-state]").First).ToContainTextAsync("No tasks yet");
    }

    [Fact]
    public async Task LeavingWithUnsavedChanges_AsksFirst_StayKeepsTheText_DiscardLeavesWithoutSaving()
    {
        var (user, workspaceId) = await SignedUpWithWorkspaceAsync("rosa");
        var page = user.Page;
        var taskId = await user.CreateTaskAsync("careful");
        await user.TypeAtEndOfScriptAsync("// not saved yet");
        await Expect(page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");

        await page.ClickAsync(".rz-sidebar a:has-text('Settings')");
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("unsaved changes");
        await user.DialogButton("Stay").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/tasks/{taskId}$"));
        Assert.Contains("// not saved yet", await user.EditorTextAsync());

        await page.ClickAsync(".rz-sidebar a:has-text('Settings')");
        await user.DialogButton("Discard changes").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{workspaceId}/settings$"));

        await user.GotoAsync($"/w/{workspaceId}/tasks/{taskId}");
        await user.WaitForInteractiveAsync();
        Assert.DoesNotContain("// not saved yet", await user.EditorTextAsync());
    }

    [Fact]
    public async Task SidebarSearch_FiltersAndIsKeptInTheUrl()
    {
        var (user, workspaceId) = await SignedUpWithWorkspaceAsync("sven");
        var page = user.Page;
        await user.CreateTaskAsync("sync_stripe");
        await user.CreateTaskAsync("purge_logs");

        await page.FillAsync("[data-testid=task-search]", "stripe");

        await Expect(page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["sync_stripe"]);
        await Expect(page).ToHaveURLAsync(new Regex("\\?q=stripe$"));
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["sync_stripe"]);
        await Expect(page.Locator("[data-testid=task-search]")).ToHaveValueAsync("stripe");
        Assert.Contains($"/w/{workspaceId}/tasks/", await page.Locator("[data-testid=task-item]").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task RenameAndSwitchWorkspaces_FromSettingsAndTheTopBar()
    {
        var (user, first) = await SignedUpWithWorkspaceAsync("tara");
        var page = user.Page;
        var second = await user.CreateWorkspaceAsync("Second");

        await user.GotoAsync($"/w/{first}/settings");
        await user.WaitForInteractiveAsync();
        await page.ClickAsync("[data-testid=rename-workspace]");
        await page.FillAsync("[data-testid=name-input]", "");
        await page.ClickAsync("[data-testid=name-submit]");
        await Expect(page.Locator("[data-testid=name-error]")).ToHaveTextAsync("Workspace name is required.");
        await page.FillAsync("[data-testid=name-input]", "Renamed");
        await page.ClickAsync("[data-testid=name-submit]");
        await Expect(page.Locator("[data-testid=workspace-title]")).ToHaveTextAsync("Renamed");
        await Expect(page.Locator("[data-testid=workspace-switcher] .rz-dropdown-label")).ToHaveTextAsync("Renamed");

        await page.ClickAsync("[data-testid=workspace-switcher] .rz-dropdown");
        await page.ClickAsync(".rz-dropdown-item:has-text('Second')");
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{second}/tasks$"));
        // The URL changes before the server has opened (and remembered) the workspace; its task list shows when it has.
        await Expect(page.Locator("[data-testid=empty-state]").First).ToContainTextAsync("No tasks yet");
        await user.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{second}/tasks$"));
    }

    [Fact]
    public async Task ThemeToggle_DarkEverywhereIncludingTheEditor_AndRemembered()
    {
        var (user, _) = await SignedUpWithWorkspaceAsync("uma");
        var page = user.Page;
        await user.CreateTaskAsync("themed");
        await user.EditorTextAsync();
        await Expect(page.Locator(".monaco-editor[role=code]")).ToHaveClassAsync(new Regex("vs(?!-dark)"));

        await page.ClickAsync(".rz-header .rz-appearance-toggle, .rz-header button[title='Light or dark theme']");

        await Expect(page.Locator(".monaco-editor[role=code]")).ToHaveClassAsync(new Regex("vs-dark"));
        await page.ReloadAsync();
        await user.WaitForInteractiveAsync();
        await user.EditorTextAsync();
        await Expect(page.Locator(".monaco-editor[role=code]")).ToHaveClassAsync(new Regex("vs-dark"));
        await user.ScreenshotAsync("dark-theme");
        Assert.Contains("material-dark", await page.Locator("head").InnerHTMLAsync());
    }

    [Fact]
    public async Task Editor_TokenizesXanoScript()
    {
        var (user, _) = await SignedUpWithWorkspaceAsync("vera");
        await user.CreateTaskAsync("tokens");
        await user.EditorTextAsync();

        var types = await user.Page.EvaluateAsync<string[]>(
            """
            () => monaco.editor.tokenize('task t {\n  db.query user {} as $rows\n  var $n { value = "x"|trim:" " }\n  // note\n}', 'xanoscript')
                .flat().map(t => t.type)
            """);

        Assert.Contains("keyword.construct.xs", types);
        Assert.Contains("keyword.statement.xs", types);
        Assert.Contains("variable.xs", types);
        Assert.Contains("string.xs", types);
        Assert.Contains("function.filter.xs", types);
        Assert.Contains("comment.xs", types);
    }
}
