using Microsoft.EntityFrameworkCore;
using Platform.Data.Results;
using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Engine.Scheduling;
using Platform.Engine.Work;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Runs;

/// <summary>"Run now": the draft frozen as a snapshot version, or the published version, through the run queue.</summary>
public abstract class ManualRunsTests : DatabaseTests
{
    private const string Logging = "debug.log { value = \"hello\" }";

    private async Task<(RunWorld World, ManualRuns Runs)> WorldAsync(string user = "ada")
    {
        var world = await RunWorld.CreateAsync(Database, _ => CreateUserAsync(user));
        return (world, new ManualRuns(Database, new WorkspaceSchemaLoader(Database), world.Queue, world.Time));
    }

    [Fact]
    public async Task Draft_RunsAsASnapshotVersion_OnTheChosenDatasource_NotListedAndNotCountedByPublish()
    {
        var (world, runs) = await WorldAsync();
        var task = (await world.Tasks.CreateAsync(world.User, world.WorkspaceId, "job")).Value!.Id;
        var draft = RunWorld.Script("job", Logging, true, (3600, null, null));

        var started = await runs.StartAsync(world.User, world.WorkspaceId, task, draft, "test");
        await RunWorld.DrainAsync(world.Worker());

        Assert.True(started.Succeeded, started.Problem?.Message);
        Assert.Equal((-1, draft), (started.Value.Version, started.Value.Script));
        var run = await world.RunAsync(started.Value.RunId);
        Assert.Equal(("succeeded", "manual", -1, "test"), (run.State, run.Trigger, run.Version, run.Datasource));
        Assert.Contains("\"hello\"", run.LogJson, StringComparison.Ordinal);
        Assert.Empty((await world.Publisher.ListVersionsAsync(world.User, world.WorkspaceId, task)).Value!);
        var saved = (await world.Tasks.GetAsync(world.User, world.WorkspaceId, task)).Value!;
        await world.Tasks.SaveScriptAsync(world.User, world.WorkspaceId, task, draft, saved.ConcurrencyStamp);
        Assert.Equal(1, (await world.Publisher.PublishAsync(world.User, world.WorkspaceId, task, null)).Value!.Number);
    }

    [Fact]
    public async Task Draft_SnapshotsWithoutRunsAreDropped_TheOnesRunsRecordStay()
    {
        var (world, runs) = await WorldAsync();
        var task = (await world.Tasks.CreateAsync(world.User, world.WorkspaceId, "job")).Value!.Id;
        var draft = RunWorld.Script("job", Logging, true, (3600, null, null));
        var first = (await runs.StartAsync(world.User, world.WorkspaceId, task, draft, "live")).Value!;
        await using (var db = Database.CreateDbContext())
            await db.Runs.Where(r => r.Id == first.RunId).ExecuteDeleteAsync();

        var second = (await runs.StartAsync(world.User, world.WorkspaceId, task, draft, "live")).Value!;
        var sameInstant = await runs.StartAsync(world.User, world.WorkspaceId, task, draft, "live");
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        var third = (await runs.StartAsync(world.User, world.WorkspaceId, task, draft, "live")).Value!;

        await using var check = Database.CreateDbContext();
        Assert.Equal([-2, -1], await check.TaskVersions.Where(v => v.TaskId == task).Select(v => v.Number).OrderBy(n => n).ToListAsync());
        Assert.Equal((-1, -2), (second.Version, third.Version));
        Assert.Equal(ProblemKind.Conflict, sameInstant.Problem?.Kind);
    }

    [Fact]
    public async Task Published_RunsThePublishedVersion_RefusedBeforeTheFirstPublish()
    {
        var (world, runs) = await WorldAsync();
        var unpublished = (await world.Tasks.CreateAsync(world.User, world.WorkspaceId, "draft_only")).Value!.Id;
        var task = await world.PublishAsync("job", Logging, events: (3600, null, null));

        var refused = await runs.StartAsync(world.User, world.WorkspaceId, unpublished, null, "live");
        var started = await runs.StartAsync(world.User, world.WorkspaceId, task, null, "live");

        Assert.Equal(("version", ProblemKind.Invalid), (refused.Problem?.Field, refused.Problem?.Kind));
        Assert.Equal(1, started.Value!.Version);
        Assert.Equal((1, "manual"), ((await world.RunAsync(started.Value.RunId)).Version, (await world.RunAsync(started.Value.RunId)).Trigger));
    }

    [Fact]
    public async Task Refusals_ScriptErrorsWithTheirPlace_UnknownDatasource_Viewer_Stranger()
    {
        var (world, runs) = await WorldAsync();
        var task = (await world.Tasks.CreateAsync(world.User, world.WorkspaceId, "job")).Value!.Id;
        var viewer = await CreateUserAsync("vic");
        await AddMemberAsync(world.WorkspaceId, viewer, WorkspaceRole.Viewer);
        var good = RunWorld.Script("job", Logging, true, (3600, null, null));

        var broken = await runs.StartAsync(world.User, world.WorkspaceId, task, good.Replace("debug.log { value = \"hello\" }", "var $x { value = $missing }", StringComparison.Ordinal), "live");
        var nowhere = await runs.StartAsync(world.User, world.WorkspaceId, task, good, "staging");

        Assert.StartsWith("The script has errors, so it cannot run. Line 3, column ", broken.Problem?.Message, StringComparison.Ordinal);
        Assert.Equal("This workspace has no datasource 'staging'.", nowhere.Problem?.Message);
        Assert.Equal(ProblemKind.Forbidden, (await runs.StartAsync(viewer, world.WorkspaceId, task, good, "live")).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await runs.StartAsync(await CreateUserAsync("eve"), world.WorkspaceId, task, good, "live")).Problem?.Kind);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Runs.CountAsync());
    }

    [Fact]
    public async Task Cancel_AQueuedRun_IsCancelledAtOnce_AnotherWorkspacesRun_NotFound()
    {
        var (world, runs) = await WorldAsync();
        var task = (await world.Tasks.CreateAsync(world.User, world.WorkspaceId, "job")).Value!.Id;
        var started = (await runs.StartAsync(world.User, world.WorkspaceId, task, RunWorld.Script("job", Logging, true, (3600, null, null)), "live")).Value!;
        var (other, otherRuns) = await WorldAsync("bob");

        Assert.Equal(ProblemKind.NotFound, (await otherRuns.CancelAsync(other.User, other.WorkspaceId, started.RunId)).Problem?.Kind);
        Assert.Equal(CancelOutcome.Cancelled, (await runs.CancelAsync(world.User, world.WorkspaceId, started.RunId)).Value);
        Assert.Equal("cancelled", (await world.RunAsync(started.RunId)).State);
    }

    [Fact]
    public async Task RunAgain_APublishedVersion_RunsThatVersionOnTheSameDatasource_AfterANewerPublish()
    {
        var (world, runs) = await WorldAsync();
        var task = await world.PublishAsync("job", RunWorld.Failing, events: (3600, null, null));
        var first = (await runs.StartAsync(world.User, world.WorkspaceId, task, null, "test")).Value!;
        await RunWorld.DrainAsync(world.Worker());
        Assert.Equal(2, await world.RepublishAsync(task, "job", Logging, true, (3600, null, null)));
        world.Clock.Advance(TimeSpan.FromSeconds(1));

        var again = await runs.RunAgainAsync(world.User, world.WorkspaceId, first.RunId);
        await RunWorld.DrainAsync(world.Worker());

        Assert.True(again.Succeeded, again.Problem?.Message);
        Assert.NotEqual(first.RunId, again.Value.RunId);
        Assert.Equal(1, again.Value.Version);
        var run = await world.RunAsync(again.Value.RunId);
        Assert.Equal(("failed", "manual", 1, "test"), (run.State, run.Trigger, run.Version, run.Datasource));
        Assert.Contains("Nothing to do", run.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAgain_ADraftSnapshot_RunsTheSameSnapshot_WhileLaterDraftRunsMakeTheirOwn()
    {
        var (world, runs) = await WorldAsync();
        var task = (await world.Tasks.CreateAsync(world.User, world.WorkspaceId, "job")).Value!.Id;
        var draft = RunWorld.Script("job", Logging, true, (3600, null, null));
        var first = (await runs.StartAsync(world.User, world.WorkspaceId, task, draft, "live")).Value!;
        await RunWorld.DrainAsync(world.Worker());
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        var later = (await runs.StartAsync(world.User, world.WorkspaceId, task, RunWorld.Script("job", RunWorld.Failing, true, (3600, null, null)), "live")).Value!;
        await RunWorld.DrainAsync(world.Worker());
        world.Clock.Advance(TimeSpan.FromSeconds(1));

        var again = await runs.RunAgainAsync(world.User, world.WorkspaceId, first.RunId);
        await RunWorld.DrainAsync(world.Worker());

        Assert.True(again.Succeeded, again.Problem?.Message);
        Assert.Equal((-1, draft), (again.Value.Version, again.Value.Script));
        Assert.Equal(-2, later.Version);
        var run = await world.RunAsync(again.Value.RunId);
        Assert.Equal(("succeeded", -1, "live"), (run.State, run.Version, run.Datasource));
        Assert.Contains("\"hello\"", run.LogJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAgain_Refused_ForAViewer_AStillQueuedOrSkippedRun_AMissingRun_AMissingVersion()
    {
        var (world, runs) = await WorldAsync();
        var task = await world.PublishAsync("job", Logging, events: (3600, null, null));
        var viewer = await CreateUserAsync("vic");
        await AddMemberAsync(world.WorkspaceId, viewer, WorkspaceRole.Viewer);
        var queued = (await runs.StartAsync(world.User, world.WorkspaceId, task, null, "live")).Value!;

        var stillQueued = await runs.RunAgainAsync(world.User, world.WorkspaceId, queued.RunId);
        await RunWorld.DrainAsync(world.Worker());
        var byViewer = await runs.RunAgainAsync(viewer, world.WorkspaceId, queued.RunId);
        var missing = await runs.RunAgainAsync(world.User, world.WorkspaceId, queued.RunId + 100);
        await using (var db = Database.CreateDbContext())
        {
            await db.Runs.Where(r => r.Id == queued.RunId).ExecuteUpdateAsync(r => r.SetProperty(x => x.Version, 7));
        }
        var noVersion = await runs.RunAgainAsync(world.User, world.WorkspaceId, queued.RunId);
        await using (var db = Database.CreateDbContext())
        {
            await db.Runs.Where(r => r.Id == queued.RunId).ExecuteUpdateAsync(r => r.SetProperty(x => x.State, "skipped"));
        }
        var skipped = await runs.RunAgainAsync(world.User, world.WorkspaceId, queued.RunId);

        Assert.Equal($"Run #{queued.RunId} is queued: only a run that has ended can run again.", stillQueued.Problem?.Message);
        Assert.Equal(ProblemKind.Forbidden, byViewer.Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, missing.Problem?.Kind);
        Assert.Equal($"The version run #{queued.RunId} ran no longer exists, so it cannot run again.", noVersion.Problem?.Message);
        Assert.Equal(("run", ProblemKind.Invalid), (skipped.Problem?.Field, skipped.Problem?.Kind));
        Assert.Single(await world.RunsAsync(task));
    }

    [Fact]
    public async Task Cancel_AQueuedScheduledRun_IsCancelledWithoutRetry_TheNextOccurrenceStillRuns_ViewerRefused()
    {
        var (world, runs) = await WorldAsync();
        var retries = new TaskSettings { Policies = TaskPolicies.Default with { Retry = new RetryPolicy(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) } };
        var task = await world.PublishAsync("job", Logging, retries, events: (0, 10, null));
        var viewer = await CreateUserAsync("vic");
        await AddMemberAsync(world.WorkspaceId, viewer, WorkspaceRole.Viewer);
        await world.Scheduler.TickAsync();
        var scheduled = Assert.Single(await world.RunsAsync(task));
        Assert.Equal(("queued", "schedule"), (scheduled.State, scheduled.Trigger));

        var byViewer = await runs.CancelAsync(viewer, world.WorkspaceId, scheduled.Id);
        var cancelled = await runs.CancelAsync(world.User, world.WorkspaceId, scheduled.Id);
        var again = await runs.CancelAsync(world.User, world.WorkspaceId, scheduled.Id);
        await world.RunForAsync(10, world.Worker());

        Assert.Equal(ProblemKind.Forbidden, byViewer.Problem?.Kind);
        Assert.Equal((CancelOutcome.Cancelled, CancelOutcome.NotCancellable), (cancelled.Value, again.Value));
        var all = await world.RunsAsync(task);
        Assert.Equal([("cancelled", 1), ("succeeded", 1)], all.Select(r => (r.State, r.Attempt)));
        Assert.Equal(RunWorld.Start.AddSeconds(10).UtcDateTime, all[1].ScheduledFor);
    }
}

public sealed class SqliteManualRunsTests : ManualRunsTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresManualRunsTests(PostgresServer server) : ManualRunsTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
