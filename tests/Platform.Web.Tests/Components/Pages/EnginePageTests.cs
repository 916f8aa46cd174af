using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Work;
using Platform.Tests.Shared;
using Platform.Web.Components.Pages.Engine;
using Platform.Web.Services;
using Platform.Web.Tests.Database;

namespace Platform.Web.Tests.Components.Pages;

/// <summary>The engine status page over a real SQLite database: the node registry, the run queue and Ada's running runs.</summary>
public sealed class EnginePageTests : DatabaseComponentTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Now);

    private SqlNodeRegistry Registry => Services.GetRequiredService<SqlNodeRegistry>();

    // Registered before the base class creates the database (it resolves services then); the status is read on the manual clock.
    public EnginePageTests()
    {
        Services.AddSingleton(_ => new SqlNodeRegistry(Database));
        Services.AddSingleton(new NodeHeartbeatOptions { LostAfter = TimeSpan.FromSeconds(30) });
        Services.AddSingleton(sp => new EngineStatusReader(Database, sp.GetRequiredService<SqlNodeRegistry>(), _clock, sp.GetRequiredService<NodeHeartbeatOptions>()));
        Services.AddScoped<EngineStatusService>();
    }

    private Task RegisterAsync(string name, DateTimeOffset lastBeat, int running = 0, EngineCounts? counts = null) =>
        Registry.RegisterAsync(
            new NodeIdentity(name, "all", "build-host", 321, "1.0.0", Now.AddMinutes(-10)),
            new NodeBeat(lastBeat, running, 8, counts ?? EngineCounts.Zero), default);

    /// <summary>Publishes a task in Ada's workspace, queues two runs of it and claims one (so it is running under a lease).</summary>
    private async Task<long> RunningRunAsync(string taskName)
    {
        var task = (await new TaskStore(Database, _clock).CreateAsync(Ada, WorkspaceId, taskName)).Value!;
        var published = await new TaskPublisher(Database, new WorkspaceSchemaLoader(Database), _clock).PublishAsync(Ada, WorkspaceId, task.Id, null);
        Assert.True(published.Succeeded, published.Problem?.Message);
        var queue = new SqlRunQueue(Database, _clock);
        var now = _clock.GetUtcNow();
        NewRun Run(int attempt) => new(task.Id, WorkspaceId, published.Value.Number, "live", RunTrigger.Manual, now.AddSeconds(-4), attempt, now.AddSeconds(-4));
        await queue.EnqueueAsync([Run(1), Run(2)], default);
        var claimed = Assert.Single(await queue.ClaimAsync(new ClaimRequest("node-a", 1, now, TimeSpan.FromSeconds(30), 4), default));
        return claimed.Run.Id;
    }

    [Fact]
    public async Task Render_NodesQueueCountersAndLeases_FromTheDatabase()
    {
        await RegisterAsync("node-a", Now.AddSeconds(-3), running: 1, EngineCounts.Zero with { Started = 12, Succeeded = 9, Failed = 2, TimedOut = 1, Skipped = 4 });
        await RegisterAsync("node-b", Now.AddMinutes(-2));
        var runId = await RunningRunAsync("nightly_export");

        var page = Render<EnginePage>();
        page.WaitForElement("[data-testid=node-row]");

        var rows = page.FindAll("[data-testid=node-row]");
        Assert.Equal(
            [("node-a", "alive", "1 / 8"), ("node-b", "lost", "0 / 8")],
            rows.Select(r => (r.GetAttribute("data-node"), r.QuerySelector("[data-testid=node-status]")!.TextContent.Trim(),
                r.QuerySelector("[data-testid=node-load]")!.TextContent.Trim())));
        Assert.Contains("3 s ago", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("build-host (pid 321)", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("1", Figure(page, "queue-queued"));
        Assert.Equal("1", Figure(page, "queue-due"));
        Assert.Equal("4 s", Figure(page, "queue-oldest"));
        Assert.Equal(("12", "9", "3", "4"), (Figure(page, "count-started"), Figure(page, "count-succeeded"), Figure(page, "count-failed"), Figure(page, "count-skipped")));
        var lease = page.Find("[data-testid=lease-row]");
        Assert.Equal(runId.ToString(System.Globalization.CultureInfo.InvariantCulture), lease.GetAttribute("data-run"));
        Assert.Contains("nightly_export", lease.TextContent, StringComparison.Ordinal);
        Assert.Contains("Shop", lease.TextContent, StringComparison.Ordinal);
        Assert.Contains("node-a", lease.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoNodeNoRun_SaysSoInsteadOfEmptyTables()
    {

        var page = Render<EnginePage>();
        page.WaitForElement("[data-testid=empty-state]");

        Assert.Contains("No engine node is running", page.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-testid=leases-empty]"));
        Assert.Equal(("0", "0", "–"), (Figure(page, "queue-queued"), Figure(page, "queue-due"), Figure(page, "queue-oldest")));
        Assert.Empty(page.FindAll("[data-testid=node-row]"));
    }

    [Fact]
    public async Task Refresh_ShowsNewNodes_UntilPaused_AndAgainOnResume()
    {
        await RegisterAsync("node-a", Now);
        var page = Render<EnginePage>(p => p.Add(x => x.RefreshInterval, TimeSpan.FromMilliseconds(50)));
        page.WaitForElement("[data-node=node-a]");

        await RegisterAsync("node-b", Now);
        page.WaitForElement("[data-node=node-b]", TimeSpan.FromSeconds(5));

        // The refresh timer shares the renderer's dispatcher, so the click's render may come a moment later.
        page.Find("[data-testid=engine-pause]").Click();
        page.WaitForAssertion(() => Assert.Contains("Resume", page.Find("[data-testid=engine-pause]").TextContent, StringComparison.Ordinal));
        await RegisterAsync("node-c", Now);
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        Assert.Empty(page.FindAll("[data-node=node-c]"));
        Assert.Contains("Paused", page.Find("[data-testid=engine-updated]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=engine-pause]").Click();
        page.WaitForElement("[data-node=node-c]", TimeSpan.FromSeconds(5));
    }

    private static string Figure(IRenderedComponent<EnginePage> page, string testId) =>
        page.Find($"[data-testid={testId}] .figure-value").TextContent.Trim();
}

/// <summary>The engine status page while its database cannot answer, and once it can again.</summary>
public sealed class EnginePageOutageTests : DatabaseComponentTests
{
    private readonly string _file;
    private readonly EngineDatabase _engineDatabase;

    // The status is read from a second SQLite file that is not migrated yet: every read fails until the test migrates it.
    public EnginePageOutageTests()
    {
        _engineDatabase = new EngineDatabase(Platform.Data.Providers.PlatformDbContextFactory.Build(TestDatabase.NewSqliteOptions(out _file)));
        Services.AddSingleton(_ => new SqlNodeRegistry(_engineDatabase));
        Services.AddSingleton(new NodeHeartbeatOptions());
        Services.AddSingleton(sp => new EngineStatusReader(_engineDatabase, sp.GetRequiredService<SqlNodeRegistry>(), TimeProvider.System, sp.GetRequiredService<NodeHeartbeatOptions>()));
        Services.AddScoped<EngineStatusService>();
    }

    [Fact]
    public async Task DatabaseUnreadable_ShowsTheErrorWithRetry_RetryAfterItIsBack_ShowsTheStatus()
    {
        try
        {
            var page = Render<EnginePage>(p => p.Add(x => x.RefreshInterval, TimeSpan.FromHours(1)));
            page.WaitForElement("[data-testid=error-state]");
            Assert.Contains("Could not read the engine status", page.Find("[data-testid=error-state]").TextContent, StringComparison.Ordinal);
            Assert.Empty(page.FindAll("[data-testid=node-row]"));

            await using (var db = _engineDatabase.CreateDbContext())
                await db.Database.MigrateAsync();
            await page.Find("[data-testid=error-state] button").ClickAsync(new());

            page.WaitForElement("[data-testid=empty-state]");
            Assert.Empty(page.FindAll("[data-testid=error-state]"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_file);
        }
    }

    private sealed class EngineDatabase(Func<Platform.Data.Model.PlatformDbContext> create) : IDbContextFactory<Platform.Data.Model.PlatformDbContext>
    {
        public Platform.Data.Model.PlatformDbContext CreateDbContext() => create();
    }
}
