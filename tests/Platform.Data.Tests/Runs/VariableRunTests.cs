using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Variables;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Runs;

/// <summary>Runs read their workspace's environment variables as <c>$env.NAME</c>, decrypted, as they are when the run starts.</summary>
public abstract class VariableRunTests : DatabaseTests
{
    private const string Greeting = "debug.log { value = $env.GREETING ~ \" / \" ~ $env.$datasource }";

    private async Task<(RunWorld World, ManualRuns Runs, VariableStore Variables, int Task)> WorldAsync(string user = "ada")
    {
        var world = await RunWorld.CreateAsync(Database, _ => CreateUserAsync(user));
        var runs = new ManualRuns(Database, new WorkspaceSchemaLoader(Database), world.Queue, world.Time);
        var task = (await world.Tasks.CreateAsync(world.User, world.WorkspaceId, "greet")).Value!.Id;
        return (world, runs, world.VariableStore(), task);
    }

    private static async Task<RunEntry> RunNowAsync(RunWorld world, ManualRuns runs, int task)
    {
        var started = await runs.StartAsync(world.User, world.WorkspaceId, task, RunWorld.Script("greet", Greeting, true, (3600, null, null)), "test");
        Assert.True(started.Succeeded, started.Problem?.Message);
        await RunWorld.DrainAsync(world.Worker());
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        return await world.RunAsync(started.Value.RunId);
    }

    [Fact]
    public async Task Run_ReadsTheWorkspacesVariable_AReplacedValueAppliesToTheNextRun_AnotherWorkspacesDoesNot()
    {
        var (world, runs, variables, task) = await WorldAsync();
        var (other, _, otherVariables, _) = await WorldAsync("bob");
        await otherVariables.SetAsync(other.User, other.WorkspaceId, "GREETING", "not mine");
        await variables.SetAsync(world.User, world.WorkspaceId, "GREETING", "hello");

        var first = await RunNowAsync(world, runs, task);
        await variables.SetAsync(world.User, world.WorkspaceId, "GREETING", "bonjour");
        var second = await RunNowAsync(world, runs, task);
        await variables.DeleteAsync(world.User, world.WorkspaceId, "GREETING");
        var third = await RunNowAsync(world, runs, task);

        Assert.Equal("succeeded", first.State);
        Assert.Contains("\"hello / test\"", first.LogJson, StringComparison.Ordinal);
        Assert.Contains("\"bonjour / test\"", second.LogJson, StringComparison.Ordinal);
        Assert.Contains("\" / test\"", third.LogJson, StringComparison.Ordinal);
        Assert.DoesNotContain("not mine", third.LogJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AChangeMadeOnAnotherNode_AppliesWithinTheLifetime()
    {
        var (world, runs, variables, task) = await WorldAsync();
        await variables.SetAsync(world.User, world.WorkspaceId, "GREETING", "hello");
        var otherNode = new VariableStore(Database, world.Time, world.Secrets);

        var first = await RunNowAsync(world, runs, task);
        await otherNode.SetAsync(world.User, world.WorkspaceId, "GREETING", "bonjour");
        var soon = await RunNowAsync(world, runs, task);
        world.Clock.Advance(RunVariables.Lifetime);
        var later = await RunNowAsync(world, runs, task);

        Assert.Contains("\"hello / test\"", first.LogJson, StringComparison.Ordinal);
        Assert.Contains("\"hello / test\"", soon.LogJson, StringComparison.Ordinal);
        Assert.Contains("\"bonjour / test\"", later.LogJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AValueThatCannotBeDecrypted_FailsTheRunNamingTheVariable()
    {
        var (world, runs, variables, task) = await WorldAsync();
        await variables.SetAsync(world.User, world.WorkspaceId, "GREETING", "hello");
        var lostKeys = world.VariableStore(TestSecrets.Create());
        await lostKeys.SetAsync(world.User, world.WorkspaceId, "API_KEY", "written with a key this server no longer has");

        var run = await RunNowAsync(world, runs, task);

        Assert.Equal(("failed", "ERROR_INTERNAL"), (run.State, run.ErrorCode));
        Assert.Contains("The value of the environment variable 'API_KEY' cannot be decrypted", run.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Replace its value in the workspace's settings.", run.ErrorMessage, StringComparison.Ordinal);
    }
}

public sealed class SqliteVariableRunTests : VariableRunTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresVariableRunTests(PostgresServer server) : VariableRunTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
