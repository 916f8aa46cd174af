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

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var page in _pages)
            await page.DisposeAsync();
    }
}
