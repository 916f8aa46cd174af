using Microsoft.EntityFrameworkCore;
using Platform.Data.Results;
using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Tasks;

public abstract class TaskStoreTests : DatabaseTests
{
    private Guid _ada;
    private int _workspaceId;

    private TaskStore Store => new(Database, Clock);

    private async Task GivenAdaWithAWorkspaceAsync()
    {
        _ada = await CreateUserAsync("ada");
        _workspaceId = (await new WorkspaceStore(Database, Clock).CreateAsync(_ada, "Acme")).Value!.Id;
    }

    [Fact]
    public async Task Create_ValidName_StoresASkeletonScriptWithADailySchedule()
    {
        await GivenAdaWithAWorkspaceAsync();

        var created = await Store.CreateAsync(_ada, _workspaceId, "daily_report");

        Assert.True(created.Succeeded);
        Assert.Equal("daily_report", created.Value.Name);
        Assert.StartsWith("task daily_report {\n  stack {\n  }\n", created.Value.Script);
        Assert.Contains("schedule = [{starts_on: 2026-03-15 00:00:00+0000, freq: 86400}]", created.Value.Script);
        Assert.True(created.Value.IsActive);
        Assert.Equal("ada", created.Value.UpdatedBy);
        Assert.Equal(Now.UtcDateTime, created.Value.UpdatedAt);
    }

    [Fact]
    public async Task Create_NameWithSpaces_QuotesItInTheHeader()
    {
        await GivenAdaWithAWorkspaceAsync();

        var created = await Store.CreateAsync(_ada, _workspaceId, "import video ask");

        Assert.StartsWith("task \"import video ask\" {", created.Value!.Script);
    }

    [Theory]
    [InlineData("", "Task name is required.")]
    [InlineData("  ", "Task name is required.")]
    [InlineData("say \"hi\"", "Task name cannot contain '\"'.")]
    [InlineData("back\\slash", "Task name cannot contain '\\'.")]
    [InlineData("two\nlines", "Task name cannot contain line breaks or control characters.")]
    public async Task Create_InvalidName_RefusedAndNothingSaved(string name, string message)
    {
        await GivenAdaWithAWorkspaceAsync();

        var created = await Store.CreateAsync(_ada, _workspaceId, name);

        Assert.Equal(new Problem(ProblemKind.Invalid, message, "name"), created.Problem);
        Assert.Empty((await Store.ListAsync(_ada, _workspaceId)).Value!);
    }

    [Fact]
    public async Task Create_OverlongName_Refused()
    {
        await GivenAdaWithAWorkspaceAsync();

        var created = await Store.CreateAsync(_ada, _workspaceId, new string('t', 101));

        Assert.Equal("Task name is too long: 101 characters (at most 100).", created.Problem?.Message);
    }

    [Fact]
    public async Task Create_NameTakenInAnotherCase_ConflictAndOnlyOneTask()
    {
        await GivenAdaWithAWorkspaceAsync();
        await Store.CreateAsync(_ada, _workspaceId, "Report");

        var duplicate = await Store.CreateAsync(_ada, _workspaceId, "report");

        Assert.Equal(ProblemKind.Conflict, duplicate.Problem?.Kind);
        Assert.Equal("A task named 'report' already exists in this workspace. Choose another name.", duplicate.Problem?.Message);
        Assert.Single((await Store.ListAsync(_ada, _workspaceId)).Value!);
    }

    [Fact]
    public async Task Create_ByViewer_ForbiddenAndByStranger_NotFound()
    {
        await GivenAdaWithAWorkspaceAsync();
        var viewer = await CreateUserAsync("vic");
        var stranger = await CreateUserAsync("eve");
        await AddMemberAsync(_workspaceId, viewer, WorkspaceRole.Viewer);

        Assert.Equal(ProblemKind.Forbidden, (await Store.CreateAsync(viewer, _workspaceId, "x")).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Store.CreateAsync(stranger, _workspaceId, "x")).Problem?.Kind);
    }

    [Fact]
    public async Task Duplicate_CopiesTheSavedDraftUnderTheNewName_UnpublishedAndTheOriginalUntouched()
    {
        await GivenAdaWithAWorkspaceAsync();
        var original = (await Store.CreateAsync(_ada, _workspaceId, "nightly")).Value!;
        var script = original.Script.Replace("  stack {\n  }", "  // keep\n  stack {\n    debug.log { value = 1 }\n  }", StringComparison.Ordinal)
            .Replace("  schedule =", "  tags = [\"ops\"]\n  datasource = \"test\"\n  schedule =", StringComparison.Ordinal);
        var saved = (await Store.SaveScriptAsync(_ada, _workspaceId, original.Id, script, original.ConcurrencyStamp)).Value!;
        const string Settings = """{"overlap": "queue_one"}""";
        saved = (await Store.SaveSettingsAsync(_ada, _workspaceId, original.Id, Settings, saved.ConcurrencyStamp)).Value!;
        Assert.True((await new TaskPublisher(Database, new WorkspaceSchemaLoader(Database), Clock).PublishAsync(_ada, _workspaceId, original.Id, "first")).Succeeded);

        var copy = await Store.DuplicateAsync(_ada, _workspaceId, original.Id, "nightly copy");

        Assert.True(copy.Succeeded, copy.Problem?.Message);
        Assert.NotEqual(original.Id, copy.Value.Id);
        Assert.Equal("nightly copy", copy.Value.Name);
        Assert.Equal(script.Replace("task nightly {", "task \"nightly copy\" {", StringComparison.Ordinal), copy.Value.Script);
        Assert.Equal(Settings, copy.Value.SettingsJson);
        Assert.Equal(["ops"], copy.Value.Tags);
        Assert.Equal("test", copy.Value.DatasourceName);
        Assert.Null(copy.Value.PublishedVersion);
        var originalNow = (await Store.GetAsync(_ada, _workspaceId, original.Id)).Value!;
        Assert.Equal(script, originalNow.Script);
        Assert.Equal(1, originalNow.PublishedVersion);
        Assert.Equal(["nightly", "nightly copy"], (await Store.ListAsync(_ada, _workspaceId)).Value!.Select(t => t.Name));
    }

    [Fact]
    public async Task Publish_DraftSavedElsewhereSinceTheCallerReadIt_RefusedAndNothingPublished()
    {
        await GivenAdaWithAWorkspaceAsync();
        var seen = (await Store.CreateAsync(_ada, _workspaceId, "shared")).Value!;
        var script = seen.Script.Replace("  stack {\n  }", "  stack {\n    debug.log { value = 2 }\n  }", StringComparison.Ordinal);
        var savedElsewhere = (await Store.SaveScriptAsync(_ada, _workspaceId, seen.Id, script, seen.ConcurrencyStamp)).Value!;
        var publisher = new TaskPublisher(Database, new WorkspaceSchemaLoader(Database), Clock);

        var stale = await publisher.PublishAsync(_ada, _workspaceId, seen.Id, "mine", seen.ConcurrencyStamp);

        Assert.False(stale.Succeeded);
        Assert.Equal(ProblemKind.Conflict, stale.Problem.Kind);
        Assert.Contains("changed elsewhere", stale.Problem.Message, StringComparison.Ordinal);
        Assert.Empty((await publisher.ListVersionsAsync(_ada, _workspaceId, seen.Id)).Value!);
        var current = await publisher.PublishAsync(_ada, _workspaceId, seen.Id, "theirs", savedElsewhere.ConcurrencyStamp);
        Assert.True(current.Succeeded, current.Problem?.Message);
        Assert.Equal(1, current.Value.Number);
    }

    [Fact]
    public async Task Duplicate_NameTakenInvalidByViewerOrAcrossWorkspaces_RefusedAndNothingAdded()
    {
        await GivenAdaWithAWorkspaceAsync();
        var original = (await Store.CreateAsync(_ada, _workspaceId, "nightly")).Value!;
        var viewer = await CreateUserAsync("vic");
        await AddMemberAsync(_workspaceId, viewer, WorkspaceRole.Viewer);
        var eve = await CreateUserAsync("eve");
        var evesWorkspace = (await new WorkspaceStore(Database, Clock).CreateAsync(eve, "Eve's")).Value!;

        Assert.Equal(DuplicateName("Nightly"), (await Store.DuplicateAsync(_ada, _workspaceId, original.Id, "Nightly")).Problem);
        Assert.Equal(new Problem(ProblemKind.Invalid, "Task name is required.", "name"), (await Store.DuplicateAsync(_ada, _workspaceId, original.Id, " ")).Problem);
        Assert.Equal(ProblemKind.Forbidden, (await Store.DuplicateAsync(viewer, _workspaceId, original.Id, "mine")).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Store.DuplicateAsync(eve, evesWorkspace.Id, original.Id, "mine")).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Store.DuplicateAsync(_ada, _workspaceId, original.Id + 1, "mine")).Problem?.Kind);
        Assert.Single((await Store.ListAsync(_ada, _workspaceId)).Value!);
        Assert.Empty((await Store.ListAsync(eve, evesWorkspace.Id)).Value!);

        static Problem DuplicateName(string name) =>
            Problem.Conflict($"A task named '{name}' already exists in this workspace. Choose another name.", "name");
    }

    [Fact]
    public async Task ListAndGet_ByAnotherUser_NotFoundAndNoData()
    {
        await GivenAdaWithAWorkspaceAsync();
        var eve = await CreateUserAsync("eve");
        var task = (await Store.CreateAsync(_ada, _workspaceId, "secret")).Value!;

        Assert.Equal(ProblemKind.NotFound, (await Store.ListAsync(eve, _workspaceId)).Problem?.Kind);
        var get = await Store.GetAsync(eve, _workspaceId, task.Id);
        Assert.Equal(ProblemKind.NotFound, get.Problem?.Kind);
        Assert.Null(get.Value);
    }

    [Fact]
    public async Task Get_TaskOfAnotherWorkspaceThroughYourOwn_NotFound()
    {
        await GivenAdaWithAWorkspaceAsync();
        var eve = await CreateUserAsync("eve");
        var evesWorkspace = (await new WorkspaceStore(Database, Clock).CreateAsync(eve, "Eve's")).Value!;
        var adasTask = (await Store.CreateAsync(_ada, _workspaceId, "secret")).Value!;

        Assert.Equal(ProblemKind.NotFound, (await Store.GetAsync(eve, evesWorkspace.Id, adasTask.Id)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Store.DeleteAsync(eve, evesWorkspace.Id, adasTask.Id)).Problem?.Kind);
        Assert.True((await Store.GetAsync(_ada, _workspaceId, adasTask.Id)).Succeeded);
    }

    [Fact]
    public async Task List_SortedByNameWithActiveFlagAndTags()
    {
        await GivenAdaWithAWorkspaceAsync();
        await Store.CreateAsync(_ada, _workspaceId, "zeta");
        await Store.CreateAsync(_ada, _workspaceId, "Alpha");

        var tasks = (await Store.ListAsync(_ada, _workspaceId)).Value!;

        Assert.Equal(["Alpha", "zeta"], tasks.Select(t => t.Name));
        Assert.All(tasks, t => Assert.True(t.IsActive));
        Assert.All(tasks, t => Assert.Empty(t.Tags));
    }

    [Fact]
    public async Task SaveScript_CurrentStamp_SavesAndIssuesANewStamp()
    {
        await GivenAdaWithAWorkspaceAsync();
        var task = (await Store.CreateAsync(_ada, _workspaceId, "report")).Value!;
        Clock.Advance(TimeSpan.FromMinutes(3));

        var saved = await Store.SaveScriptAsync(_ada, _workspaceId, task.Id, "task report {\n  // edited\n}\n", task.ConcurrencyStamp);

        Assert.True(saved.Succeeded);
        Assert.Contains("// edited", saved.Value.Script);
        Assert.NotEqual(task.ConcurrencyStamp, saved.Value.ConcurrencyStamp);
        Assert.Equal(Now.UtcDateTime.AddMinutes(3), saved.Value.UpdatedAt);
        var stored = (await Store.GetAsync(_ada, _workspaceId, task.Id)).Value!;
        Assert.Equal((saved.Value.Script, saved.Value.ConcurrencyStamp), (stored.Script, stored.ConcurrencyStamp));
    }

    [Fact]
    public async Task SaveScript_StaleStamp_ConflictAndTheOtherSaveKept()
    {
        await GivenAdaWithAWorkspaceAsync();
        var task = (await Store.CreateAsync(_ada, _workspaceId, "report")).Value!;
        await Store.SaveScriptAsync(_ada, _workspaceId, task.Id, "task report {\n  // first\n}\n", task.ConcurrencyStamp);

        var stale = await Store.SaveScriptAsync(_ada, _workspaceId, task.Id, "task report {\n  // second\n}\n", task.ConcurrencyStamp);

        Assert.Equal(ProblemKind.Conflict, stale.Problem?.Kind);
        Assert.Contains("// first", (await Store.GetAsync(_ada, _workspaceId, task.Id)).Value!.Script);
    }

    [Fact]
    public async Task SaveScript_HeaderRenamed_RenamesTheTask()
    {
        await GivenAdaWithAWorkspaceAsync();
        var task = (await Store.CreateAsync(_ada, _workspaceId, "report")).Value!;

        var saved = await Store.SaveScriptAsync(_ada, _workspaceId, task.Id, "// weekly now\ntask \"weekly report\" {\n}\n", task.ConcurrencyStamp);

        Assert.Equal("weekly report", saved.Value?.Name);
        Assert.Equal(["weekly report"], (await Store.ListAsync(_ada, _workspaceId)).Value!.Select(t => t.Name));
    }

    [Fact]
    public async Task SaveScript_HeaderRenamedToATakenName_ConflictAndNothingSaved()
    {
        await GivenAdaWithAWorkspaceAsync();
        await Store.CreateAsync(_ada, _workspaceId, "taken");
        var task = (await Store.CreateAsync(_ada, _workspaceId, "report")).Value!;

        var saved = await Store.SaveScriptAsync(_ada, _workspaceId, task.Id, "task TAKEN {\n}\n", task.ConcurrencyStamp);

        Assert.Equal(ProblemKind.Conflict, saved.Problem?.Kind);
        var stored = (await Store.GetAsync(_ada, _workspaceId, task.Id)).Value!;
        Assert.Equal(("report", task.Script), (stored.Name, stored.Script));
    }

    [Fact]
    public async Task SaveScript_DerivesDescriptionActiveDatasourceAndTagsFromTheScript()
    {
        await GivenAdaWithAWorkspaceAsync();
        var task = (await Store.CreateAsync(_ada, _workspaceId, "report")).Value!;
        const string Script = "task report {\n  description = \"Weekly numbers\"\n  active = false\n  datasource = \"test\"\n  stack {\n  }\n\n  tags = [\"reports\", \"finance\"]\n}\n";

        var saved = (await Store.SaveScriptAsync(_ada, _workspaceId, task.Id, Script, task.ConcurrencyStamp)).Value!;

        Assert.Equal(("Weekly numbers", false, "test"), (saved.Description, saved.IsActive, saved.DatasourceName));
        Assert.Equal(["reports", "finance"], saved.Tags);
        var listed = Assert.Single((await Store.ListAsync(_ada, _workspaceId)).Value!);
        Assert.False(listed.IsActive);
        Assert.Equal(["reports", "finance"], listed.Tags);
    }

    [Fact]
    public async Task SaveScript_UnreadableHeader_SavesTheDraftAndKeepsTheName()
    {
        await GivenAdaWithAWorkspaceAsync();
        var task = (await Store.CreateAsync(_ada, _workspaceId, "report")).Value!;

        var saved = await Store.SaveScriptAsync(_ada, _workspaceId, task.Id, "tsak oops {", task.ConcurrencyStamp);

        Assert.Equal(("report", "tsak oops {"), (saved.Value?.Name, saved.Value?.Script));
    }

    [Fact]
    public async Task SaveScript_TooLong_RefusedAndNothingSaved()
    {
        await GivenAdaWithAWorkspaceAsync();
        var task = (await Store.CreateAsync(_ada, _workspaceId, "report")).Value!;

        var saved = await Store.SaveScriptAsync(_ada, _workspaceId, task.Id, new string('x', 1_000_001), task.ConcurrencyStamp);

        Assert.Equal(ProblemKind.Invalid, saved.Problem?.Kind);
        Assert.Equal(task.Script, (await Store.GetAsync(_ada, _workspaceId, task.Id)).Value!.Script);
    }

    [Fact]
    public async Task SaveScript_ByViewer_Forbidden()
    {
        await GivenAdaWithAWorkspaceAsync();
        var viewer = await CreateUserAsync("vic");
        await AddMemberAsync(_workspaceId, viewer, WorkspaceRole.Viewer);
        var task = (await Store.CreateAsync(_ada, _workspaceId, "report")).Value!;

        var saved = await Store.SaveScriptAsync(viewer, _workspaceId, task.Id, "task report {\n}\n", task.ConcurrencyStamp);

        Assert.Equal(ProblemKind.Forbidden, saved.Problem?.Kind);
        Assert.True((await Store.GetAsync(viewer, _workspaceId, task.Id)).Succeeded);
    }

    [Fact]
    public async Task Delete_ByEditor_RemovesOnlyThatTask()
    {
        await GivenAdaWithAWorkspaceAsync();
        var keep = (await Store.CreateAsync(_ada, _workspaceId, "keep")).Value!;
        var drop = (await Store.CreateAsync(_ada, _workspaceId, "drop")).Value!;

        Assert.True((await Store.DeleteAsync(_ada, _workspaceId, drop.Id)).Succeeded);

        Assert.Equal([keep.Id], (await Store.ListAsync(_ada, _workspaceId)).Value!.Select(t => t.Id));
        Assert.Equal(ProblemKind.NotFound, (await Store.DeleteAsync(_ada, _workspaceId, drop.Id)).Problem?.Kind);
    }

    [Fact]
    public async Task DeleteWorkspace_CascadesToItsTasks()
    {
        await GivenAdaWithAWorkspaceAsync();
        await Store.CreateAsync(_ada, _workspaceId, "report");

        await using var db = Database.CreateDbContext();
        db.Workspaces.Remove(await db.Workspaces.SingleAsync(w => w.Id == _workspaceId));
        await db.SaveChangesAsync();

        Assert.Equal(0, await db.Tasks.CountAsync());
    }
}

public sealed class SqliteTaskStoreTests : TaskStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresTaskStoreTests(PostgresServer server) : TaskStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
