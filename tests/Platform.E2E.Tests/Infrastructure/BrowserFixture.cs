using Microsoft.Playwright;

namespace Platform.E2E.Tests.Infrastructure;

/// <summary>One headless Debian Chromium for the test run; Playwright never downloads a browser here.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing. Run ./test.sh, which installs it (apt-get install chromium).");
        // CI runs these tests beside the database tests' worker processes on two cores: a step the app takes in
        // milliseconds can take seconds there. Waits that are the point of a test set their own limits.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<Platform.Tests.Shared.PostgresServer>
{
    public const string Name = "End to end";
}
