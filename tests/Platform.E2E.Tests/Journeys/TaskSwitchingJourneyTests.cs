using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Data.Model;
using Platform.Data.Workspaces;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>Going from task to task (and workspace, and filter): nothing of the previous task stays, nothing typed is lost.</summary>
[Collection(E2ECollection.Name)]
public sealed class TaskSwitchingJourneyTests(BrowserFixture browser, SqliteServerFixture fixture)
    : TaskPageTests(browser, fixture), IClassFixture<SqliteServerFixture>
{
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
        await ExpectStoredScriptAsync(secondId, script);
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(firstScript, await StoredScriptAsync(firstId));
        await Expect(page.Locator("[data-testid=save-error], [data-testid=save-conflict]")).ToHaveCountAsync(0);
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
        await user.DialogButton("Stay").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/w/{first}/tasks/{taskId}$"));
        Assert.Contains("// keep me", await user.EditorTextAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("[data-testid=workspace-switcher] .rz-dropdown-label")).ToHaveTextAsync("zed's workspace");

        // Switching for real still works from the redrawn list.
        await page.ClickAsync("[data-testid=workspace-switcher] .rz-dropdown");
        await page.ClickAsync(".rz-dropdown-item:has-text('Other')");
        await user.DialogButton("Discard changes").ClickAsync();
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
        await user.DialogButton("Stay").ClickAsync();
        await Expect(page.Locator("[data-testid=task-title]")).ToHaveTextAsync("ops_report");
        Assert.Contains("// pending", await user.EditorTextAsync(), StringComparison.Ordinal);
        await Expect(page).ToHaveURLAsync(here);
        await Expect(page.Locator("[data-testid=task-item].selected .task-name")).ToHaveTextAsync("ops_report");
        Assert.NotEqual(0, otherId);
        Assert.Empty(user.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }
}
