using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Workspaces;

public abstract class DatasourceStoreTests : WorkspaceDataTests
{
    private async Task<DatasourceSummary> GivenStagingAsync() => (await Datasources.AddAsync(Ada, WorkspaceId, "staging")).Value!;

    [Fact]
    public async Task List_BuiltInsFirstWithRecordCounts()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user");
        await GivenStagingAsync();
        await InsertAsync(table, Datasource.Live, "{}", "{}");
        await InsertAsync(table, "staging", "{}");

        var list = (await Datasources.ListAsync(Ada, WorkspaceId)).Value!;

        Assert.Equal([("live", true, 2L), ("test", true, 0L), ("staging", false, 1L)], list.Select(d => (d.Name, d.IsBuiltIn, d.Records)));
    }

    [Theory]
    [InlineData("", "Datasource name is required.")]
    [InlineData("Staging", "Datasource name can contain only lowercase letters, digits, '_' and '-'; found 'S'.")]
    [InlineData("pre prod", "Datasource name can contain only lowercase letters, digits, '_' and '-'; found ' '.")]
    [InlineData("live", "'live' is a built-in datasource of every workspace. Choose another name.")]
    [InlineData("test", "'test' is a built-in datasource of every workspace. Choose another name.")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Datasource name is too long: 41 characters (at most 40).")]
    public async Task Add_InvalidName_Refused(string name, string message)
    {
        await GivenAdasWorkspaceAsync();

        var added = await Datasources.AddAsync(Ada, WorkspaceId, name);

        Assert.Equal(new Problem(ProblemKind.Invalid, message, "name"), added.Problem);
        Assert.Equal(2, (await Datasources.ListAsync(Ada, WorkspaceId)).Value!.Count);
    }

    [Fact]
    public async Task Add_ValidAndDuplicateNames()
    {
        await GivenAdasWorkspaceAsync();

        var added = await Datasources.AddAsync(Ada, WorkspaceId, " pre-prod_2 ");
        var duplicate = await Datasources.AddAsync(Ada, WorkspaceId, "pre-prod_2");

        Assert.Equal(("pre-prod_2", false, 0L), (added.Value!.Name, added.Value.IsBuiltIn, added.Value.Records));
        Assert.Equal(new Problem(ProblemKind.Conflict, "A datasource named 'pre-prod_2' already exists in this workspace. Choose another name.", "name"), duplicate.Problem);
    }

    [Fact]
    public async Task Roles_OnlyOwnersManageDatasources_EditorsCopyAndClear_StrangersFindNothing()
    {
        await GivenAdasWorkspaceAsync();
        var staging = await GivenStagingAsync();
        var editor = await GivenMemberAsync("ed", WorkspaceRole.Editor);
        var viewer = await GivenMemberAsync("vic", WorkspaceRole.Viewer);
        var stranger = await CreateUserAsync("eve");

        Assert.Equal(
            new Problem(ProblemKind.Forbidden, "Your role in this workspace does not allow you to add datasources."),
            (await Datasources.AddAsync(editor, WorkspaceId, "qa")).Problem);
        Assert.Equal(ProblemKind.Forbidden, (await Datasources.RenameAsync(editor, WorkspaceId, staging.Id, "qa")).Problem?.Kind);
        Assert.Equal(ProblemKind.Forbidden, (await Datasources.RemoveAsync(editor, WorkspaceId, staging.Id, 0)).Problem?.Kind);
        Assert.Equal(ProblemKind.Forbidden, (await Datasources.CopyLiveToTestAsync(viewer, WorkspaceId, true)).Problem?.Kind);
        Assert.Equal(ProblemKind.Forbidden, (await Datasources.ClearTestAsync(viewer, WorkspaceId, true)).Problem?.Kind);
        Assert.Equal(3, (await Datasources.ListAsync(viewer, WorkspaceId)).Value!.Count);
        Assert.True((await Datasources.CopyLiveToTestAsync(editor, WorkspaceId, true)).Succeeded);
        Assert.True((await Datasources.ClearTestAsync(editor, WorkspaceId, true)).Succeeded);
        Assert.Equal(ProblemKind.NotFound, (await Datasources.ListAsync(stranger, WorkspaceId)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Datasources.AddAsync(stranger, WorkspaceId, "qa")).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Datasources.CopyLiveToTestAsync(stranger, WorkspaceId, true)).Problem?.Kind);
    }

    [Fact]
    public async Task RenameAndRemove_BuiltIn_Refused()
    {
        await GivenAdasWorkspaceAsync();
        var live = (await Datasources.ListAsync(Ada, WorkspaceId)).Value![0];

        Assert.Equal("The datasource 'live' is built in and cannot be renamed.", (await Datasources.RenameAsync(Ada, WorkspaceId, live.Id, "prod")).Problem?.Message);
        Assert.Equal("The datasource 'live' is built in and cannot be removed.", (await Datasources.RemoveAsync(Ada, WorkspaceId, live.Id, 0)).Problem?.Message);
    }

    [Fact]
    public async Task Rename_KeepsRecords_ListsTasksStillNamingTheOldName()
    {
        await GivenAdasWorkspaceAsync();
        var staging = await GivenStagingAsync();
        var table = await GivenTableAsync("user");
        await InsertAsync(table, "staging", "{\"a\":1}");
        await GivenTaskAsync("nightly", "staging");
        await GivenTaskAsync("other", null);

        var renamed = await Datasources.RenameAsync(Ada, WorkspaceId, staging.Id, "preprod");

        Assert.Equal(new DatasourceSummary(staging.Id, "preprod", false, 1), renamed.Value!.Datasource);
        Assert.Equal("staging", renamed.Value.OldName);
        Assert.Equal(["nightly"], renamed.Value.TasksNamingOldName);
        Assert.Equal("1", Value((await RecordsAsync(table, "preprod")).Single(), "a"));
    }

    [Fact]
    public async Task Remove_ConfirmedCount_DeletesItsRecordsOnly_ListsTasksNamingIt()
    {
        await GivenAdasWorkspaceAsync();
        var staging = await GivenStagingAsync();
        var table = await GivenTableAsync("user");
        await InsertAsync(table, "staging", "{}", "{}");
        await InsertAsync(table, Datasource.Live, "{}");
        await GivenTaskAsync("nightly", "staging");
        var workspaces = new WorkspaceStore(Database, Clock);
        await workspaces.SelectDatasourceAsync(Ada, WorkspaceId, staging.Id);

        var refused = await Datasources.RemoveAsync(Ada, WorkspaceId, staging.Id, 1);
        var removed = await Datasources.RemoveAsync(Ada, WorkspaceId, staging.Id, 2);

        Assert.Equal(new Problem(ProblemKind.Conflict, "The datasource 'staging' now holds 2 records, not the 1 you confirmed. Review it and confirm again."), refused.Problem);
        Assert.Equal((staging.Id, "staging", 2L), (removed.Value!.Id, removed.Value.Name, removed.Value.RecordsDeleted));
        Assert.Equal(["nightly"], removed.Value.TasksNamingIt);
        Assert.Equal(["live", "test"], (await Datasources.ListAsync(Ada, WorkspaceId)).Value!.Select(d => d.Name));
        Assert.Single(await RecordsAsync(table, Datasource.Live));
        Assert.True((await workspaces.OpenAsync(Ada, WorkspaceId))!.Selected.IsLive);
    }

    [Fact]
    public async Task CopyLiveToTest_Unconfirmed_RefusedWithCounts()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user");
        await InsertAsync(table, Datasource.Live, "{}", "{}");
        await InsertAsync(table, Datasource.Test, "{}");

        var copy = await Datasources.CopyLiveToTestAsync(Ada, WorkspaceId, confirmed: false);
        var clear = await Datasources.ClearTestAsync(Ada, WorkspaceId, confirmed: false);

        Assert.Equal(new Problem(ProblemKind.Conflict, "Copying live data to test replaces the 1 record of test with the 2 records of live. Confirm to go ahead.", "confirmed"), copy.Problem);
        Assert.Equal("Clearing test data deletes its 1 record. Confirm to go ahead.", clear.Problem?.Message);
        Assert.Single(await RecordsAsync(table, Datasource.Test));
    }

    [Fact]
    public async Task CopyLiveToTest_ReplacesTestRecordsAndSequences_OtherWorkspaceUntouched()
    {
        await GivenAdasWorkspaceAsync();
        var user = await GivenTableAsync("user");
        var orders = await GivenTableAsync("orders");
        var eve = await CreateUserAsync("eve");
        var evesTable = await GivenTableAsync(await CreateWorkspaceAsync(eve, "B"), eve, "user");
        await InsertAsync(user, Datasource.Live, "{\"n\":\"live1\"}", "{\"n\":\"live2\"}", "{\"n\":\"live3\"}");
        await InsertAsync(orders, Datasource.Live, "{\"n\":\"order\"}");
        await InsertAsync(user, Datasource.Test, "{\"n\":\"old test\"}");
        await InsertAsync(evesTable, Datasource.Live, "{\"n\":\"eve live\"}");
        await InsertAsync(evesTable, Datasource.Test, "{\"n\":\"eve test\"}");

        var copied = await Datasources.CopyLiveToTestAsync(Ada, WorkspaceId, confirmed: true);

        Assert.Equal(new DatasourceCopy(TestRecordsDeleted: 1, RecordsCopied: 4, Tables: 2), copied.Value);
        Assert.Equal(["\"live1\"", "\"live2\"", "\"live3\""], (await RecordsAsync(user, Datasource.Test)).Select(r => Value(r, "n")));
        Assert.Equal(["\"order\""], (await RecordsAsync(orders, Datasource.Test)).Select(r => Value(r, "n")));
        Assert.Equal(3, await LastIdAsync(user, Datasource.Test));
        Assert.Equal(3, (await RecordsAsync(user, Datasource.Live)).Count);
        Assert.Equal(["\"eve test\""], (await RecordsAsync(evesTable, Datasource.Test)).Select(r => Value(r, "n")));
        Assert.Equal(["\"eve live\""], (await RecordsAsync(evesTable, Datasource.Live)).Select(r => Value(r, "n")));
    }

    [Fact]
    public async Task ClearTest_DeletesTestRecordsAndResetsIds_LiveAndOtherWorkspaceUntouched()
    {
        await GivenAdasWorkspaceAsync();
        var user = await GivenTableAsync("user");
        var eve = await CreateUserAsync("eve");
        var evesTable = await GivenTableAsync(await CreateWorkspaceAsync(eve, "B"), eve, "user");
        await InsertAsync(user, Datasource.Live, "{}");
        await InsertAsync(user, Datasource.Test, "{}", "{}");
        await InsertAsync(evesTable, Datasource.Test, "{}");

        var cleared = await Datasources.ClearTestAsync(Ada, WorkspaceId, confirmed: true);

        Assert.Equal(2, cleared.Value);
        Assert.Empty(await RecordsAsync(user, Datasource.Test));
        Assert.Null(await LastIdAsync(user, Datasource.Test));
        Assert.Single(await RecordsAsync(user, Datasource.Live));
        Assert.Single(await RecordsAsync(evesTable, Datasource.Test));
        Assert.Equal(1, await LastIdAsync(evesTable, Datasource.Test));
    }

    [Fact]
    public async Task RenameAndRemove_DuplicateName_AndADatasourceOfAnotherWorkspace_Refused()
    {
        await GivenAdasWorkspaceAsync();
        var staging = await GivenStagingAsync();
        await Datasources.AddAsync(Ada, WorkspaceId, "qa");
        var eve = await CreateUserAsync("eve");
        var evesWorkspace = await CreateWorkspaceAsync(eve, "B");

        Assert.Equal("A datasource named 'qa' already exists in this workspace. Choose another name.",
            (await Datasources.RenameAsync(Ada, WorkspaceId, staging.Id, "qa")).Problem?.Message);
        Assert.Equal("Datasource not found. It may have been deleted, or you may not have access to it.",
            (await Datasources.RenameAsync(eve, evesWorkspace, staging.Id, "mine")).Problem?.Message);
        Assert.Equal(ProblemKind.NotFound, (await Datasources.RemoveAsync(eve, evesWorkspace, staging.Id, 0)).Problem?.Kind);
        Assert.Equal(["live", "test", "staging", "qa"], (await Datasources.ListAsync(Ada, WorkspaceId)).Value!.Select(d => d.Name));
    }

    private async Task GivenTaskAsync(string name, string? datasource)
    {
        var tasks = new TaskStore(Database, Clock);
        var task = (await tasks.CreateAsync(Ada, WorkspaceId, name)).Value!;
        var script = datasource is null ? $"task {name} {{\n}}\n" : $"task {name} {{\n  datasource = \"{datasource}\"\n}}\n";
        var saved = await tasks.SaveScriptAsync(Ada, WorkspaceId, task.Id, script, task.ConcurrencyStamp);
        Assert.Equal(datasource, saved.Value?.DatasourceName);
    }
}

public sealed class SqliteDatasourceStoreTests : DatasourceStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatasourceStoreTests(PostgresServer server) : DatasourceStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
