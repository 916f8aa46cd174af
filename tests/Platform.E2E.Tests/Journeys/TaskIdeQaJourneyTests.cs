using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Data.Model;
using Platform.Data.Workspaces;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>The task page as a demanding user meets it: quick keys, restores, two tabs, viewers, filters in the URL.</summary>
[Collection(E2ECollection.Name)]
public sealed class TaskIdeQaJourneyTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    protected override PlatformServer Server => fixture.Server;

    private static string Script(string name, string body) => $$"""
        task {{name}} {
          stack {
            {{body}}
          }
          schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 3600}]
        }
        """;

    private async Task<(PlatformPage User, int WorkspaceId, int TaskId)> TaskOpenAsync(string who, string task)
    {
        var user = await OpenPageAsync();
        await user.SignUpAsync(who, $"{who}@example.com");
        await Expect(user.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        var workspaceId = await user.CreateWorkspaceAsync($"{who}'s workspace");
        var taskId = await user.CreateTaskAsync(task);
        await user.EditorTextAsync();
        return (user, workspaceId, taskId);
    }

    private async Task<T> WithDbAsync<T>(Func<PlatformDbContext, Task<T>> work)
    {
        var contexts = Server.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await work(db);
    }

    private Task<string> StoredScriptAsync(int taskId) => WithDbAsync(db => db.Tasks.Where(t => t.Id == taskId).Select(t => t.Script).SingleAsync());

    private Task<string> StoredSettingsAsync(int taskId) => WithDbAsync(db => db.Tasks.Where(t => t.Id == taskId).Select(t => t.SettingsJson).SingleAsync());

    /// <summary>Writes the draft's settings as another session would (the open page's stamp goes stale).</summary>
    private Task<int> StoreSettingsAsync(int taskId, string settingsJson) => WithDbAsync(async db =>
    {
        var task = await db.Tasks.SingleAsync(t => t.Id == taskId);
        task.SettingsJson = settingsJson;
        task.ConcurrencyStamp = Guid.NewGuid();
        return await db.SaveChangesAsync();
    });

    private Task<int> AddMemberAsync(int workspaceId, string email, WorkspaceRole role) => WithDbAsync(async db =>
    {
        var normalized = email.ToUpperInvariant();
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == normalized);
        db.WorkspaceMembers.Add(new WorkspaceMember { WorkspaceId = workspaceId, UserId = user.Id, Role = role, JoinedAt = DateTime.UtcNow });
        return await db.SaveChangesAsync();
    });

    private static ILocator DialogButton(IPage page, string name) =>
        page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task SaveTwiceQuickly_SavesWithoutAConflictWithItself()
    {
        var (user, _, taskId) = await TaskOpenAsync("quinn", "twice");
        var page = user.Page;
        var script = Script("twice", "debug.log { value = \"one\" }");
        await user.ReplaceScriptAsync(script);

        // A person pressing Ctrl+S twice, or Save then Ctrl+S, saves once or twice, never "changed elsewhere".
        await page.Keyboard.PressAsync("Control+s");
        await page.Keyboard.PressAsync("Control+s");
        await page.ClickAsync("[data-testid=save-task]");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        // Two presses in the same instant reach the server while the first save is still reading the editor.
        await user.ReplaceScriptAsync(script.Replace("one", "two", StringComparison.Ordinal));
        await page.EvaluateAsync("() => { for (let i = 0; i < 2; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true })); }");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        script = script.Replace("one", "two", StringComparison.Ordinal);
        await page.WaitForTimeoutAsync(1000);
        await Expect(page.Locator("[data-testid=save-error]")).ToHaveCountAsync(0);
        Assert.Equal(script, await StoredScriptAsync(taskId));
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task RestoreVersion_PanelShowsTheRestoredSettings_AndALaterSaveKeepsThem()
    {
        var (user, _, taskId) = await TaskOpenAsync("rhea", "restorer");
        var page = user.Page;
        await StoreSettingsAsync(taskId, """{"timeout_seconds": 30}""");
        await page.ReloadAsync();
        await user.WaitForInteractiveAsync();
        await Expect(page.Locator("input[name=policy-timeout]")).ToHaveValueAsync("30");
        await user.PublishAsync("thirty");
        await Expect(page.Locator("[data-testid=published-version]")).ToHaveTextAsync("v1 published");

        await StoreSettingsAsync(taskId, """{"timeout_seconds": 90}""");
        await page.ReloadAsync();
        await user.WaitForInteractiveAsync();
        await Expect(page.Locator("input[name=policy-timeout]")).ToHaveValueAsync("90");

        await page.ClickAsync("[data-testid=tab-versions]");
        await page.Locator("[data-testid=version-row][data-version='1'] [data-testid=version-restore]").ClickAsync();
        await DialogButton(page, "Restore").ClickAsync();
        await Expect(page.Locator("[data-testid=save-state]")).Not.ToHaveTextAsync("Unsaved changes");
        Assert.Contains("30", await StoredSettingsAsync(taskId), StringComparison.Ordinal);
        await Expect(page.Locator("input[name=policy-timeout]")).ToHaveValueAsync("30");
    }

    [Fact]
    public async Task TwoTabs_PublishInTheStaleTab_RefusedInsteadOfPublishingWhatItNeverShowed()
    {
        var (first, workspaceId, taskId) = await TaskOpenAsync("tess", "shared");
        var second = await OpenPageAsync();
        await second.SignInAsync("tess@example.com");
        await Expect(second.Page).Not.ToHaveURLAsync(new Regex("/account/signin"));
        await second.GotoAsync($"/w/{workspaceId}/tasks/{taskId}");
        await second.EditorTextAsync();

        var theirs = Script("shared", "debug.log { value = \"from the second tab\" }");
        await second.ReplaceScriptAsync(theirs);
        await second.Page.ClickAsync("[data-testid=save-task]");
        await Expect(second.Page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");

        // The first tab still shows the old draft; publishing from it must not freeze a script it never showed.
        await first.PublishAsync("mine");
        await Expect(first.Page.Locator("[data-testid=name-error]")).ToContainTextAsync("changed elsewhere");
        var versions = await WithDbAsync(db => db.TaskVersions.CountAsync(v => v.TaskId == taskId && v.Number > 0));
        Assert.Equal(0, versions);
    }

    [Fact]
    public async Task SwitchingTasks_KeepsExactlyOneSaveShortcut_AndCtrlSSavesOnlyTheOpenTask()
    {
        var (user, workspaceId, firstId) = await TaskOpenAsync("uri", "first");
        var page = user.Page;
        var secondId = await user.CreateTaskAsync("second");
        await user.GotoAsync($"/w/{workspaceId}/tasks");
        await user.WaitForInteractiveAsync();
        // Count the page's live Ctrl+S handlers as the task page binds and unbinds them.
        await page.EvaluateAsync("""
            () => {
                const p = window.platform, bind = p.bindSaveShortcut, unbind = p.unbindShortcut;
                window.liveShortcuts = new Set();
                p.bindSaveShortcut = (ref) => { const id = bind(ref); window.liveShortcuts.add(id); return id; };
                p.unbindShortcut = (id) => { window.liveShortcuts.delete(id); unbind(id); };
            }
            """);
        foreach (var (name, id) in new[] { ("first", firstId), ("second", secondId), ("first", firstId), ("second", secondId) })
        {
            await page.Locator("[data-testid=task-item]", new() { HasText = name }).ClickAsync();
            await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync(name);
            await user.EditorTextAsync();
            await page.WaitForTimeoutAsync(500);
            Assert.Equal(1, await page.EvaluateAsync<int>("() => window.liveShortcuts.size"));
        }
        var firstScript = await StoredScriptAsync(firstId);
        var script = Script("second", "debug.log { value = \"second only\" }");
        await user.ReplaceScriptAsync(script);
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(script, await StoredScriptAsync(secondId));
        Assert.Equal(firstScript, await StoredScriptAsync(firstId));
        await Expect(page.Locator("[data-testid=save-error]")).ToHaveCountAsync(0);
        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task SwitchingTasks_ProblemsSettingsRunsAndVersionsFollowTheOpenedTask()
    {
        var (user, workspaceId, brokenId) = await TaskOpenAsync("vik", "broken");
        var page = user.Page;
        await user.ReplaceScriptAsync(Script("broken", "var $x { value = $missing }").Replace("  schedule =", "  tags = [\"alpha\"]\n  schedule =", StringComparison.Ordinal));
        await page.ClickAsync("[data-testid=save-task]");
        await Expect(page.Locator("[data-testid=problem]")).ToHaveCountAsync(1);
        var cleanId = await user.CreateTaskAsync("clean");
        await user.ReplaceScriptAsync(Script("clean", "debug.log { value = 1 }"));
        await page.ClickAsync("[data-testid=save-task]");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        await user.PublishAsync("clean v1");
        await Expect(page.Locator("[data-testid=published-version]")).ToHaveTextAsync("v1 published");

        for (var round = 0; round < 2; round++)
        {
            await page.Locator("[data-testid=task-item]", new() { HasText = "broken" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/tasks/{brokenId}$"));
            await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("broken");
            await Expect(page.Locator("[data-testid=problem]")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-testid=tag-chip]")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-testid=published-version]")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=publish-task]")).ToBeDisabledAsync();
            await page.ClickAsync("[data-testid=tab-versions]");
            await Expect(page.Locator("[data-testid=versions-empty]")).ToBeVisibleAsync();

            await page.Locator("[data-testid=task-item]", new() { HasText = "clean" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/tasks/{cleanId}$"));
            await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("clean");
            await Expect(page.Locator("[data-testid=problems-empty]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=tag-chip]")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=publish-task]")).ToBeEnabledAsync();
            await page.ClickAsync("[data-testid=tab-versions]");
            await Expect(page.Locator("[data-testid=version-row]")).ToHaveCountAsync(1);
            Assert.Contains("value = 1", await user.EditorTextAsync(), StringComparison.Ordinal);
        }
        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task Viewer_SeesEverythingReadOnly_AndNoActionFails()
    {
        var (owner, workspaceId, taskId) = await TaskOpenAsync("wynn", "watched");
        var page = owner.Page;
        var script = Script("watched", "debug.log { value = \"seen\" }");
        await owner.ReplaceScriptAsync(script);
        await owner.PublishAsync("v1");
        await Expect(page.Locator("[data-testid=published-version]")).ToHaveTextAsync("v1 published");

        var viewer = await OpenPageAsync();
        await viewer.SignUpAsync("Xia", "xia@example.com");
        await Expect(viewer.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await AddMemberAsync(workspaceId, "xia@example.com", WorkspaceRole.Viewer);
        var view = viewer.Page;
        await viewer.GotoAsync($"/w/{workspaceId}/tasks/{taskId}");
        await viewer.WaitForInteractiveAsync();
        Assert.Equal(script, await viewer.EditorTextAsync());
        foreach (var action in new[] { "save-task", "publish-task", "rename-task", "duplicate-task", "delete-task", "new-task", "tag-input", "version-restore" })
            await Expect(view.Locator($"[data-testid={action}]")).ToHaveCountAsync(0);
        await Expect(view.Locator("[data-testid=add-event]")).ToBeDisabledAsync();
        await Expect(view.Locator("[data-testid=add-cron]")).ToBeDisabledAsync();
        await Expect(view.Locator("[data-testid=run-now-start]")).ToBeDisabledAsync();

        // Keys do nothing for a viewer: the editor is read-only, Ctrl+S and Ctrl+Enter start nothing.
        await viewer.PutCursorAsync(2, 1);
        await view.Keyboard.TypeAsync("oops");
        await view.Keyboard.PressAsync("Control+s");
        await view.Keyboard.PressAsync("Control+Enter");
        await view.Keyboard.PressAsync("Shift+Alt+F");
        await view.WaitForTimeoutAsync(1000);
        Assert.Equal(script, await viewer.EditorTextAsync());
        await Expect(view.Locator("[data-testid=save-state]")).Not.ToHaveTextAsync("Unsaved changes");
        await Expect(view.Locator("[data-testid=run-now-output]")).ToHaveCountAsync(0);
        await Expect(view.Locator("[data-testid=run-now-problem]")).ToHaveCountAsync(0);

        await view.ClickAsync("[data-testid=tab-versions]");
        await Expect(view.Locator("[data-testid=version-restore]")).ToHaveCountAsync(0);
        await view.ClickAsync("[data-testid=version-diff]");
        await Expect(view.Locator("[data-testid=version-diff-summary]")).ToHaveTextAsync("No differences: the draft is this version.");
        await viewer.CloseDialogWithEscapeAsync();
        await viewer.ScreenshotAsync("qa-viewer");
        Assert.Equal(script, await StoredScriptAsync(taskId));
        Assert.Empty(viewer.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task SidebarSearch_TypedQuickly_KeepsEveryCharacter()
    {
        var (user, workspaceId, _) = await TaskOpenAsync("yara", "sync_stripe_payments");
        var page = user.Page;
        await user.CreateTaskAsync("purge_logs");

        await page.ClickAsync("[data-testid=task-search]");
        await page.Keyboard.TypeAsync("stripe_pay");

        await Expect(page.Locator("[data-testid=task-search]")).ToHaveValueAsync("stripe_pay");
        await Expect(page).ToHaveURLAsync(new Regex("\\?q=stripe_pay$"));
        await Expect(page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["sync_stripe_payments"]);

        // Clearing the box, then going back in history, shows the search the URL holds.
        await page.FillAsync("[data-testid=task-search]", "");
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{workspaceId}/tasks/\\d+$"));
        await Expect(page.Locator("[data-testid=task-item]")).ToHaveCountAsync(2);
        await page.GotoAsync(page.Url + "?q=purge");
        await user.WaitForInteractiveAsync();
        await Expect(page.Locator("[data-testid=task-search]")).ToHaveValueAsync("purge");
        await Expect(page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["purge_logs"]);
        Assert.Empty(user.BrowserErrors);
    }

    [Fact]
    public async Task WorkspaceSwitchWithUnsavedEdits_StayKeepsTheTaskAndTheSwitcherShowsItsWorkspace()
    {
        var (user, first, taskId) = await TaskOpenAsync("zed", "unsaved");
        var page = user.Page;
        await user.CreateWorkspaceAsync("Other");
        await user.GotoAsync($"/w/{first}/tasks/{taskId}");
        await user.WaitForInteractiveAsync();
        await user.TypeAtEndOfScriptAsync("// keep me");
        await Expect(page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");

        await page.ClickAsync("[data-testid=workspace-switcher] .rz-dropdown");
        await page.ClickAsync(".rz-dropdown-item:has-text('Other')");
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("unsaved changes");
        await DialogButton(page, "Stay").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/w/{first}/tasks/{taskId}$"));
        Assert.Contains("// keep me", await user.EditorTextAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("[data-testid=workspace-switcher] .rz-dropdown-label")).ToHaveTextAsync("zed's workspace");

        // Switching for real still works from the redrawn list.
        await page.ClickAsync("[data-testid=workspace-switcher] .rz-dropdown");
        await page.ClickAsync(".rz-dropdown-item:has-text('Other')");
        await DialogButton(page, "Discard changes").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/w/\\d+/tasks$"));
        await Expect(page.Locator("[data-testid=workspace-switcher] .rz-dropdown-label")).ToHaveTextAsync("Other");
        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task RunNow_SwitchTaskWhileItRuns_OtherTaskShowsNothingOfIt_ComingBackShowsItAndCancelStopsIt()
    {
        var (user, _, slowId) = await TaskOpenAsync("abe", "slow");
        var page = user.Page;
        await user.ReplaceScriptAsync(Script("slow", "debug.log { value = \"step one\" }\n    util.sleep { value = 60 }"));
        await page.ClickAsync("[data-testid=save-task]");
        var quickId = await user.CreateTaskAsync("quick");
        await page.Locator("[data-testid=task-item]", new() { HasText = "slow" }).ClickAsync();
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("slow");
        await page.ClickAsync("[data-testid=run-now-start]");
        await Expect(page.Locator("[data-testid=run-now-log]").First).ToContainTextAsync("\"step one\"", new() { Timeout = 5_000 });

        await page.Locator("[data-testid=task-item]", new() { HasText = "quick" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/tasks/{quickId}$"));
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("quick");
        await Expect(page.Locator("[data-testid=runs-empty]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=run-now-output]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=run-now-start]")).ToBeEnabledAsync();

        // Back on the running task, its run is followed again and can still be cancelled.
        await page.Locator("[data-testid=task-item]", new() { HasText = "slow" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/tasks/{slowId}$"));
        await Expect(page.Locator("[data-testid=run-now-state]")).ToHaveTextAsync("running");
        await Expect(page.Locator("[data-testid=run-now-log]").First).ToContainTextAsync("\"step one\"");
        await Expect(page.Locator("[data-testid=run-now-start]")).ToBeDisabledAsync();
        await page.ClickAsync("[data-testid=run-now-cancel]");
        await Expect(page.Locator("[data-testid=run-now-state]")).ToHaveTextAsync("cancelled", new() { Timeout = 5_000 });
        await Expect(page.Locator("[data-testid=run-row][data-state=cancelled]")).ToHaveCountAsync(1);
        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task TwoTabs_SaveWithAStaleDraft_ExplainedAndTheEditsKept()
    {
        var (first, workspaceId, taskId) = await TaskOpenAsync("bea", "contested");
        var second = await OpenPageAsync();
        await second.SignInAsync("bea@example.com");
        await Expect(second.Page).Not.ToHaveURLAsync(new Regex("/account/signin"));
        await second.GotoAsync($"/w/{workspaceId}/tasks/{taskId}");
        await second.EditorTextAsync();

        var saved = Script("contested", "debug.log { value = \"first tab\" }");
        await first.ReplaceScriptAsync(saved);
        await first.Page.Keyboard.PressAsync("Control+s");
        await Expect(first.Page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");

        var mine = Script("contested", "debug.log { value = \"second tab\" }");
        await second.ReplaceScriptAsync(mine);
        await second.Page.Keyboard.PressAsync("Control+s");
        await Expect(second.Page.Locator("[data-testid=save-error]")).ToContainTextAsync("changed elsewhere");
        await Expect(second.Page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");
        Assert.Equal(mine, await second.EditorTextAsync());
        Assert.Equal(saved, await StoredScriptAsync(taskId));
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task DuplicateThenRename_WithUnsavedEdits_SavedFirst_CopyOpensWithItsOwnScript_NoLeavePrompt()
    {
        var (user, _, originId) = await TaskOpenAsync("cleo", "origin");
        var page = user.Page;
        var edited = Script("origin", "debug.log { value = \"edited\" }").Replace("  schedule =", "  tags = [\"ops\"]\n  schedule =", StringComparison.Ordinal);
        await user.ReplaceScriptAsync(edited);

        await page.ClickAsync("[data-testid=duplicate-task]");
        await Expect(page.Locator("[data-testid=name-input]")).ToHaveValueAsync("origin_copy");
        await page.ClickAsync("[data-testid=name-submit]");
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("origin_copy");
        await Expect(page.Locator(".rz-dialog")).ToHaveCountAsync(0);
        var copyId = int.Parse(PlatformPage.TaskUrl().Match(page.Url).Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(originId, copyId);
        var copyScript = edited.Replace("task origin {", "task origin_copy {", StringComparison.Ordinal);
        await user.WaitForEditorTextAsync(copyScript);
        Assert.Equal(edited, await StoredScriptAsync(originId));
        Assert.Equal(copyScript, await StoredScriptAsync(copyId));
        await Expect(page.Locator("[data-testid=tag-chip]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=save-state]")).Not.ToHaveTextAsync("Unsaved changes");
        await Expect(page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["origin", "origin_copy"]);

        // Rename with an unsaved edit saves it under the new name; leaving afterwards asks nothing.
        await user.ReplaceScriptAsync(copyScript.Replace("edited", "renamed", StringComparison.Ordinal));
        await user.PutCursorAsync(3, 5);
        await page.ClickAsync("[data-testid=rename-task]");
        await page.FillAsync("[data-testid=name-input]", "copy_renamed");
        await page.ClickAsync("[data-testid=name-submit]");
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("copy_renamed");
        await Expect(page.Locator("[data-testid=save-state]")).Not.ToHaveTextAsync("Unsaved changes");
        var renamed = await StoredScriptAsync(copyId);
        Assert.StartsWith("task copy_renamed {", renamed, StringComparison.Ordinal);
        Assert.Contains("\"renamed\"", renamed, StringComparison.Ordinal);
        Assert.Equal(renamed, await user.EditorTextAsync());
        Assert.Equal((3, 5), await user.CursorAsync());
        await page.Locator("[data-testid=task-item]", new() { HasText = "origin" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/tasks/{originId}$"));
        await Expect(page.Locator(".rz-dialog")).ToHaveCountAsync(0);
        Assert.Equal(edited, await user.EditorTextAsync());
        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task SwitchingTasksRapidly_TheLastOpenedTaskIsShownWholeAndChecked()
    {
        var (user, _, brokenId) = await TaskOpenAsync("dora", "alpha");
        var page = user.Page;
        var broken = Script("alpha", "var $x { value = $missing }");
        await user.ReplaceScriptAsync(broken);
        await page.ClickAsync("[data-testid=save-task]");
        await Expect(page.Locator("[data-testid=problem]")).ToHaveCountAsync(1);
        var cleanId = await user.CreateTaskAsync("beta");
        var clean = Script("beta", "debug.log { value = \"b\" }");
        await user.ReplaceScriptAsync(clean);
        await page.ClickAsync("[data-testid=save-task]");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");

        for (var round = 0; round < 3; round++)
        {
            foreach (var name in new[] { "alpha", "beta", "alpha", "beta" })
                await page.Locator("[data-testid=task-item]", new() { HasText = name }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/tasks/{cleanId}$"));
            await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("beta");
            await user.WaitForEditorTextAsync(clean);
            await Expect(page.Locator("[data-testid=problems-empty]")).ToBeVisibleAsync();

            // Typing an error into the shown task is checked there (its editor is connected to the server).
            await user.TypeAtEndOfScriptAsync("\nbogus");
            await user.WaitForMarkersAsync(m => m.Count > 0, 3000);
            await Expect(page.Locator("[data-testid=problem]").First).ToBeVisibleAsync();
            await user.SetEditorTextAsync(clean);
            await user.WaitForMarkersAsync(m => m.Count == 0, 3000);
            await page.ClickAsync("[data-testid=save-task]");
            await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        }
        Assert.Equal(broken, await StoredScriptAsync(brokenId));
        Assert.Equal(clean, await StoredScriptAsync(cleanId));
        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task TagFilterAndSort_KeptInTheUrlAcrossTasksAndReload_BackWithUnsavedEditsAsksFirst()
    {
        var (user, workspaceId, opsId) = await TaskOpenAsync("eli", "ops_report");
        var page = user.Page;
        await user.ReplaceScriptAsync(Script("ops_report", "debug.log { value = 1 }").Replace("  schedule =", "  tags = [\"ops\"]\n  schedule =", StringComparison.Ordinal));
        await page.ClickAsync("[data-testid=save-task]");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        var otherId = await user.CreateTaskAsync("marketing_sync");
        var thirdId = await user.CreateTaskAsync("ops_cleanup");
        await user.ReplaceScriptAsync(Script("ops_cleanup", "debug.log { value = 3 }").Replace("  schedule =", "  tags = [\"ops\"]\n  schedule =", StringComparison.Ordinal));
        await page.ClickAsync("[data-testid=save-task]");
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");

        await page.ClickAsync("[data-testid=task-tag-filter]");
        await page.ClickAsync(".rz-dropdown-item:has-text('ops')");
        await Expect(page).ToHaveURLAsync(new Regex($"/tasks/{thirdId}\\?tag=ops$"));
        await Expect(page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["ops_cleanup", "ops_report"]);
        await page.Locator("[data-testid=task-item]", new() { HasText = "ops_report" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/tasks/{opsId}\\?tag=ops$"));
        await page.ReloadAsync();
        await user.WaitForInteractiveAsync();
        await Expect(page.Locator("[data-testid=task-tag-filter] .rz-dropdown-label")).ToHaveTextAsync("ops");
        await Expect(page.Locator("[data-testid=task-item] .task-name")).ToHaveTextAsync(["ops_cleanup", "ops_report"]);
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("ops_report");

        // Unsaved edits, then the browser's Back: asked first; Stay keeps the task, its text and the address.
        await user.TypeAtEndOfScriptAsync("// pending");
        await Expect(page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");
        var here = page.Url;
        await page.GoBackAsync();
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("unsaved changes");
        await DialogButton(page, "Stay").ClickAsync();
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("ops_report");
        Assert.Contains("// pending", await user.EditorTextAsync(), StringComparison.Ordinal);
        await Expect(page).ToHaveURLAsync(here);
        await Expect(page.Locator("[data-testid=task-item].selected .task-name")).ToHaveTextAsync("ops_report");
        Assert.NotEqual(0, otherId);
        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task PublishNote_TypedQuicklyAndSubmittedWithEnter_KeptWhole()
    {
        var (user, _, taskId) = await TaskOpenAsync("gus", "noted");
        var page = user.Page;
        await user.ReplaceScriptAsync(Script("noted", "debug.log { value = 1 }"));
        await page.ClickAsync("[data-testid=publish-task]");
        await page.ClickAsync("[data-testid=name-input]");
        const string Note = "first release of the nightly sync";
        await page.Keyboard.TypeAsync(Note);
        await Expect(page.Locator("[data-testid=name-input]")).ToHaveValueAsync(Note);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=published-version]")).ToHaveTextAsync("v1 published");
        var stored = await WithDbAsync(db => db.TaskVersions.Where(v => v.TaskId == taskId && v.Number == 1).Select(v => v.Note).SingleAsync());
        Assert.Equal(Note, stored);
    }
}
