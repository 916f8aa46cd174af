using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Tables;

public abstract class TableStoreTests : WorkspaceDataTests
{
    [Fact]
    public async Task Create_ValidName_EmptyTableWithACountPerDatasource()
    {
        await GivenAdasWorkspaceAsync();

        var created = await Tables.CreateAsync(Ada, WorkspaceId, "  user ", "People who sign in");

        Assert.True(created.Succeeded);
        Assert.Equal(("user", "People who sign in"), (created.Value.Name, created.Value.Description));
        Assert.Empty(created.Value.Fields);
        Assert.Equal([(Datasource.Live, 0L), (Datasource.Test, 0L)], created.Value.RecordCounts.Select(c => (c.Datasource, c.Records)));
    }

    [Theory]
    [InlineData("", "Table name is required.")]
    [InlineData("say \"hi\"", "Table name cannot contain '\"'.")]
    [InlineData("two\nlines", "Table name cannot contain line breaks or control characters.")]
    public async Task Create_InvalidName_RefusedAndNothingSaved(string name, string message)
    {
        await GivenAdasWorkspaceAsync();

        var created = await Tables.CreateAsync(Ada, WorkspaceId, name);

        Assert.Equal(new Problem(ProblemKind.Invalid, message, "name"), created.Problem);
        Assert.Empty((await Tables.ListAsync(Ada, WorkspaceId)).Value!);
    }

    [Fact]
    public async Task Create_NameTakenInAnotherCase_Conflict()
    {
        await GivenAdasWorkspaceAsync();
        await Tables.CreateAsync(Ada, WorkspaceId, "User");

        var duplicate = await Tables.CreateAsync(Ada, WorkspaceId, "user");

        Assert.Equal(new Problem(ProblemKind.Conflict, "A table named 'user' already exists in this workspace. Choose another name.", "name"), duplicate.Problem);
    }

    [Fact]
    public async Task Create_SameNameInAnotherWorkspace_Allowed()
    {
        await GivenAdasWorkspaceAsync();
        var other = await CreateWorkspaceAsync(Ada, "Other");
        await Tables.CreateAsync(Ada, WorkspaceId, "user");

        Assert.True((await Tables.CreateAsync(Ada, other, "user")).Succeeded);
    }

    [Fact]
    public async Task Roles_ViewerReadsButCannotChange_StrangerFindsNothing()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user", new FieldSpec("email", FieldType.Email));
        var viewer = await GivenMemberAsync("vic", WorkspaceRole.Viewer);
        var editor = await GivenMemberAsync("ed", WorkspaceRole.Editor);
        var stranger = await CreateUserAsync("eve");

        Assert.Equal("user", (await Tables.GetAsync(viewer, WorkspaceId, table.Id)).Value?.Name);
        Assert.Single((await Tables.ListAsync(viewer, WorkspaceId)).Value!);
        Assert.Equal(
            new Problem(ProblemKind.Forbidden, "Your role in this workspace does not allow you to create tables."),
            (await Tables.CreateAsync(viewer, WorkspaceId, "x")).Problem);
        Assert.Equal(ProblemKind.Forbidden, (await Tables.RenameAsync(viewer, WorkspaceId, table.Id, "x", table.ConcurrencyStamp)).Problem?.Kind);
        Assert.Equal(ProblemKind.Forbidden, (await Tables.AddFieldAsync(viewer, WorkspaceId, table.Id, new FieldSpec("x", FieldType.Int), table.ConcurrencyStamp)).Problem?.Kind);
        Assert.Equal(ProblemKind.Forbidden, (await Tables.PlanChangeAsync(viewer, WorkspaceId, table.Id, "email", new FieldTypeChange(FieldType.Text))).Problem?.Kind);
        Assert.Equal(ProblemKind.Forbidden, (await Tables.DeleteAsync(viewer, WorkspaceId, table.Id, 0, table.ConcurrencyStamp)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Tables.GetAsync(stranger, WorkspaceId, table.Id)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Tables.ListAsync(stranger, WorkspaceId)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Tables.RenameAsync(stranger, WorkspaceId, table.Id, "x", table.ConcurrencyStamp)).Problem?.Kind);
        Assert.True((await Tables.RenameAsync(editor, WorkspaceId, table.Id, "member", table.ConcurrencyStamp)).Succeeded);
    }

    [Fact]
    public async Task Get_TableOfAnotherWorkspaceThroughYourOwn_NotFound()
    {
        await GivenAdasWorkspaceAsync();
        var eve = await CreateUserAsync("eve");
        var evesWorkspace = await CreateWorkspaceAsync(eve, "Eve's");
        var table = await GivenTableAsync("secret");

        Assert.Equal(ProblemKind.NotFound, (await Tables.GetAsync(eve, evesWorkspace, table.Id)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Tables.RenameAsync(eve, evesWorkspace, table.Id, "mine", table.ConcurrencyStamp)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Tables.DeleteAsync(eve, evesWorkspace, table.Id, 0, table.ConcurrencyStamp)).Problem?.Kind);
        Assert.Equal("secret", (await ReloadAsync(table)).Name);
    }

    [Fact]
    public async Task List_SortedByNameWithFieldsAndRecordCountsPerDatasource()
    {
        await GivenAdasWorkspaceAsync();
        var user = await GivenTableAsync("user", new FieldSpec("email", FieldType.Email), new FieldSpec("age", FieldType.Int));
        await GivenTableAsync("Orders");
        await InsertAsync(user, Datasource.Live, "{\"email\":\"a@x.io\"}", "{\"email\":\"b@x.io\"}");
        await InsertAsync(user, Datasource.Test, "{\"email\":\"t@x.io\"}");

        var tables = (await Tables.ListAsync(Ada, WorkspaceId)).Value!;

        Assert.Equal(["Orders", "user"], tables.Select(t => t.Name));
        Assert.Equal(["email", "age"], tables[1].Fields.Select(f => f.Name));
        Assert.Equal([2L, 1L], tables[1].RecordCounts.Select(c => c.Records));
        Assert.Equal(3, tables[1].TotalRecords);
        Assert.Equal(0, tables[0].TotalRecords);
    }

    [Fact]
    public async Task Rename_NewNameAndStamp_TakenNameRefused()
    {
        await GivenAdasWorkspaceAsync();
        var user = await GivenTableAsync("user");
        await GivenTableAsync("orders");
        Clock.Advance(TimeSpan.FromMinutes(1));

        var renamed = await Tables.RenameAsync(Ada, WorkspaceId, user.Id, "member", user.ConcurrencyStamp);
        var taken = await Tables.RenameAsync(Ada, WorkspaceId, user.Id, "ORDERS", renamed.Value!.ConcurrencyStamp);

        Assert.Equal("member", renamed.Value.Name);
        Assert.NotEqual(user.ConcurrencyStamp, renamed.Value.ConcurrencyStamp);
        Assert.Equal(Now.UtcDateTime.AddMinutes(1), renamed.Value.UpdatedAt);
        Assert.Equal("A table named 'ORDERS' already exists in this workspace. Choose another name.", taken.Problem?.Message);
        Assert.Equal(renamed.Value.ConcurrencyStamp, (await ReloadAsync(user)).ConcurrencyStamp);
    }

    [Fact]
    public async Task Rename_OnlyTheCase_Allowed()
    {
        await GivenAdasWorkspaceAsync();
        var user = await GivenTableAsync("user");

        Assert.Equal("User", (await Tables.RenameAsync(Ada, WorkspaceId, user.Id, "User", user.ConcurrencyStamp)).Value?.Name);
    }

    [Fact]
    public async Task AnyChange_StaleStamp_RefusedAndNothingChanged()
    {
        await GivenAdasWorkspaceAsync();
        var opened = await GivenTableAsync("user", new FieldSpec("email", FieldType.Email));
        var changed = (await Tables.SetDescriptionAsync(Ada, WorkspaceId, opened.Id, "by someone else", opened.ConcurrencyStamp)).Value!;

        var stale = "The table 'user' was changed elsewhere since you opened it. Reload it and apply your change again.";
        Assert.Equal(stale, (await Tables.RenameAsync(Ada, WorkspaceId, opened.Id, "member", opened.ConcurrencyStamp)).Problem?.Message);
        Assert.Equal(stale, (await Tables.AddFieldAsync(Ada, WorkspaceId, opened.Id, new FieldSpec("age", FieldType.Int), opened.ConcurrencyStamp)).Problem?.Message);
        Assert.Equal(stale, (await Tables.RenameFieldAsync(Ada, WorkspaceId, opened.Id, "email", "mail", opened.ConcurrencyStamp)).Problem?.Message);
        Assert.Equal(stale, (await Tables.DropFieldAsync(Ada, WorkspaceId, opened.Id, "email", true, opened.ConcurrencyStamp)).Problem?.Message);
        Assert.Equal(stale, (await Tables.ChangeTypeAsync(Ada, WorkspaceId, opened.Id, "email", new FieldTypeChange(FieldType.Text), true, opened.ConcurrencyStamp)).Problem?.Message);
        Assert.Equal(stale, (await Tables.DeleteAsync(Ada, WorkspaceId, opened.Id, 0, opened.ConcurrencyStamp)).Problem?.Message);
        var now = await ReloadAsync(opened);
        Assert.Equal(("user", changed.ConcurrencyStamp, "by someone else"), (now.Name, now.ConcurrencyStamp, now.Description));
        Assert.Equal(["email"], now.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task SetDescription_TooLong_Refused()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user");

        var result = await Tables.SetDescriptionAsync(Ada, WorkspaceId, table.Id, new string('d', 4001), table.ConcurrencyStamp);

        Assert.Equal(new Problem(ProblemKind.Invalid, "The description is too long: 4,001 characters (at most 4,000).", "description"), result.Problem);
    }

    [Fact]
    public async Task Delete_ConfirmedCount_RemovesTableRecordsAndSequencesOfEveryDatasource()
    {
        await GivenAdasWorkspaceAsync();
        var user = await GivenTableAsync("user", new FieldSpec("email", FieldType.Email, IsIndexed: true));
        var keep = await GivenTableAsync("keep");
        await InsertAsync(user, Datasource.Live, "{}", "{}");
        await InsertAsync(user, Datasource.Test, "{}");
        await InsertAsync(keep, Datasource.Live, "{}");

        var deleted = await Tables.DeleteAsync(Ada, WorkspaceId, user.Id, 3, user.ConcurrencyStamp);

        Assert.Equal(new TableDeletion(user.Id, "user", 3), deleted.Value);
        Assert.Equal(["keep"], (await Tables.ListAsync(Ada, WorkspaceId)).Value!.Select(t => t.Name));
        await using var db = Database.CreateDbContext();
        Assert.Equal([keep.Id], db.Records.Select(r => r.TableId).ToList());
        Assert.Equal([keep.Id], db.RecordSequences.Select(s => s.TableId).ToList());
        Assert.Empty(db.TableFields.Where(f => f.TableId == user.Id).ToList());
    }

    [Fact]
    public async Task Delete_CountChangedSinceShown_RefusedAndKept()
    {
        await GivenAdasWorkspaceAsync();
        var user = await GivenTableAsync("user");
        await InsertAsync(user, Datasource.Live, "{}", "{}");

        var deleted = await Tables.DeleteAsync(Ada, WorkspaceId, user.Id, 1, user.ConcurrencyStamp);

        Assert.Equal(
            new Problem(ProblemKind.Conflict, "The table 'user' now holds 2 records, not the 1 you confirmed. Review it and confirm again."),
            deleted.Problem);
        Assert.Equal(2, (await ReloadAsync(user)).TotalRecords);
        Assert.Equal(user.ConcurrencyStamp, (await ReloadAsync(user)).ConcurrencyStamp);
    }

    [Fact]
    public async Task Delete_ReferencedByAnotherTable_RefusedNamingTheField()
    {
        await GivenAdasWorkspaceAsync();
        var user = await GivenTableAsync("user");
        await GivenTableAsync("orders", new FieldSpec("customer", FieldType.Reference, ReferenceTableId: user.Id));

        var deleted = await Tables.DeleteAsync(Ada, WorkspaceId, user.Id, 0, user.ConcurrencyStamp);

        Assert.Equal(
            "The table 'user' cannot be deleted: the field 'orders.customer' refers to it. Change or drop that field first.",
            deleted.Problem?.Message);
        Assert.True((await Tables.GetAsync(Ada, WorkspaceId, user.Id)).Succeeded);
    }

    [Fact]
    public async Task Delete_TableReferringToItself_Deleted()
    {
        await GivenAdasWorkspaceAsync();
        var employee = await GivenTableAsync("employee");
        employee = (await Tables.AddFieldAsync(Ada, WorkspaceId, employee.Id,
            new FieldSpec("manager", FieldType.Reference, ReferenceTableId: employee.Id), employee.ConcurrencyStamp)).Value!;

        Assert.True((await Tables.DeleteAsync(Ada, WorkspaceId, employee.Id, 0, employee.ConcurrencyStamp)).Succeeded);
    }
}

public sealed class SqliteTableStoreTests : TableStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresTableStoreTests(PostgresServer server) : TableStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
