using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Infrastructure;

/// <summary>The Members section of a workspace's settings, as an owner uses it.</summary>
public sealed partial class PlatformPage
{
    public ILocator MemberRow(string email) => page.Locator($"[data-testid=member-row][data-email='{email}']");

    /// <summary>The role shown in the member's role dropdown (owners' view).</summary>
    public ILocator MemberRole(string email) => MemberRow(email).Locator("[data-testid=member-role] .rz-dropdown-label");

    /// <summary>Opens the workspace's settings and waits until its member list is shown.</summary>
    public async Task OpenMembersAsync(int workspaceId)
    {
        await GotoAsync($"/w/{workspaceId}/settings");
        await WaitForInteractiveAsync();
        await Expect(page.Locator("[data-testid=member-row]").First).ToBeVisibleAsync();
    }

    /// <summary>Types the email, picks the role and presses Enter in the Add member form (the page must show it).</summary>
    public async Task SubmitNewMemberAsync(string email, string role = "Viewer")
    {
        if (role != "Viewer")
        {
            var dropdown = page.Locator("[data-testid=member-new-role]");
            await PickRoleAsync(dropdown, role);
            await Expect(dropdown.Locator(".rz-dropdown-label")).ToHaveTextAsync(role);
        }
        await page.FillAsync("[data-testid=member-email]", email);
        await page.PressAsync("[data-testid=member-email]", "Enter");
    }

    /// <summary>Adds a signed-up user to the workspace through its settings page, as its owner.</summary>
    public async Task AddMemberAsync(int workspaceId, string email, string role = "Viewer")
    {
        await OpenMembersAsync(workspaceId);
        await SubmitNewMemberAsync(email, role);
        await Expect(MemberRole(email)).ToHaveTextAsync(role);
    }

    /// <summary>Picks a role in the member's role dropdown.</summary>
    public Task ChangeMemberRoleAsync(string email, string role) =>
        PickRoleAsync(MemberRow(email).Locator("[data-testid=member-role]"), role);

    private async Task PickRoleAsync(ILocator dropdown, string role)
    {
        await dropdown.ClickAsync();
        await page.Locator($"li[role=option][aria-label='{role}']:visible").ClickAsync();
    }
}
