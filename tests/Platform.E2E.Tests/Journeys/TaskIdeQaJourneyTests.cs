using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Data.Model;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>The task page as a demanding user meets it: quick keys, restores, two tabs, duplicate and rename, viewers.</summary>
[Collection(E2ECollection.Name)]
public sealed class TaskIdeQaJourneyTests(BrowserFixture browser, SqliteServerFixture fixture)
    : TaskPageTests(browser, fixture), IClassFixture<SqliteServerFixture>
{
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
        // An edit, then two presses in the same instant: they reach the server while the first save is still reading
        // the editor. (One edit and the presses in one go: the button's save may still be under way and take the
        // edit itself, so "Unsaved changes" need not show in between.)
        script = script.Replace("one", "two", StringComparison.Ordinal);
        await page.EvaluateAsync(
            """
            text => {
                blazorMonaco.editor.getEditor('task-script-editor').setValue(text);
                for (let i = 0; i < 2; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }));
            }
            """, script);
        await ExpectStoredScriptAsync(taskId, script);
        await Expect(page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        // The second press's save (or its refusal) follows the first: give it the time to show.
        await page.WaitForTimeoutAsync(1000);
        await Expect(page.Locator("[data-testid=save-error], [data-testid=save-conflict]")).ToHaveCountAsync(0);
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
        await user.DialogButton("Restore").ClickAsync();
        // The panel changes once the restore is stored; what is stored is read after that.
        await Expect(page.Locator("input[name=policy-timeout]")).ToHaveValueAsync("30");
        await Expect(page.Locator("[data-testid=save-state]")).Not.ToHaveTextAsync("Unsaved changes");
        Assert.Contains("30", await StoredSettingsAsync(taskId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishWithAStaleDraft_RefusedInsteadOfPublishingWhatThePageNeverShowed()
    {
        var (user, _, taskId) = await TaskOpenAsync("tess", "shared");
        var theirs = Script("shared", "debug.log { value = \"from another tab\" }");
        await StoreDraftElsewhereAsync(taskId, task => task.Script = theirs);

        // The page still shows the old draft; publishing from it must not freeze a script it never showed.
        await user.PublishAsync("mine");
        await Expect(user.Page.Locator("[data-testid=save-conflict-message]")).ToContainTextAsync("tess saved this task at");
        await Expect(user.Page.Locator("[data-testid=name-input]")).ToHaveCountAsync(0);
        await Expect(user.Page.Locator("[data-testid=published-version]")).ToHaveCountAsync(0);
        var versions = await WithDbAsync(db => db.TaskVersions.CountAsync(v => v.TaskId == taskId && v.Number > 0));
        Assert.Equal(0, versions);
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
        await owner.AddMemberAsync(workspaceId, "xia@example.com");
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
    public async Task TwoTabs_SaveWithAStaleDraft_Compare_KeepMine_ThenTheOtherTabLoadsTheirs()
    {
        var (first, workspaceId, taskId) = await TaskOpenAsync("bea", "contested");
        var second = await SecondTabOnTaskAsync("bea", workspaceId, taskId);

        // Both tabs have unsaved edits whenever the other saves, so neither simply follows the other's save.
        var mine = Script("contested", "debug.log { value = \"second tab\" }");
        await second.ReplaceScriptAsync(mine);
        var saved = Script("contested", "debug.log { value = \"first tab\" }");
        await first.ReplaceScriptAsync(saved);
        await first.Page.Keyboard.PressAsync("Control+s");
        await Expect(first.Page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        await first.TypeAtEndOfScriptAsync("\n// mine too");
        await Expect(first.Page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");

        await second.Page.Keyboard.PressAsync("Control+s");
        var conflict = second.Page.Locator("[data-testid=save-conflict-message]");
        await Expect(conflict).ToContainTextAsync("bea saved this task at");
        await Expect(second.Page.Locator("[data-testid=save-error]")).ToHaveCountAsync(0);
        await Expect(second.Page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");
        Assert.Equal(mine, await second.EditorTextAsync());
        Assert.Equal(saved, await StoredScriptAsync(taskId));
        await second.ScreenshotAsync("qa-save-conflict");

        // Compare: theirs against mine, one line apart.
        await second.Page.ClickAsync("[data-testid=conflict-compare]");
        await Expect(second.Page.Locator("[data-testid=version-diff-summary]")).ToHaveTextAsync("1 changed region.");
        await second.CloseDialogWithEscapeAsync();

        // Keep mine: stored over theirs, and the bar is gone.
        await second.Page.ClickAsync("[data-testid=conflict-keep-mine]");
        await Expect(second.Page.Locator("[data-testid=save-conflict]")).ToHaveCountAsync(0);
        await Expect(second.Page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        Assert.Equal(mine, await StoredScriptAsync(taskId));

        // Now the first tab is the stale one: its save meets the bar, and it takes the stored draft.
        await first.Page.Keyboard.PressAsync("Control+s");
        await Expect(first.Page.Locator("[data-testid=save-conflict-message]")).ToContainTextAsync("bea saved this task at");
        await first.Page.ClickAsync("[data-testid=conflict-load-theirs]");
        await first.DialogButton("Discard mine").ClickAsync();
        await Expect(first.Page.Locator("[data-testid=save-conflict]")).ToHaveCountAsync(0);
        await Expect(first.Page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        Assert.Equal(mine, await first.EditorTextAsync());
        Assert.Equal(mine, await StoredScriptAsync(taskId));
        AssertNoBrowserOrServerErrors();
    }

    [Fact]
    public async Task TwoTabs_ASaveInOne_ShowsInTheIdleOther_AndBringsTheBarToOneWithUnsavedEdits()
    {
        var (first, workspaceId, taskId) = await TaskOpenAsync("noor", "followed");
        var second = await SecondTabOnTaskAsync("noor", workspaceId, taskId);

        // The second tab has nothing unsaved: the task list's refresh brings the new draft into it.
        var saved = Script("followed", "debug.log { value = \"saved in the first tab\" }");
        await first.ReplaceScriptAsync(saved);
        await first.Page.Keyboard.PressAsync("Control+s");
        await Expect(first.Page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        await Expect(second.Page.Locator(".monaco-editor .view-lines")).ToContainTextAsync("saved in the first tab", new() { Timeout = 20_000 });
        Assert.Equal(saved, await second.EditorTextAsync());
        await Expect(second.Page.Locator("[data-testid=save-state]")).ToContainTextAsync("by noor");

        // The first tab has unsaved edits when the second saves: the bar appears before it tries to save.
        await first.TypeAtEndOfScriptAsync("\n// unsaved here");
        await Expect(first.Page.Locator("[data-testid=save-state]")).ToHaveTextAsync("Unsaved changes");
        await second.TypeAtEndOfScriptAsync("\n// saved there");
        await second.Page.Keyboard.PressAsync("Control+s");
        await Expect(second.Page.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        await Expect(first.Page.Locator("[data-testid=save-conflict-message]")).ToContainTextAsync("noor saved this task at", new() { Timeout = 20_000 });
        Assert.Contains("// unsaved here", await first.EditorTextAsync(), StringComparison.Ordinal);
        AssertNoBrowserOrServerErrors();
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
