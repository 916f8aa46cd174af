using Microsoft.EntityFrameworkCore;
using Platform.Data.Results;
using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
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
