using Microsoft.EntityFrameworkCore;
using Platform.Data.Results;
using Platform.Data.Runs;
using Platform.Engine.Scheduling;
using Platform.Engine.Work;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Runs;

/// <summary>
/// The engine's scheduler, workers and reaper over the SQL ports on a fake clock: the in-memory scenarios of
/// SchedulerLoopTests and WorkerTests, now through the database.
/// </summary>
public abstract class EngineOverSqlTests : DatabaseTests
{
    private static TaskSettings Settings(TaskPolicies policies) => new() { Policies = policies };

    private static DateTime At(double seconds) => RunWorld.Start.AddSeconds(seconds).UtcDateTime;

    private Task<RunWorld> WorldAsync() => RunWorld.CreateAsync(Database, CreateUserAsync);

    [Fact]
    public async Task Interval_WithEndsOn_RunsEachSlotOnce_ThenTheScheduleEnds()
    {
        var world = await WorldAsync();
        var task = await world.PublishAsync("job", RunWorld.Quick, events: (0, 10, 30));

        await world.RunForAsync(40, world.Worker());

        var runs = await world.RunsAsync(task);
        Assert.Equal([At(0), At(10), At(20), At(30)], runs.Select(r => r.ScheduledFor));
        Assert.All(runs, r => Assert.Equal(("succeeded", "schedule", 1, "node-1"), (r.State, r.Trigger, r.Version, r.Node)));
        Assert.Null(await world.NextOccurrenceAsync(task));
    }

    [Fact]
    public async Task OverlapSkip_ALongRunHolds_LaterOccurrencesAreRecordedSkipped()
    {
        var world = await WorldAsync();
        var task = await world.PublishAsync("job", RunWorld.Endless, events: (0, 1, null));
        var worker = world.Worker();

        for (var second = 0; second <= 4; second++)
        {
            if (second > 0)
                world.Clock.Advance(TimeSpan.FromSeconds(1));
            await world.Scheduler.TickAsync();
            await worker.PollAsync();
        }

        var runs = await world.RunsAsync(task);
        Assert.Equal("running", runs[0].State);
        Assert.Equal([At(1), At(2), At(3), At(4)], runs.Skip(1).Select(r => r.ScheduledFor));
        Assert.All(runs.Skip(1), r => Assert.Equal(("skipped", SkipReasons.PreviousRunning), (r.State, r.Reason)));
        Assert.True(worker.Cancel(runs[0].Id));
        await worker.WhenRunsFinishedAsync();
        Assert.Equal("cancelled", (await world.RunAsync(runs[0].Id)).State);
    }

    [Fact]
    public async Task TaskList_ShowsPublicationDraftChangesNextRunAndLastRun()
    {
        var world = await WorldAsync();
        var failing = await world.PublishAsync("failing", RunWorld.Failing, events: (0, 10, null));
        var paused = await world.PublishAsync("paused", RunWorld.Quick, active: false, events: (0, 10, null));
        var edited = await world.PublishAsync("edited", RunWorld.Quick, events: (5, 10, null));
        var draft = (await world.Tasks.CreateAsync(world.User, world.WorkspaceId, "draft_only")).Value!.Id;
        await world.RunForAsync(1, world.Worker());
        var current = (await world.Tasks.GetAsync(world.User, world.WorkspaceId, edited)).Value!;
        await world.Tasks.SaveScriptAsync(world.User, world.WorkspaceId, edited, current.Script + "\n// edited", current.ConcurrencyStamp);

        var items = (await world.Tasks.ListAsync(world.User, world.WorkspaceId)).Value!.ToDictionary(t => t.Id);

        Assert.Equal((1, true, false, At(10), "failed"),
            (items[failing].PublishedVersion, items[failing].PublishedActive, items[failing].HasDraftChanges, items[failing].NextRunAt, items[failing].LastRunState));
        Assert.NotNull(items[failing].LastRunAt);
        Assert.Equal((1, false, false, null, null),
            (items[paused].PublishedVersion, items[paused].PublishedActive, items[paused].HasDraftChanges, items[paused].NextRunAt, items[paused].LastRunState));
        Assert.Equal((1, true, true, At(5), null),
            (items[edited].PublishedVersion, items[edited].PublishedActive, items[edited].HasDraftChanges, items[edited].NextRunAt, items[edited].LastRunState));
        Assert.Equal((null, false, false, null, null),
            (items[draft].PublishedVersion, items[draft].PublishedActive, items[draft].HasDraftChanges, items[draft].NextRunAt, items[draft].LastRunState));
    }

    [Fact]
    public async Task Timeout_StopsAnEndlessTask_TimedOut()
    {
        var world = await WorldAsync();
        var task = await world.PublishAsync("job", RunWorld.Endless, Settings(TaskPolicies.Default with { Timeout = TimeSpan.FromSeconds(5) }), events: (3600, null, null));
        var id = Assert.Single(await world.Queue.EnqueueAsync([world.Manual(task)], default));
        var worker = world.Worker();

        await worker.PollAsync();
        await world.AdvanceUntilAsync(async () => (await world.RunAsync(id)).State != "running", TimeSpan.FromSeconds(1), 60, "the endless run stops");

        var run = await world.RunAsync(id);
        Assert.Equal(("timed_out", "wall_time"), (run.State, run.ErrorLimit));
        await worker.WhenRunsFinishedAsync();
    }

    [Fact]
    public async Task Deactivated_NoRuns_RepublishedActive_FromTheNextSlot()
    {
        var world = await WorldAsync();
        var task = await world.PublishAsync("job", RunWorld.Quick, events: (0, 10, null));
        var worker = world.Worker();
        await world.RunForAsync(5, worker);

        await world.RepublishAsync(task, "job", RunWorld.Quick, false, (0, 10, null));
        await world.RunForAsync(30, worker);
        await world.RepublishAsync(task, "job", RunWorld.Quick, true, (0, 10, null));
        await world.RunForAsync(10, worker);

        var runs = await world.RunsAsync(task);
        Assert.Equal([(At(0), 1), (At(40), 3)], runs.Select(r => (r.ScheduledFor, r.Version)));
    }

    [Fact]
    public async Task PublishedWhileAPlanWasMade_ThePlanIsNotStored()
    {
        var world = await WorldAsync();
        var task = await world.PublishAsync("job", RunWorld.Quick, events: (0, 1, null));
        var due = Assert.Single(await world.Source.FindDueAsync(world.Clock.GetUtcNow(), 10, default));

        await world.RepublishAsync(task, "job", RunWorld.Quick, true, (0, 1, null));
        var stale = new ScheduleCommit(task, due.Task.Version, due.NextOccurrence, due.NextOccurrence.AddSeconds(1),
            [new NewRun(task, world.WorkspaceId, 1, "live", RunTrigger.Schedule, due.NextOccurrence, 1, due.NextOccurrence)], []);

        Assert.False(await world.Source.CommitAsync(stale, default));
        Assert.Empty(await world.RunsAsync(task));
    }

    [Fact]
    public async Task PlannedAhead_QueuedBeforeItsInstant_NeverClaimedBeforeIt()
    {
        var world = await WorldAsync();
        var task = await world.PublishAsync("job", RunWorld.Quick, events: (10, null, null));
        var worker = world.Worker();

        world.Clock.Advance(TimeSpan.FromSeconds(9.5));
        var tick = await world.Scheduler.TickAsync();
        var claimedEarly = await worker.PollAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(0.5));
        await RunWorld.DrainAsync(worker);

        Assert.Equal((1, 0), (tick.Enqueued, claimedEarly));
        var run = Assert.Single(await world.RunsAsync(task));
        Assert.Equal((At(10), At(10), At(10), "succeeded"), (run.ScheduledFor, run.NotBefore, run.StartedAt, run.State));
    }

    [Fact]
    public async Task Publishing_WithdrawsARunPlannedAheadThatIsNotDue()
    {
        var world = await WorldAsync();
        var task = await world.PublishAsync("job", RunWorld.Quick, events: (10, 10, null));
        world.Clock.Advance(TimeSpan.FromSeconds(9.5));
        await world.Scheduler.TickAsync();
        var planned = Assert.Single(await world.RunsAsync(task));

        await world.RepublishAsync(task, "job", RunWorld.Quick, false, (10, 10, null));
        world.Clock.Advance(TimeSpan.FromSeconds(0.5));
        await world.RunForAsync(2, world.Worker());

        Assert.Equal(("queued", At(10)), (planned.State, planned.NotBefore));
        Assert.Empty(await world.RunsAsync(task));
    }

    [Fact]
    public async Task CommitAll_AnOccurrenceAlreadyHasItsRun_TheOtherPlansAreStoredInTheSameBatch()
    {
        var world = await WorldAsync();
        var tasks = new List<int>();
        for (var i = 0; i < 3; i++)
            tasks.Add(await world.PublishAsync($"job_{i}", RunWorld.Quick, events: (10, null, null)));
        var due = RunWorld.Start.AddSeconds(10);
        await world.Queue.EnqueueAsync([world.Manual(tasks[1], due)], default);
        ScheduleCommit Plan(int task, DateTimeOffset expected) =>
            new(task, 1, expected, null, [new NewRun(task, world.WorkspaceId, 1, "live", RunTrigger.Schedule, due, 1, due)],
                task == tasks[2] ? [new SkippedRun(task, world.WorkspaceId, 1, "live", due.AddSeconds(-1), SkipReasons.PreviousRunning)] : []);

        var stored = await world.Source.CommitAllAsync([.. tasks.Select(t => Plan(t, due)), Plan(tasks[2], due.AddSeconds(1))], default);

        Assert.Equal([true, true, true, false], stored);
        var runs = await world.RunsAsync();
        Assert.Equal(
            [(tasks[0], "schedule", "queued"), (tasks[1], "manual", "queued"), (tasks[2], "schedule", "skipped"), (tasks[2], "schedule", "queued")],
            runs.OrderBy(r => r.TaskId).ThenBy(r => r.ScheduledFor).Select(r => (r.TaskId, r.Trigger, r.State)));
        foreach (var task in tasks)
            Assert.Null(await world.NextOccurrenceAsync(task));
    }

    [Fact]
    public async Task TwoSchedulers_PlanningTheSameTasks_EachOccurrenceOnce()
    {
        var world = await WorldAsync();
        var tasks = new List<int>();
        for (var i = 0; i < 5; i++)
            tasks.Add(await world.PublishAsync($"job_{i}", RunWorld.Quick, events: (0, 1, null)));
        var other = new SchedulerLoop(world.Source, world.Compiled, world.Clock, new SchedulerOptions { BatchSize = 2 });

        for (var second = 0; second <= 3; second++)
        {
            if (second > 0)
                world.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAll(world.Scheduler.TickAsync(), other.TickAsync());
        }

        var runs = await world.RunsAsync();
        Assert.Equal(5 * 4, runs.Count);
        Assert.Equal(runs.Count, runs.Select(r => (r.TaskId, r.ScheduledFor)).Distinct().Count());
    }

    [Fact]
    public async Task CrashedNode_ItsRunIsInterruptedByTheReaper_AndRetried()
    {
        var world = await WorldAsync();
        var retry = Settings(TaskPolicies.Default with { Retry = new RetryPolicy(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) });
        var task = await world.PublishAsync("job", RunWorld.Quick, retry, events: (3600, null, null));
        await world.Queue.EnqueueAsync([world.Manual(task)], default);
        var lost = Assert.Single(await world.Queue.ClaimAsync(new ClaimRequest("killed", 1, world.Clock.GetUtcNow(), TimeSpan.FromSeconds(30), 4), default));

        world.Clock.Advance(TimeSpan.FromSeconds(31));
        var tick = await world.Scheduler.TickAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(2));
        await RunWorld.DrainAsync(world.Worker());

        Assert.Equal(1, tick.Reaped);
        var runs = await world.RunsAsync(task);
        Assert.Equal([(1, "interrupted", "retry"), (2, "succeeded", "retry")], runs.Select(r => (r.Attempt, r.State, r.Attempt == 1 ? "retry" : r.Trigger)));
        Assert.Equal(LeaseReaper.Reason, runs[0].Reason);
        Assert.Equal(lost.Run.Id, runs[0].Id);
    }

    [Fact]
    public async Task DeletingATask_DeletesItsVersionsRunsAndEvents()
    {
        var world = await WorldAsync();
        var task = await world.PublishAsync("job", RunWorld.Quick, events: (0, 1, null));
        await world.RunForAsync(2, world.Worker());

        Assert.True((await world.Tasks.DeleteAsync(world.User, world.WorkspaceId, task)).Succeeded);
        await world.Scheduler.TickAsync();

        await using var db = Database.CreateDbContext();
        Assert.Equal((0, 0, 0), (await db.Runs.CountAsync(), await db.RunEvents.CountAsync(), await db.TaskVersions.CountAsync()));
    }

    [Fact]
    public async Task History_ListsPagesAndFilters_GetShowsLogAndEvents_OnlyToMembers()
    {
        var world = await WorldAsync();
        var task = await world.PublishAsync("job", "debug.log { value = \"hello\" }", events: (0, 1, null));
        await world.RunForAsync(4, world.Worker());
        var history = new RunHistory(Database);

        var page = (await history.ListAsync(world.User, world.WorkspaceId, task, pageSize: 2)).Value!;
        var second = (await history.ListAsync(world.User, world.WorkspaceId, task, "succeeded", page: 3, pageSize: 2)).Value!;
        var none = (await history.ListAsync(world.User, world.WorkspaceId, task, "failed")).Value!;
        var detail = (await history.GetAsync(world.User, world.WorkspaceId, page.Runs[0].Id)).Value!;

        Assert.Equal((5, 2), (page.Total, page.Runs.Count));
        Assert.Equal(At(4), page.Runs[0].ScheduledFor);
        Assert.Equal([At(0)], second.Runs.Select(r => r.ScheduledFor));
        Assert.Equal(0, none.Total);
        Assert.Contains("\"hello\"", detail.LogJson, StringComparison.Ordinal);
        Assert.Contains("debug.log", detail.Script, StringComparison.Ordinal);
        Assert.Equal(["queued", "running", "succeeded"], detail.Events.Select(e => e.To));
        var stranger = await CreateUserAsync("eve");
        Assert.Equal(ProblemKind.NotFound, (await history.GetAsync(stranger, world.WorkspaceId, page.Runs[0].Id)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await history.ListAsync(stranger, world.WorkspaceId, task)).Problem?.Kind);
        Assert.Equal("state", (await history.ListAsync(world.User, world.WorkspaceId, task, "done")).Problem?.Field);
        Assert.Equal(("job", "live"), (detail.Summary.TaskName, detail.Summary.Datasource));
    }

    [Fact]
    public async Task History_OfTheWorkspace_ListsEveryTasksRuns_WithTaskNames_NotOtherWorkspaces()
    {
        var world = await WorldAsync();
        var report = await world.PublishAsync("report", RunWorld.Quick, events: (0, 1, null));
        var failing = await world.PublishAsync("failing", RunWorld.Failing, events: (0, 1, null));
        await world.RunForAsync(2, world.Worker());
        var other = await RunWorld.CreateAsync(Database, _ => CreateUserAsync("bob"), world.Time);
        await other.PublishAsync("elsewhere", RunWorld.Quick, events: (0, 1, null));
        await other.RunForAsync(1, other.Worker());
        var history = new RunHistory(Database);

        var all = (await history.ListAsync(world.User, world.WorkspaceId, null)).Value!;
        var failed = (await history.ListAsync(world.User, world.WorkspaceId, null, "failed")).Value!;

        Assert.Equal(["failing", "report"], all.Runs.Select(r => r.TaskName).Distinct().Order());
        Assert.All(all.Runs, r => Assert.Contains(r.TaskId, new[] { report, failing }));
        Assert.All(failed.Runs, r => Assert.Equal(("failing", "failed"), (r.TaskName, r.State)));
        Assert.Equal(ProblemKind.NotFound, (await history.ListAsync(await CreateUserAsync("eve"), world.WorkspaceId, null)).Problem?.Kind);
    }

    [Fact]
    public async Task Retention_DeletesRunsOlderThanEachTasksHistory_InBatches_KeepsAll()
    {
        var world = await WorldAsync();
        var week = await world.PublishAsync("week", RunWorld.Quick, events: (0, 3600, null));
        var forever = await world.PublishAsync("forever", RunWorld.Quick, Settings(TaskPolicies.Default with { History = HistoryRetention.All }), events: (0, 3600, null));
        var worker = world.Worker();
        for (var hour = 0; hour < 5; hour++)
        {
            await world.Scheduler.TickAsync();
            await RunWorld.DrainAsync(worker);
            world.Clock.Advance(TimeSpan.FromHours(1));
        }

        var deleted = await new RunRetention(Database).DeleteExpiredAsync(RunWorld.Start.AddDays(7).AddHours(2.5), batchSize: 2);

        Assert.Equal(3, deleted);
        Assert.Equal([At(3 * 3600), At(4 * 3600)], (await world.RunsAsync(week)).Select(r => r.ScheduledFor));
        Assert.Equal(5, (await world.RunsAsync(forever)).Count);
    }
}

public sealed class SqliteEngineOverSqlTests : EngineOverSqlTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresEngineOverSqlTests(PostgresServer server) : EngineOverSqlTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
