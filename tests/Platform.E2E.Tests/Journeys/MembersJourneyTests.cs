using System.Text.RegularExpressions;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>An owner shares a workspace: adds a person by email, changes their role, removes them; the last owner stays.</summary>
[Collection(E2ECollection.Name)]
public sealed class MembersJourneyTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    protected override PlatformServer Server => fixture.Server;

    [Fact]
    public async Task OwnerAddsAViewer_MakesThemEditor_RemovesThem_AndCannotDemoteThemselves()
    {
        var (owner, workspaceId) = await SignedUpWithWorkspaceAsync("olga");
        var page = owner.Page;
        var taskId = await owner.CreateTaskAsync("shared");
        await owner.CreateTaskAsync("second");
        var guest = await OpenPageAsync();
        await guest.SignUpAsync("Vince", "vince@example.com");
        await Expect(guest.Page).ToHaveURLAsync(new Regex("/workspaces$"));

        // Add by email: an unknown email is explained on the input; Enter adds a known one as a viewer.
        await owner.OpenMembersAsync(workspaceId);
        await Expect(page.Locator("[data-testid=role-help]")).ToContainTextAsync("Viewer: sees everything, changes and runs nothing.");
        await Expect(owner.MemberRow("olga@example.com").Locator("[data-testid=member-name]")).ToHaveTextAsync("olga (you)");
        await owner.SubmitNewMemberAsync("nobody@example.com");
        await Expect(page.Locator("[data-testid=field-message-member-email]"))
            .ToHaveTextAsync("No account uses this email. Ask them to sign up first, then add them here.");
        await page.FillAsync("[data-testid=member-email]", "vince@example.com");
        await page.PressAsync("[data-testid=member-email]", "Enter");
        await Expect(owner.MemberRole("vince@example.com")).ToHaveTextAsync("Viewer");
        await Expect(owner.MemberRow("vince@example.com").Locator("[data-testid=member-name]")).ToHaveTextAsync("Vince");
        await Expect(page.Locator("[data-testid=field-message-member-email]")).ToHaveCountAsync(0);
        await owner.ScreenshotAsync("members-01-owner");

        // The viewer sees the workspace read-only, its members too.
        var view = guest.Page;
        await guest.GotoAsync($"/w/{workspaceId}/tasks/{taskId}");
        await guest.WaitForInteractiveAsync();
        await guest.EditorTextAsync();
        await Expect(view.Locator("[data-testid=task-title]")).ToHaveTextAsync("shared");
        await Expect(view.Locator("[data-testid=save-task]")).ToHaveCountAsync(0);
        await Expect(view.Locator("[data-testid=new-task]")).ToHaveCountAsync(0);
        await view.ClickAsync(".rz-navigation-item-link:has-text('Settings')");
        await Expect(view.Locator("[data-testid=member-row]")).ToHaveCountAsync(2);
        await Expect(view.Locator("[data-testid=member-role-text]")).ToHaveTextAsync(["Owner", "Viewer"]);
        await Expect(view.Locator("[data-testid=add-member-form], [data-testid=member-role], [data-testid=remove-member]")).ToHaveCountAsync(0);
        await Expect(view.Locator("[data-testid=leave-workspace]")).ToBeVisibleAsync();
        await guest.ScreenshotAsync("members-02-viewer");

        // Made an editor, they can edit from their next click (here: another task of the same page, no reload) and save.
        await guest.GotoAsync($"/w/{workspaceId}/tasks/{taskId}");
        await guest.WaitForInteractiveAsync();
        await guest.EditorTextAsync();
        await Expect(view.Locator("[data-testid=save-task]")).ToHaveCountAsync(0);
        await owner.ChangeMemberRoleAsync("vince@example.com", "Editor");
        await Expect(owner.MemberRole("vince@example.com")).ToHaveTextAsync("Editor");
        await view.ClickAsync("[data-testid=task-item]:has-text('second')");
        await Expect(view.Locator("[data-testid=task-title]")).ToHaveTextAsync("second");
        await Expect(view.Locator("[data-testid=new-task]")).ToBeVisibleAsync();
        var script = (await guest.EditorTextAsync()).Replace("stack {", "stack {\n    debug.log { value = \"by vince\" }", StringComparison.Ordinal);
        await guest.ReplaceScriptAsync(script);
        await view.ClickAsync("[data-testid=save-task]");
        await Expect(view.Locator("[data-testid=save-state]")).ToContainTextAsync("Saved");
        await guest.Page.ReloadAsync();
        Assert.Equal(script, await guest.EditorTextAsync());

        // Removed, they lose access: the next click in the open page shows "not found", and so does a reload.
        await owner.MemberRow("vince@example.com").Locator("[data-testid=remove-member]").ClickAsync();
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("Remove Vince (vince@example.com) from this workspace?");
        await owner.DialogButton("Remove").ClickAsync();
        await Expect(owner.MemberRow("vince@example.com")).ToHaveCountAsync(0);
        await view.ClickAsync("[data-testid=task-item]:has-text('shared')");
        await Expect(view.GetByText("It does not exist, or you do not have access to it.")).ToBeVisibleAsync();
        Assert.Equal(404, (await guest.GotoAsync($"/w/{workspaceId}/tasks/{taskId}"))!.Status);

        // The last owner can neither demote themselves nor leave.
        await owner.ChangeMemberRoleAsync("olga@example.com", "Viewer");
        await Expect(page.Locator("[data-testid=member-error]"))
            .ToContainTextAsync("You are the only owner of this workspace, so you cannot change your role. Make another member an owner first.");
        await Expect(owner.MemberRole("olga@example.com")).ToHaveTextAsync("Owner");
        await page.ClickAsync("[data-testid=leave-workspace]");
        await owner.DialogButton("Leave").ClickAsync();
        await Expect(page.Locator("[data-testid=member-error]")).ToContainTextAsync("so you cannot leave the workspace");
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=workspace-title]")).ToHaveTextAsync("olga's workspace");
        AssertNoBrowserOrServerErrors();
    }

    [Fact]
    public async Task OwnerHandsOverOwnershipAndLeaves_LandsOnTheirWorkspaces()
    {
        var (owner, workspaceId) = await SignedUpWithWorkspaceAsync("lena");
        var page = owner.Page;
        var heir = await OpenPageAsync();
        await heir.SignUpAsync("Leo", "leo@example.com");
        await Expect(heir.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await owner.AddMemberAsync(workspaceId, "leo@example.com", "Editor");
        await owner.SubmitNewMemberAsync("leo@example.com");
        await Expect(page.Locator("[data-testid=field-message-member-email]"))
            .ToHaveTextAsync("Leo is already a member of this workspace, as an editor.");

        // Once another member is an owner, she may demote herself: her page turns read-only at once.
        await owner.ChangeMemberRoleAsync("leo@example.com", "Owner");
        await Expect(owner.MemberRole("leo@example.com")).ToHaveTextAsync("Owner");
        await owner.ChangeMemberRoleAsync("lena@example.com", "Editor");
        await Expect(page.Locator("[data-testid=member-role-text]")).ToHaveTextAsync(["Owner", "Editor"]);
        await Expect(page.Locator("[data-testid=add-member-form], [data-testid=member-role], [data-testid=rename-workspace]")).ToHaveCountAsync(0);

        await page.ClickAsync("[data-testid=leave-workspace]");
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("Leave “lena's workspace”?");
        await owner.DialogButton("Leave").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/workspaces$"));
        await Expect(page.Locator("[data-testid=empty-state]")).ToContainTextAsync("No workspaces yet");
        await heir.OpenMembersAsync(workspaceId);
        await Expect(heir.Page.Locator("[data-testid=member-row]")).ToHaveCountAsync(1);
        await Expect(heir.MemberRole("leo@example.com")).ToHaveTextAsync("Owner");
        AssertNoBrowserOrServerErrors();
    }
}
