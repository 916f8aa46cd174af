using Microsoft.EntityFrameworkCore;
using Platform.Data.Runs;
using Platform.Data.Workspaces;
using Platform.Engine.Work;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Runs;

/// <summary>
/// The node registry, the queue count and the engine status over the SQL ports: a node's heartbeat loop registers,
/// beats and forgets; a silent node turns lost on the injected clock; leases are shown only to members.
/// </summary>
public abstract class NodeRegistryTests : DatabaseTests
{
    private static readonly NodeHeartbeatOptions Beats = new()
    {
        Interval = TimeSpan.FromSeconds(5), LostAfter = TimeSpan.FromSeconds(30), ForgetAfter = TimeSpan.FromHours(1),
    };

    private async Task<(RunWorld World, SqlNodeRegistry Registry, EngineStatusReader Status)> WorldAsync()
    {
        var world = await RunWorld.CreateAsync(Database, CreateUserAsync);
        var registry = new SqlNodeRegistry(Database);
        return (world, registry, new EngineStatusReader(Database, registry, world.Time, Beats));
    }

    private static NodeHeartbeat Heartbeat(RunWorld world, SqlNodeRegistry registry, Worker worker, EngineMetrics metrics, string role = "all") =>
        new(registry, registry, new NodeIdentity(worker.Node, role, "host-a", 4242, "1.2.3", world.Time.GetUtcNow()), worker, metrics, world.Time, Beats);

    [Fact]
    public async Task Register_FirstBeat_NodeIsAliveWithItsIdentityAndCapacity()
    {
        var (world, registry, status) = await WorldAsync();
        using var metrics = new EngineMetrics();

        await Heartbeat(world, registry, world.Worker(), metrics, "worker").BeatAsync();

        var node = Assert.Single((await status.ReadAsync(world.User)).Nodes);
        Assert.Equal(
            ("node-1", "worker", "host-a", 4242, "1.2.3", RunWorld.Start.UtcDateTime, RunWorld.Start.UtcDateTime, false, 0, 8),
            (node.Name, node.Role, node.Host, node.ProcessId, node.Version, node.StartedAt, node.LastHeartbeatAt, node.Lost, node.Running, node.Capacity));
        Assert.Equal(EngineCounts.Zero, node.Counts);
    }

    [Fact]
    public async Task Heartbeat_AfterRuns_MovesTheLastBeatAndStoresTheCounters()
    {
        var (world, registry, status) = await WorldAsync();
        using var metrics = new EngineMetrics();
        var worker = new Worker(new WorkerPorts(world.Queue, world.Versions, world.Environments), world.Options, world.Time, new Random(7), world.Compiled, metrics);
        var heartbeat = Heartbeat(world, registry, worker, metrics);
        await heartbeat.BeatAsync();
        await world.PublishAsync("job", RunWorld.Quick, events: (0, 1, null));
        await world.PublishAsync("broken", RunWorld.Failing, events: (0, 1, null));
        var scheduler = new SchedulerLoop(world.Source, world.Compiled, world.Time, new SchedulerOptions(), null, metrics);

        await scheduler.TickAsync();
        await RunWorld.DrainAsync(worker);
        world.Clock.Advance(TimeSpan.FromSeconds(5));
        await heartbeat.BeatAsync();

        var node = Assert.Single((await status.ReadAsync(world.User)).Nodes);
        Assert.Equal((RunWorld.Start.UtcDateTime, RunWorld.Start.AddSeconds(5).UtcDateTime), (node.StartedAt, node.LastHeartbeatAt));
        Assert.Equal((2L, 2L, 1L, 1L, 0L), (node.Counts.Enqueued, node.Counts.Started, node.Counts.Succeeded, node.Counts.Failed, node.Counts.Skipped));
    }

    [Fact]
    public async Task Silent_LongerThanLostAfter_ShowsLost_UntilItBeatsAgain()
    {
        var (world, registry, status) = await WorldAsync();
        using var metrics = new EngineMetrics();
        var heartbeat = Heartbeat(world, registry, world.Worker(), metrics);
        await heartbeat.BeatAsync();

        world.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(Assert.Single((await status.ReadAsync(world.User)).Nodes).Lost);
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        var lost = await status.ReadAsync(world.User);
        Assert.True(Assert.Single(lost.Nodes).Lost);
        Assert.Equal(0, lost.AliveNodes);

        await heartbeat.BeatAsync();
        Assert.False(Assert.Single((await status.ReadAsync(world.User)).Nodes).Lost);
    }

    [Fact]
    public async Task Cleanup_NodesSilentLongerThanForgetAfter_AreRemoved_AndAForgottenNodeRegistersAgain()
    {
        var (world, registry, status) = await WorldAsync();
        using var metrics = new EngineMetrics();
        var first = Heartbeat(world, registry, world.Worker("node-1"), metrics);
        var second = Heartbeat(world, registry, world.Worker("node-2"), metrics);
        await first.BeatAsync();
        await second.BeatAsync();

        world.Clock.Advance(TimeSpan.FromMinutes(59));
        await first.BeatAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        await first.BeatAsync();

        Assert.Equal(["node-1"], (await status.ReadAsync(world.User)).Nodes.Select(n => n.Name));
        Assert.Equal(0, await registry.ForgetSilentAsync(world.Time.GetUtcNow() - Beats.ForgetAfter, default));

        await second.BeatAsync();
        Assert.Equal(["node-1", "node-2"], (await status.ReadAsync(world.User)).Nodes.Select(n => n.Name));
    }

    [Fact]
    public async Task Stop_RemovesTheNode_AndARestartUnderTheSameNameStartsAfresh()
    {
        var (world, registry, status) = await WorldAsync();
        using var metrics = new EngineMetrics();
        await Heartbeat(world, registry, world.Worker(), metrics).BeatAsync();
        await registry.RegisterAsync(
            new NodeIdentity("node-1", "worker", "host-b", 7, "2.0.0", world.Time.GetUtcNow().AddSeconds(3)),
            new NodeBeat(world.Time.GetUtcNow().AddSeconds(3), 1, 4, EngineCounts.Zero with { Started = 9 }), default);

        var node = Assert.Single((await status.ReadAsync(world.User)).Nodes);
        Assert.Equal(("host-b", 7, "2.0.0", 1, 4, 9L), (node.Host, node.ProcessId, node.Version, node.Running, node.Capacity, node.Counts.Started));

        await Heartbeat(world, registry, world.Worker(), metrics).StopAsync();
        Assert.Empty((await status.ReadAsync(world.User)).Nodes);
        Assert.False(await registry.HeartbeatAsync("node-1", new NodeBeat(world.Time.GetUtcNow(), 0, 8, EngineCounts.Zero), default));
    }

    [Fact]
    public async Task QueueDepth_CountsQueuedAndDueRuns_AndTheLongestWait_ForTheGaugesToo()
    {
        var (world, registry, status) = await WorldAsync();
        using var metrics = new EngineMetrics(clock: world.Time);
        var task = await world.PublishAsync("job", RunWorld.Quick, events: (3600, null, null));
        var now = world.Time.GetUtcNow();
        await world.Queue.EnqueueAsync(
        [
            world.Manual(task, now.AddSeconds(-20)), world.Manual(task, now.AddSeconds(-5), attempt: 2), world.Manual(task, now.AddSeconds(60), attempt: 3),
        ], default);

        var depth = await registry.CountAsync(now, default);
        await Heartbeat(world, registry, world.Worker(), metrics).BeatAsync();

        Assert.Equal(new QueueDepth(3, 2, now.AddSeconds(-20)), depth);
        Assert.Equal(TimeSpan.FromSeconds(20), depth.OldestDueAge(now));
        Assert.Equal(depth, (await status.ReadAsync(world.User)).Queue);
        Assert.Equal(depth, metrics.Queue);
        Assert.Equal(new QueueDepth(3, 0, null), await registry.CountAsync(now.AddSeconds(-30), default));
    }

    [Fact]
    public async Task QueueDepth_NothingQueued_IsEmpty()
    {
        var (world, registry, _) = await WorldAsync();

        Assert.Equal(QueueDepth.Empty, await registry.CountAsync(world.Time.GetUtcNow(), default));
    }

    [Fact]
    public async Task Leases_ShownToMembersOfTheRunsWorkspaceOnly_NodesAndQueueToEveryone()
    {
        var (world, registry, status) = await WorldAsync();
        var stranger = await CreateUserAsync("eve");
        var task = await world.PublishAsync("nightly", RunWorld.Quick, events: (3600, null, null));
        await world.Queue.EnqueueAsync([world.Manual(task), world.Manual(task, world.Time.GetUtcNow().AddSeconds(1))], default);
        var now = world.Time.GetUtcNow();
        var claim = Assert.Single(await world.Queue.ClaimAsync(new ClaimRequest("node-1", 2, now, TimeSpan.FromSeconds(30), 8), default));
        using var metrics = new EngineMetrics();
        await Heartbeat(world, registry, world.Worker(), metrics).BeatAsync();

        var mine = await status.ReadAsync(world.User);
        var theirs = await status.ReadAsync(stranger);

        var lease = Assert.Single(mine.Leases);
        Assert.Equal(
            (claim.Run.Id, world.WorkspaceId, "Acme", task, "nightly", 1, "manual", "node-1", now.UtcDateTime, now.AddSeconds(30).UtcDateTime),
            (lease.RunId, lease.WorkspaceId, lease.WorkspaceName, lease.TaskId, lease.TaskName, lease.Attempt, lease.Trigger, lease.Node, lease.StartedAt,
                lease.LeaseExpiresAt));
        Assert.Empty(theirs.Leases);
        Assert.Equal((1, 1L), (theirs.Nodes.Count, theirs.Queue.Queued));
        await AddMemberAsync(world.WorkspaceId, stranger, WorkspaceRole.Viewer);
        Assert.Single((await status.ReadAsync(stranger)).Leases);
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.EngineNodes.CountAsync());
    }
}

public sealed class SqliteNodeRegistryTests : NodeRegistryTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresNodeRegistryTests(PostgresServer server) : NodeRegistryTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
