using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Data.Workspaces;
using Platform.Web.Components.Pages.Settings;
using Platform.Web.Tests.Database;

namespace Platform.Web.Tests.Components.Pages.Settings;

/// <summary>The Members section over the real stores: Ada owns "Shop"; Bob has an account.</summary>
public sealed class MemberManagerTests : DatabaseComponentTests
{
    private IRenderedComponent<MemberManager> RenderAs(WorkspaceAccess access)
    {
        var cut = Render<MemberManager>(p => p.Add(m => m.Workspace, access));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=member-row]")));
        return cut;
    }

    private static void Submit(IRenderedComponent<MemberManager> cut, string email)
    {
        cut.Find("[data-testid=member-email]").Input(email);
        cut.Find("[data-testid=add-member-form]").Submit();
    }

    [Fact]
    public async Task Owner_AddsByEmail_ErrorsOnTheInput_ThenTheNewRowWithTheChosenRole()
    {
        await CreateUserAsync("bob");
        var cut = RenderAs(Access);

        Submit(cut, "not-an-email");
        cut.WaitForAssertion(() => Assert.Equal("“not-an-email” is not an email address. Write it like name@example.com.",
            cut.Find("[data-testid=field-message-member-email]").TextContent));
        Assert.Equal("true", cut.Find("[data-testid=member-email]").GetAttribute("aria-invalid"));
        Submit(cut, "Bob@Example.com");

        cut.WaitForAssertion(() => Assert.Equal(["ada@example.com", "bob@example.com"],
            cut.FindAll("[data-testid=member-row]").Select(r => r.GetAttribute("data-email"))));
        Assert.Empty(cut.FindAll("[data-testid=field-message-member-email]"));
        Assert.Equal("ada (you)", cut.Find("[data-testid=member-name]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=remove-member]"));
        var stored = (await Services.GetRequiredService<MemberStore>().ListAsync(Ada, WorkspaceId)).Value!;
        Assert.Equal(WorkspaceRole.Viewer, stored.Single(m => m.Email == "bob@example.com").Role);
    }

    [Fact]
    public void Viewer_SeesTheListAndTheRolesReadOnly_AndCanLeave()
    {
        var viewer = Access with { Workspace = Access.Workspace with { Role = WorkspaceRole.Viewer } };

        var cut = RenderAs(viewer);

        Assert.Equal(["Owner"], cut.FindAll("[data-testid=member-role-text]").Select(e => e.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=add-member-form]"));
        Assert.Empty(cut.FindAll("[data-testid=member-role]"));
        Assert.Empty(cut.FindAll("[data-testid=remove-member]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=leave-workspace]"));
        Assert.Contains("Viewer: sees everything, changes and runs nothing.", cut.Find("[data-testid=role-help]").TextContent);
    }
}
