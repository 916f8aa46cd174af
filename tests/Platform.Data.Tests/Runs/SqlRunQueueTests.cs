using Microsoft.EntityFrameworkCore;
using Platform.Data.Runs;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Functions;
using Platform.Engine.Runtime.Values;
using Platform.Engine.Work;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Runs;

/// <summary>Every method of the queue against its contract (the port's doc comments and the in-memory queue).</summary>
public abstract class SqlRunQueueTests : DatabaseTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private RunWorld _world = null!;

    private SqlRunQueue Queue => _world.Queue;

    private DateTimeOffset At => _world.Clock.GetUtcNow();

    private async Task<int> GivenATaskAsync(string name = "job") =>
        _world is null ? throw new InvalidOperationException() : await _world.PublishAsync(name, RunWorld.Quick, events: (3600, null, null));

    private async Task<int> GivenTheWorldAndATaskAsync()
    {
        _world = await RunWorld.CreateAsync(Database, CreateUserAsync);
        return await GivenATaskAsync();
    }

    private Task<IReadOnlyList<ClaimedRun>> ClaimAsync(int count = 10, int perWorkspace = 10, string node = "node-1") =>
        Queue.ClaimAsync(new ClaimRequest(node, count, At, Lease, perWorkspace), default);

    private static RunResult Succeeded() =>
        new(RunStatus.Succeeded, XsValue.Int(42), [], [], 0, null, new RunCounters(3, 0, 0), TimeSpan.FromMilliseconds(12));

    [Fact]
    public async Task Enqueue_SameOccurrenceTwice_AddsOneRun_WithItsQueuedEvent()
    {
        var task = await GivenTheWorldAndATaskAsync();

        var first = await Queue.EnqueueAsync([_world.Manual(task), _world.Manual(task)], default);
        var again = await Queue.EnqueueAsync([_world.Manual(task)], default);

        var id = Assert.Single(first);
        Assert.Empty(again);
        var run = await _world.RunAsync(id);
        Assert.Equal(("queued", "manual", 1, RunWorld.Utc(RunWorld.Start)), (run.State, run.Trigger, run.Attempt, run.ScheduledFor));
        Assert.Equal([(null, "queued")], (await _world.EventsAsync(id)).Select(e => (e.FromState, e.ToState)));
    }

    [Fact]
    public async Task Enqueue_ForATaskThatDoesNotExist_AddsNothing()
    {
        var task = await GivenTheWorldAndATaskAsync();

        Assert.Empty(await Queue.EnqueueAsync([_world.Manual(task + 100)], default));
    }

    [Fact]
    public async Task DuplicateOccurrence_RefusedByTheDatabaseItself()
    {
        var task = await GivenTheWorldAndATaskAsync();
        await Queue.EnqueueAsync([_world.Manual(task)], default);

        await using var db = Database.CreateDbContext();
        db.Runs.Add(new RunEntry
        {
            TaskId = task, WorkspaceId = _world.WorkspaceId, Version = 1, Datasource = "live", Trigger = "manual", State = "skipped",
            ScheduledFor = RunWorld.Utc(RunWorld.Start), Attempt = 1, QueuedAt = RunWorld.Utc(RunWorld.Start), NotBefore = RunWorld.Utc(RunWorld.Start),
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task SecondRunningRunOfATask_RefusedByTheDatabaseItself()
    {
        var task = await GivenTheWorldAndATaskAsync();
        await Queue.EnqueueAsync([_world.Manual(task)], default);
        await ClaimAsync();

        await using var db = Database.CreateDbContext();
        db.Runs.Add(new RunEntry
        {
            TaskId = task, WorkspaceId = _world.WorkspaceId, Version = 1, Datasource = "live", Trigger = "manual", State = "running",
            ScheduledFor = RunWorld.Utc(RunWorld.Start.AddSeconds(1)), Attempt = 1, QueuedAt = RunWorld.Utc(RunWorld.Start), NotBefore = RunWorld.Utc(RunWorld.Start),
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Claim_TakesDueRunsOldestFirst_WithALease_AndRecordsTheTransition()
    {
        var task = await GivenTheWorldAndATaskAsync();
        var other = await GivenATaskAsync("other");
        var later = _world.Manual(other) with { NotBefore = At.AddSeconds(5) };
        var ids = await Queue.EnqueueAsync([_world.Manual(task), later], default);

        var claimed = Assert.Single(await ClaimAsync());

        Assert.Equal(ids[0], claimed.Run.Id);
        Assert.Equal((RunState.Running, "node-1", At, At + Lease), (claimed.Run.State, claimed.Run.Node, claimed.Run.StartedAt, claimed.LeaseExpiresAt));
        var stored = await _world.RunAsync(claimed.Run.Id);
        Assert.Equal(("running", claimed.Lease.ToString()), (stored.State, stored.Lease));
        Assert.Equal([(null, "queued"), ("queued", "running")], (await _world.EventsAsync(claimed.Run.Id)).Select(e => (e.FromState, e.ToState)));

        _world.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(ids[1], Assert.Single(await ClaimAsync()).Run.Id);
    }

    [Fact]
    public async Task NextDue_TheEarliestQueuedRunNotYetDue()
    {
        var task = await GivenTheWorldAndATaskAsync();
        var other = await GivenATaskAsync("other");
        await Queue.EnqueueAsync(
            [_world.Manual(task), _world.Manual(task, At.AddSeconds(1)) with { NotBefore = At.AddSeconds(9) }, _world.Manual(other) with { NotBefore = At.AddSeconds(5) }],
            default);

        Assert.Equal(At.AddSeconds(5), await Queue.NextDueAsync(At, default));
        Assert.Equal(At.AddSeconds(9), await Queue.NextDueAsync(At.AddSeconds(5), default));
        Assert.Null(await Queue.NextDueAsync(At.AddSeconds(9), default));
    }

    [Fact]
    public async Task Claim_NeverTwoRunsOfOneTask_NorMoreThanTheWorkspaceLimit()
    {
        var task = await GivenTheWorldAndATaskAsync();
        var others = new List<int>();
        for (var i = 0; i < 3; i++)
            others.Add(await GivenATaskAsync($"other_{i}"));
        await Queue.EnqueueAsync([_world.Manual(task), _world.Manual(task, At.AddMilliseconds(1)), .. others.Select(o => _world.Manual(o))], default);

        var claimed = await ClaimAsync(count: 10, perWorkspace: 3);

        Assert.Equal(3, claimed.Count);
        Assert.Single(claimed, c => c.Run.TaskId == task);
        Assert.Empty(await ClaimAsync(count: 10, perWorkspace: 3));
        Assert.Single(await ClaimAsync(count: 10, perWorkspace: 4));
    }

    [Fact]
    public async Task RenewLease_Held_ThenCancelRequested_AndLostForAnotherLease()
    {
        var task = await GivenTheWorldAndATaskAsync();
        await Queue.EnqueueAsync([_world.Manual(task)], default);
        var claim = Assert.Single(await ClaimAsync());

        Assert.Equal(LeaseStatus.Held, await Queue.RenewLeaseAsync(claim.Run.Id, claim.Lease, At.AddMinutes(1), default));
        Assert.Equal(RunWorld.Utc(At.AddMinutes(1)), (await _world.RunAsync(claim.Run.Id)).LeaseExpiresAt);
        Assert.Equal(CancelOutcome.Requested, await Queue.CancelAsync(claim.Run.Id, At, default));
        Assert.Equal(LeaseStatus.CancelRequested, await Queue.RenewLeaseAsync(claim.Run.Id, claim.Lease, At.AddMinutes(1), default));
        Assert.Equal(LeaseStatus.Lost, await Queue.RenewLeaseAsync(claim.Run.Id, Guid.NewGuid(), At.AddMinutes(1), default));
    }

    [Fact]
    public async Task Complete_UnderTheLease_StoresTheOutcomeAndAddsTheRetry_OnceOnly()
    {
        var task = await GivenTheWorldAndATaskAsync();
        await Queue.EnqueueAsync([_world.Manual(task)], default);
        var claim = Assert.Single(await ClaimAsync());
        var retry = _world.Manual(task) with { Trigger = RunTrigger.Retry, Attempt = 2, NotBefore = At.AddSeconds(10) };

        var done = await Queue.CompleteAsync(new RunCompletion(claim.Run.Id, claim.Lease, RunState.Succeeded, At.AddSeconds(1), Succeeded()), retry, default);
        var twice = await Queue.CompleteAsync(new RunCompletion(claim.Run.Id, claim.Lease, RunState.Failed, At.AddSeconds(2), Succeeded()), null, default);

        Assert.True(done);
        Assert.False(twice);
        var run = await _world.RunAsync(claim.Run.Id);
        Assert.Equal(("succeeded", "42", 3L, 12L, (string?)null), (run.State, run.ResultJson, run.Steps, run.DurationMs, run.Lease));
        Assert.Equal("node-1", run.Node);
        var runs = await _world.RunsAsync(task);
        Assert.Equal([(1, "succeeded"), (2, "queued")], runs.Select(r => (r.Attempt, r.State)));
        Assert.Equal([(null, "queued"), ("queued", "running"), ("running", "succeeded")], (await _world.EventsAsync(claim.Run.Id)).Select(e => (e.FromState, e.ToState)));
    }

    [Fact]
    public async Task Complete_Failure_StoresTheErrorWithItsLineAndColumn()
    {
        _world = await RunWorld.CreateAsync(Database, CreateUserAsync);
        var task = await _world.PublishAsync("job", RunWorld.Failing, events: (3600, null, null));
        var id = Assert.Single(await Queue.EnqueueAsync([_world.Manual(task)], default));
        var worker = _world.Worker();

        await RunWorld.DrainAsync(worker);

        var run = await _world.RunAsync(id);
        Assert.Equal(("failed", "Nothing to do"), (run.State, run.ErrorMessage));
        Assert.Equal((3, 5), (run.ErrorLine, run.ErrorColumn));
    }

    [Fact]
    public async Task Complete_ErrorInsideAFunction_StoresTheFunctionLinesUnderTheMessage_AtTheCallInTheTask()
    {
        _world = await RunWorld.CreateAsync(Database, CreateUserAsync);
        var task = await _world.PublishAsync("job", "var $a { value = 1 }\nfunction.run checks as $r", events: (3600, null, null));
        var id = Assert.Single(await Queue.EnqueueAsync([_world.Manual(task)], default));
        var functions = InMemoryFunctionLibrary.FromSources(["function checks {\n  stack {\n    precondition (false) {\n      error = \"Nothing to do\"\n    }\n  }\n}"]);

        await RunWorld.DrainAsync(_world.Worker(environments: new RunEnvironmentWithFunctions(_world.Environments, functions)));

        var run = await _world.RunAsync(id);
        Assert.Equal(("failed", "Nothing to do\nin function checks at 3:5"), (run.State, run.ErrorMessage));
        Assert.Equal((4, 5), (run.ErrorLine, run.ErrorColumn));
    }

    [Fact]
    public async Task Release_PutsTheRunBackInTheQueue_SameAttempt_NoLease()
    {
        var task = await GivenTheWorldAndATaskAsync();
        await Queue.EnqueueAsync([_world.Manual(task)], default);
        var claim = Assert.Single(await ClaimAsync());

        Assert.True(await Queue.ReleaseAsync(claim.Run.Id, claim.Lease, At, "shutting down", default));
        Assert.False(await Queue.ReleaseAsync(claim.Run.Id, claim.Lease, At, "shutting down", default));

        var run = await _world.RunAsync(claim.Run.Id);
        Assert.Equal(("queued", 1, (string?)null, (DateTime?)null, "shutting down"), (run.State, run.Attempt, run.Lease, run.StartedAt, run.Reason));
        Assert.Equal(claim.Run.Id, Assert.Single(await ClaimAsync("node-2")).Run.Id);
    }

    private Task<IReadOnlyList<ClaimedRun>> ClaimAsync(string node) => ClaimAsync(10, 10, node);

    [Fact]
    public async Task ExpiredLease_FoundAndInterruptedOnce_WithItsRetry_AndTheOldHolderLosesIt()
    {
        var task = await GivenTheWorldAndATaskAsync();
        await Queue.EnqueueAsync([_world.Manual(task)], default);
        var claim = Assert.Single(await ClaimAsync());
        var retry = _world.Manual(task) with { Trigger = RunTrigger.Retry, Attempt = 2 };

        Assert.Empty(await Queue.FindExpiredLeasesAsync(At.AddSeconds(29), 10, default));
        Assert.False(await Queue.InterruptAsync(claim.Run.Id, claim.Lease, At.AddSeconds(29), "gone", retry, default));
        var expired = Assert.Single(await Queue.FindExpiredLeasesAsync(At.AddSeconds(31), 10, default));
        Assert.Equal((claim.Run.Id, claim.Lease), (expired.Id, expired.Lease));
        Assert.True(await Queue.InterruptAsync(claim.Run.Id, claim.Lease, At.AddSeconds(31), "gone", retry, default));
        Assert.False(await Queue.InterruptAsync(claim.Run.Id, claim.Lease, At.AddSeconds(31), "gone", retry, default));

        Assert.Equal(LeaseStatus.Lost, await Queue.RenewLeaseAsync(claim.Run.Id, claim.Lease, At.AddMinutes(1), default));
        Assert.False(await Queue.CompleteAsync(new RunCompletion(claim.Run.Id, claim.Lease, RunState.Succeeded, At, Succeeded()), null, default));
        Assert.Equal([(1, "interrupted"), (2, "queued")], (await _world.RunsAsync(task)).Select(r => (r.Attempt, r.State)));
    }

    [Fact]
    public async Task Cancel_QueuedRunAtOnce_FinishedRunNotCancellable()
    {
        var task = await GivenTheWorldAndATaskAsync();
        var id = Assert.Single(await Queue.EnqueueAsync([_world.Manual(task)], default));

        Assert.Equal(CancelOutcome.Cancelled, await Queue.CancelAsync(id, At, default));
        Assert.Equal(CancelOutcome.NotCancellable, await Queue.CancelAsync(id, At, default));
        Assert.Equal(CancelOutcome.NotCancellable, await Queue.CancelAsync(id + 100, At, default));
        Assert.Empty(await ClaimAsync());
        Assert.Equal("cancelled", (await _world.RunAsync(id)).State);
    }
}

public sealed class SqliteRunQueueTests : SqlRunQueueTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRunQueueTests(PostgresServer server) : SqlRunQueueTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
