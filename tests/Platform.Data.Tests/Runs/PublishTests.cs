using Platform.Data.Results;
using Platform.Data.Runs;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Runs;

public abstract class PublishTests : DatabaseTests
{
    private async Task<(RunWorld World, int TaskId, Guid Stamp)> GivenADraftAsync(string script)
    {
        var world = await RunWorld.CreateAsync(Database, CreateUserAsync);
        var created = (await world.Tasks.CreateAsync(world.User, world.WorkspaceId, "report")).Value!;
        var saved = (await world.Tasks.SaveScriptAsync(world.User, world.WorkspaceId, created.Id, script, created.ConcurrencyStamp)).Value!;
        return (world, saved.Id, saved.ConcurrencyStamp);
    }

    [Fact]
    public async Task Publish_ScriptWithErrors_RefusedWithTheFirstErrorsLineAndColumn()
    {
        var (world, taskId, _) = await GivenADraftAsync("task report {\n  stack {\n    var $x {\n  }\n}\n");

        var published = await world.Publisher.PublishAsync(world.User, world.WorkspaceId, taskId, null);

        Assert.Equal(ProblemKind.Invalid, published.Problem?.Kind);
        Assert.Equal("script", published.Problem?.Field);
        Assert.Matches(@"^The script has errors, so it cannot be published\. Line \d+, column \d+: .+ \(XS\d+\)$", published.Problem!.Message);
        Assert.Empty((await world.Publisher.ListVersionsAsync(world.User, world.WorkspaceId, taskId)).Value!);
    }

    [Fact]
    public async Task Publish_UnknownTable_RefusedAgainstTheWorkspaceSchema()
    {
        var (world, taskId, _) = await GivenADraftAsync(RunWorld.Script("report", "db.query nowhere {\n  return = {type: \"list\"}\n} as $rows", true, (0, 60, null)));

        var published = await world.Publisher.PublishAsync(world.User, world.WorkspaceId, taskId, null);

        Assert.Contains("nowhere", published.Problem?.Message, StringComparison.Ordinal);
        Assert.StartsWith("The script has errors, so it cannot be published. Line 3,", published.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_SettingsWithErrors_RefusedWithTheirPlace()
    {
        var (world, taskId, stamp) = await GivenADraftAsync(RunWorld.Script("report", RunWorld.Quick, true, (0, 60, null)));
        await world.Tasks.SaveSettingsAsync(world.User, world.WorkspaceId, taskId, "{\n  \"overlap\": \"sometimes\"\n}", stamp);

        var published = await world.Publisher.PublishAsync(world.User, world.WorkspaceId, taskId, null);

        Assert.Equal("settings", published.Problem?.Field);
        Assert.StartsWith("The settings have errors, so the task cannot be published. Line 2, column ", published.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("overlap", published.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_Twice_VersionsNumberedFromOne_WithNoteAuthorAndNextOccurrence()
    {
        var (world, taskId, _) = await GivenADraftAsync(RunWorld.Script("report", RunWorld.Quick, true, (-90, 60, null)));

        var first = await world.Publisher.PublishAsync(world.User, world.WorkspaceId, taskId, "  first cut ");
        var second = await world.Publisher.PublishAsync(world.User, world.WorkspaceId, taskId, null);

        Assert.Equal((1, 2), (first.Value!.Number, second.Value!.Number));
        // starts_on 90 s ago, every minute: the next slot is 30 s from now, not a catch-up run.
        Assert.Equal(RunWorld.Start.AddSeconds(30), first.Value.NextOccurrence);
        Assert.Equal(RunWorld.Start.AddSeconds(30).UtcDateTime, await world.NextOccurrenceAsync(taskId));
        var versions = (await world.Publisher.ListVersionsAsync(world.User, world.WorkspaceId, taskId)).Value!;
        Assert.Equal([2, 1], versions.Select(v => v.Number));
        Assert.Equal("first cut", versions[1].Note);
        Assert.Equal("ada", versions[1].Author);
        Assert.Equal(2, (await world.Tasks.GetAsync(world.User, world.WorkspaceId, taskId)).Value!.PublishedVersion);
    }

    [Fact]
    public async Task RestoreVersion_PutsItsScriptAndSettingsIntoTheDraft_VersionsUnchanged()
    {
        var first = RunWorld.Script("report", RunWorld.Quick, true, (0, 60, null));
        var (world, taskId, stamp) = await GivenADraftAsync(first);
        await world.Tasks.SaveSettingsAsync(world.User, world.WorkspaceId, taskId, "{\n  \"overlap\": \"queue_one\"\n}", stamp);
        await world.Publisher.PublishAsync(world.User, world.WorkspaceId, taskId, "v1");
        var draft = (await world.Tasks.GetAsync(world.User, world.WorkspaceId, taskId)).Value!;
        var edited = await world.Tasks.SaveScriptAsync(world.User, world.WorkspaceId, taskId, first.Replace("value = 1", "value = 2", StringComparison.Ordinal), draft.ConcurrencyStamp);
        await world.Tasks.SaveSettingsAsync(world.User, world.WorkspaceId, taskId, "", edited.Value!.ConcurrencyStamp);
        var current = (await world.Tasks.GetAsync(world.User, world.WorkspaceId, taskId)).Value!;

        var stale = await world.Tasks.RestoreVersionAsync(world.User, world.WorkspaceId, taskId, 1, draft.ConcurrencyStamp);
        var restored = await world.Tasks.RestoreVersionAsync(world.User, world.WorkspaceId, taskId, 1, current.ConcurrencyStamp);
        var missing = await world.Tasks.RestoreVersionAsync(world.User, world.WorkspaceId, taskId, 9, restored.Value!.ConcurrencyStamp);
        var version = (await world.Publisher.GetVersionAsync(world.User, world.WorkspaceId, taskId, 1)).Value!;

        Assert.Equal(ProblemKind.Conflict, stale.Problem?.Kind);
        Assert.Equal((first, "{\n  \"overlap\": \"queue_one\"\n}"), (restored.Value.Script, restored.Value.SettingsJson));
        Assert.Equal(ProblemKind.NotFound, missing.Problem?.Kind);
        Assert.StartsWith("Version 9 not found", missing.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal((1, "v1", "ada", first), (version.Summary.Number, version.Summary.Note, version.Summary.Author, version.Script));
        Assert.Single((await world.Publisher.ListVersionsAsync(world.User, world.WorkspaceId, taskId)).Value!);
        var viewer = await CreateUserAsync("vic");
        await AddMemberAsync(world.WorkspaceId, viewer, WorkspaceRole.Viewer);
        Assert.Equal(ProblemKind.Forbidden, (await world.Tasks.RestoreVersionAsync(viewer, world.WorkspaceId, taskId, 1, restored.Value.ConcurrencyStamp)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await world.Publisher.GetVersionAsync(await CreateUserAsync("eve"), world.WorkspaceId, taskId, 1)).Problem?.Kind);
    }

    [Fact]
    public async Task Publish_InactiveScript_ClearsTheNextOccurrence()
    {
        var world = await RunWorld.CreateAsync(Database, CreateUserAsync);
        var taskId = await world.PublishAsync("report", RunWorld.Quick, events: (0, 60, null));

        await world.RepublishAsync(taskId, "report", RunWorld.Quick, false, (0, 60, null));

        Assert.Null(await world.NextOccurrenceAsync(taskId));
    }

    [Fact]
    public async Task Publish_ByAViewer_Forbidden_ByAStranger_NotFound()
    {
        var (world, taskId, _) = await GivenADraftAsync(RunWorld.Script("report", RunWorld.Quick, true, (0, 60, null)));
        var viewer = await CreateUserAsync("vic");
        await AddMemberAsync(world.WorkspaceId, viewer, WorkspaceRole.Viewer);
        var stranger = await CreateUserAsync("eve");

        Assert.Equal(ProblemKind.Forbidden, (await world.Publisher.PublishAsync(viewer, world.WorkspaceId, taskId, null)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await world.Publisher.PublishAsync(stranger, world.WorkspaceId, taskId, null)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await world.Publisher.PublishAsync(world.User, world.WorkspaceId, taskId + 1, null)).Problem?.Kind);
    }
}

public sealed class SqlitePublishTests : PublishTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresPublishTests(PostgresServer server) : PublishTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
