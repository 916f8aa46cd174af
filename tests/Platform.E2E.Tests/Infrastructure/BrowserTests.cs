using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Infrastructure;

/// <summary>Opens pages in the shared browser and closes them after each test, so circuits do not pile up.</summary>
public abstract class BrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<PlatformPage> _pages = [];

    protected abstract PlatformServer Server { get; }

    protected async Task<PlatformPage> OpenPageAsync()
    {
        var page = await PlatformPage.OpenAsync(browser.Browser, Server);
        _pages.Add(page);
        return page;
    }

    /// <summary>A new user, signed up, with a workspace of their own, on its task list.</summary>
    protected async Task<(PlatformPage User, int WorkspaceId)> SignedUpWithWorkspaceAsync(string who)
    {
        var user = await OpenPageAsync();
        await user.SignUpAsync(who, $"{who}@example.com");
        await Expect(user.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        return (user, await user.CreateWorkspaceAsync($"{who}'s workspace"));
    }

    /// <summary>No page this test opened logged a browser error, and the server logged none.</summary>
    protected void AssertNoBrowserOrServerErrors()
    {
        foreach (var page in _pages)
            Assert.Empty(page.BrowserErrors);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var page in _pages)
            await page.DisposeAsync();
    }
}
