using Microsoft.EntityFrameworkCore;
using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Tables;

public abstract class TableFieldTests : WorkspaceDataTests
{
    private async Task<Result<TableDocument>> AddAsync(TableDocument table, FieldSpec field) =>
        await Tables.AddFieldAsync(Ada, WorkspaceId, table.Id, field, (await ReloadAsync(table)).ConcurrencyStamp);

    [Fact]
    public async Task AddField_EveryOption_StoredInOrder()
    {
        await GivenAdasWorkspaceAsync();
        var user = await GivenTableAsync("user");

        var table = await GivenTableAsync("orders",
            new FieldSpec("total", FieldType.Decimal, IsNullable: false, IsRequired: true, DefaultJson: "0", IsIndexed: true, Description: "In euros"),
            new FieldSpec("status", FieldType.Enum, EnumValues: [" new ", "paid"], DefaultJson: "\"new\""),
            new FieldSpec("customer", FieldType.Reference, ReferenceTableId: user.Id),
            new FieldSpec("tags", FieldType.Text, IsList: true, IsUnique: true));

        Assert.Equal(["total", "status", "customer", "tags"], table.Fields.Select(f => f.Name));
        var total = table.Fields[0];
        Assert.Equal((FieldType.Decimal, false, true, "0", true, "In euros"), (total.Type, total.IsNullable, total.IsRequired, total.DefaultJson, total.IsIndexed, total.Description));
        Assert.Equal(["new", "paid"], table.Fields[1].EnumValues);
        Assert.Equal((user.Id, "user"), (table.Fields[2].ReferenceTableId, table.Fields[2].ReferenceTableName));
        Assert.True(table.Fields[3] is { IsList: true, IsUnique: true });
        Assert.Equal([0, 1, 2, 3], table.Fields.Select(f => f.Position));
    }

    [Theory]
    [InlineData("", "Field name is required.")]
    [InlineData("first name", "Field name 'first name' must start with a letter or '_' and contain only letters, digits and '_'.")]
    [InlineData("1st", "Field name '1st' must start with a letter or '_' and contain only letters, digits and '_'.")]
    [InlineData("id", "Field name 'id' is reserved: every record has 'id' and 'created_at'.")]
    [InlineData("Created_At", "Field name 'Created_At' is reserved: every record has 'id' and 'created_at'.")]
    public async Task AddField_InvalidName_Refused(string name, string message)
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user");

        var added = await AddAsync(table, new FieldSpec(name, FieldType.Text));

        Assert.Equal(new Problem(ProblemKind.Invalid, message, "name"), added.Problem);
        Assert.Empty((await ReloadAsync(table)).Fields);
    }

    [Fact]
    public async Task AddField_NameTakenInAnotherCase_Conflict()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user", new FieldSpec("email", FieldType.Email));

        var added = await AddAsync(table, new FieldSpec("Email", FieldType.Text));

        Assert.Equal(new Problem(ProblemKind.Conflict, "The table 'user' already has a field named 'email'. Choose another name.", "name"), added.Problem);
    }

    [Theory]
    [InlineData(FieldType.Enum, null, null, "The field 'f' of table 'user' is an enum and needs at least one value.", "enumValues")]
    [InlineData(FieldType.Enum, "a,,b", null, "The field 'f' of table 'user' has an empty enum value.", "enumValues")]
    [InlineData(FieldType.Enum, "a,b,a", null, "The field 'f' of table 'user' lists the enum value 'a' twice.", "enumValues")]
    [InlineData(FieldType.Enum, "a,b", "\"c\"", "The default of field 'f' of table 'user' must be a value of type enum (one of 'a', 'b'); found \"c\".", "defaultJson")]
    [InlineData(FieldType.Reference, null, null, "The field 'f' of table 'user' is a reference and needs the table it refers to.", "referenceTableId")]
    [InlineData(FieldType.Int, null, "\"abc\"", "The default of field 'f' of table 'user' must be a value of type int; found \"abc\".", "defaultJson")]
    [InlineData(FieldType.Int, null, "1.5", "The default of field 'f' of table 'user' must be a value of type int; found 1.5.", "defaultJson")]
    [InlineData(FieldType.Bool, null, "1", "The default of field 'f' of table 'user' must be a value of type bool; found 1.", "defaultJson")]
    [InlineData(FieldType.Date, null, "\"14/03/2026\"", "The default of field 'f' of table 'user' must be a value of type date; found \"14/03/2026\".", "defaultJson")]
    [InlineData(FieldType.Password, null, "\"secret\"", "The field 'f' of table 'user' is a password and cannot have a default: every record's password must be set on purpose.", "defaultJson")]
    [InlineData(FieldType.Text, null, "{not json", "The default of field 'f' of table 'user' is not valid JSON: 'n' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 1.", "defaultJson")]
    public async Task AddField_TypeRuleBroken_RefusedNamingTableAndField(FieldType type, string? enumValues, string? defaultJson, string message, string input)
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user");

        var added = await AddAsync(table, new FieldSpec("f", type, DefaultJson: defaultJson, EnumValues: enumValues?.Split(',')));

        Assert.Equal(new Problem(ProblemKind.Invalid, message, input), added.Problem);
    }

    [Theory]
    [InlineData(FieldType.Int, "42")]
    [InlineData(FieldType.Decimal, "4.5")]
    [InlineData(FieldType.Bool, "true")]
    [InlineData(FieldType.Timestamp, "1773500966000")]
    [InlineData(FieldType.Timestamp, "\"now\"")]
    [InlineData(FieldType.Date, "\"2026-03-14\"")]
    [InlineData(FieldType.Uuid, "\"0f8fad5b-d9cb-469f-a165-70867728950e\"")]
    [InlineData(FieldType.Json, "{\"any\":[1,\"thing\"]}")]
    [InlineData(FieldType.Object, "{\"a\":1}")]
    [InlineData(FieldType.Email, "\"ada@example.com\"")]
    [InlineData(FieldType.Text, "\"café\"")]
    public async Task AddField_DefaultOfTheType_Accepted(FieldType type, string defaultJson)
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user");

        var added = await AddAsync(table, new FieldSpec("f", type, DefaultJson: defaultJson));

        Assert.True(added.Succeeded, added.Problem?.Message);
        Assert.Equal(defaultJson, added.Value.Fields[0].DefaultJson);
    }

    [Fact]
    public async Task AddField_TooManyEnumValuesOrTooLongDescription_Refused()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user");

        var manyValues = await AddAsync(table, new FieldSpec("f", FieldType.Enum, EnumValues: [.. Enumerable.Range(0, 1001).Select(i => $"v{i}")]));
        var longDescription = await AddAsync(table, new FieldSpec("f", FieldType.Int, Description: new string('d', 4001)));

        Assert.Equal(new Problem(ProblemKind.Invalid, "The field 'f' of table 'user' has 1,001 enum values (at most 1,000).", "enumValues"), manyValues.Problem);
        Assert.Equal("The description is too long: 4,001 characters (at most 4,000).", longDescription.Problem?.Message);
    }

    [Fact]
    public async Task FieldOperations_UnknownTableOrStranger_NotFound()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user", new FieldSpec("email", FieldType.Email));
        var stranger = await CreateUserAsync("eve");

        Assert.Equal(
            new Problem(ProblemKind.NotFound, "Table not found. It may have been deleted, or you may not have access to it."),
            (await Tables.AddFieldAsync(Ada, WorkspaceId, table.Id + 100, new FieldSpec("x", FieldType.Int), table.ConcurrencyStamp)).Problem);
        Assert.Equal(ProblemKind.NotFound, (await Tables.PlanChangeAsync(Ada, WorkspaceId, table.Id + 100, "email", new FieldTypeChange(FieldType.Text))).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Tables.PlanDropFieldAsync(stranger, WorkspaceId, table.Id, "email")).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Tables.PlanChangeAsync(stranger, WorkspaceId, table.Id, "email", new FieldTypeChange(FieldType.Text))).Problem?.Kind);
        Assert.Equal("The table 'user' has no field 'nope'. It may have been renamed or dropped.",
            (await Tables.PlanDropFieldAsync(Ada, WorkspaceId, table.Id, "nope")).Problem?.Message);
        Assert.Equal("The table 'user' has no field 'nope'. It may have been renamed or dropped.",
            (await Tables.ChangeFieldOptionsAsync(Ada, WorkspaceId, table.Id, "nope", new FieldOptions(true, false, false, false, null), table.ConcurrencyStamp)).Problem?.Message);
    }

    [Fact]
    public async Task AddField_ReferenceToATableOfAnotherWorkspace_Refused()
    {
        await GivenAdasWorkspaceAsync();
        var eve = await CreateUserAsync("eve");
        var evesTable = await GivenTableAsync(await CreateWorkspaceAsync(eve, "Eve's"), eve, "secret");
        var table = await GivenTableAsync("user");

        var added = await AddAsync(table, new FieldSpec("f", FieldType.Reference, ReferenceTableId: evesTable.Id));

        Assert.Equal("The field 'f' of table 'user' refers to a table that does not exist in this workspace.", added.Problem?.Message);
    }

    [Fact]
    public async Task AddField_RequiredWithoutDefaultToATableWithRecords_RefusedWithTheCount()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user");
        await InsertAsync(table, Datasource.Live, "{}", "{}");
        await InsertAsync(table, Datasource.Test, "{}");

        var added = await AddAsync(table, new FieldSpec("age", FieldType.Int, IsRequired: true));

        Assert.Equal(
            new Problem(ProblemKind.Invalid, "The field 'age' of table 'user' cannot be required without a default: the table already has 3 records, which would have no value. Give it a default, or add it as optional.", "isRequired"),
            added.Problem);
    }

    [Fact]
    public async Task AddField_WithDefaultToATableWithRecords_EveryRecordOfEveryDatasourceGetsIt()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user", new FieldSpec("name", FieldType.Text));
        await InsertAsync(table, Datasource.Live, "{\"name\":\"ada\"}", "{\"name\":\"bob\",\"score\":7}");
        await InsertAsync(table, Datasource.Test, "{\"name\":\"tess\"}");

        var added = await AddAsync(table, new FieldSpec("score", FieldType.Int, IsRequired: true, DefaultJson: "0"));
        var seen = await AddAsync(table, new FieldSpec("seen_at", FieldType.Timestamp, DefaultJson: "\"now\""));

        Assert.True(added.Succeeded && seen.Succeeded);
        var live = await RecordsAsync(table, Datasource.Live);
        Assert.Equal(["0", "7"], live.Select(r => Value(r, "score")));
        Assert.Equal(["\"ada\"", "\"bob\""], live.Select(r => Value(r, "name")));
        Assert.Equal([Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)], live.Select(r => Value(r, "seen_at")).Distinct());
        Assert.Equal("0", Value((await RecordsAsync(table, Datasource.Test)).Single(), "score"));
    }

    [Fact]
    public async Task AddField_UniqueWithADefaultToATableWithRecords_Refused()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user");
        await InsertAsync(table, Datasource.Live, "{}", "{}");

        var added = await AddAsync(table, new FieldSpec("code", FieldType.Text, IsUnique: true, DefaultJson: "\"x\""));

        Assert.Equal("The field 'code' of table 'user' cannot be unique with a default: the table's 2 records would all get the same value.", added.Problem?.Message);
    }

    [Fact]
    public async Task RenameField_RewritesTheKeyInEveryRecordOfEveryDatasourceKeepingValues()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user", new FieldSpec("mail", FieldType.Email), new FieldSpec("age", FieldType.Int));
        await InsertAsync(table, Datasource.Live, "{\"mail\":\"a@x.io\",\"age\":36}", "{\"age\":1}", "{\"mail\":null}");
        await InsertAsync(table, Datasource.Test, "{\"mail\":\"t@x.io\",\"nested\":{\"mail\":\"keep\"}}");

        var renamed = await Tables.RenameFieldAsync(Ada, WorkspaceId, table.Id, "mail", "email", (await ReloadAsync(table)).ConcurrencyStamp);

        Assert.Equal(["email", "age"], renamed.Value!.Fields.Select(f => f.Name));
        var live = await RecordsAsync(table, Datasource.Live);
        Assert.Equal(["\"a@x.io\"", null, "null"], live.Select(r => Value(r, "email")));
        Assert.All(live, r => Assert.Null(Value(r, "mail")));
        Assert.Equal(["36", "1", null], live.Select(r => Value(r, "age")));
        var test = (await RecordsAsync(table, Datasource.Test)).Single();
        Assert.Equal(("\"t@x.io\"", null, "{\"mail\":\"keep\"}"), (Value(test, "email"), Value(test, "mail"), Value(test, "nested")));
    }

    [Fact]
    public async Task RenameField_ToAnotherFieldsName_ConflictAndValuesUntouched()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user", new FieldSpec("mail", FieldType.Email), new FieldSpec("email", FieldType.Email));
        await InsertAsync(table, Datasource.Live, "{\"mail\":\"a@x.io\",\"email\":\"b@x.io\"}");

        var renamed = await Tables.RenameFieldAsync(Ada, WorkspaceId, table.Id, "mail", "EMAIL", (await ReloadAsync(table)).ConcurrencyStamp);
        var missing = await Tables.RenameFieldAsync(Ada, WorkspaceId, table.Id, "nope", "x", (await ReloadAsync(table)).ConcurrencyStamp);
        var reserved = await Tables.RenameFieldAsync(Ada, WorkspaceId, table.Id, "mail", "id", (await ReloadAsync(table)).ConcurrencyStamp);

        Assert.Equal("The table 'user' already has a field named 'email'. Choose another name.", renamed.Problem?.Message);
        Assert.Equal(new Problem(ProblemKind.NotFound, "The table 'user' has no field 'nope'. It may have been renamed or dropped.", "field"), missing.Problem);
        Assert.Equal("Field name 'id' is reserved: every record has 'id' and 'created_at'.", reserved.Problem?.Message);
        Assert.Equal("\"a@x.io\"", Value((await RecordsAsync(table, Datasource.Live)).Single(), "mail"));
    }

    [Fact]
    public async Task ChangeOptions_MakeRequired_RefusedWhileRecordsLackAValueThenAllowed()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user", new FieldSpec("age", FieldType.Int));
        await InsertAsync(table, Datasource.Live, "{\"age\":3}", "{}", "{\"age\":null}");
        var required = new FieldOptions(IsNullable: false, IsRequired: true, IsUnique: false, IsIndexed: false, DefaultJson: null);

        var refused = await Tables.ChangeFieldOptionsAsync(Ada, WorkspaceId, table.Id, "age", required, (await ReloadAsync(table)).ConcurrencyStamp);

        Assert.Equal(
            new Problem(ProblemKind.Conflict, "The field 'age' of table 'user' cannot be made required: 2 records have no value for it. Give every record a value first.", "isRequired"),
            refused.Problem);
        await using (var db = Database.CreateDbContext())
            await db.Records.Where(r => r.TableId == table.Id && r.Id > 1).ExecuteDeleteAsync();
        var allowed = await Tables.ChangeFieldOptionsAsync(Ada, WorkspaceId, table.Id, "age", required, (await ReloadAsync(table)).ConcurrencyStamp);
        Assert.True(allowed.Value!.Fields[0] is { IsRequired: true, IsNullable: false });
    }

    [Fact]
    public async Task ChangeOptions_MakeUnique_RefusedWithHowManyShareAValue_PerDatasource()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user", new FieldSpec("email", FieldType.Email));
        await InsertAsync(table, Datasource.Live, "{\"email\":\"a@x.io\"}", "{\"email\":\"a@x.io\"}", "{\"email\":\"b@x.io\"}", "{}", "{}");
        await InsertAsync(table, Datasource.Test, "{\"email\":\"b@x.io\"}");
        var unique = new FieldOptions(IsNullable: true, IsRequired: false, IsUnique: true, IsIndexed: false, DefaultJson: null);

        var refused = await Tables.ChangeFieldOptionsAsync(Ada, WorkspaceId, table.Id, "email", unique, (await ReloadAsync(table)).ConcurrencyStamp);

        Assert.Equal(
            "The field 'email' of table 'user' cannot be made unique: 2 records share their value with another record of the same datasource. Make the values distinct first.",
            refused.Problem?.Message);
        Assert.False((await ReloadAsync(table)).Fields[0].IsUnique);
    }

    [Fact]
    public async Task ChangeOptions_DefaultIndexEnumValuesAndDescription_Saved()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("orders", new FieldSpec("status", FieldType.Enum, EnumValues: ["new", "paid"]));
        await InsertAsync(table, Datasource.Live, "{\"status\":\"paid\"}");

        var changed = await Tables.ChangeFieldOptionsAsync(Ada, WorkspaceId, table.Id, "status",
            new FieldOptions(true, false, false, true, "\"sent\"", ["new", "paid", "sent"], "Where the order is"), (await ReloadAsync(table)).ConcurrencyStamp);

        var status = changed.Value!.Fields[0];
        Assert.Equal(("\"sent\"", true, "Where the order is"), (status.DefaultJson, status.IsIndexed, status.Description));
        Assert.Equal(["new", "paid", "sent"], status.EnumValues);
    }

    [Fact]
    public async Task ChangeOptions_DropAnEnumValueRecordsHold_RefusedWithTheCount()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("orders", new FieldSpec("status", FieldType.Enum, EnumValues: ["new", "paid", "gone"]));
        await InsertAsync(table, Datasource.Live, "{\"status\":\"paid\"}", "{\"status\":\"new\"}");

        var refused = await Tables.ChangeFieldOptionsAsync(Ada, WorkspaceId, table.Id, "status",
            new FieldOptions(true, false, false, false, null, ["new", "gone"]), (await ReloadAsync(table)).ConcurrencyStamp);
        var unused = await Tables.ChangeFieldOptionsAsync(Ada, WorkspaceId, table.Id, "status",
            new FieldOptions(true, false, false, false, null, ["new", "paid"]), (await ReloadAsync(table)).ConcurrencyStamp);

        Assert.Equal(
            "The field 'status' of table 'orders' cannot drop the values 'paid': 1 record holds a value no longer listed. Change the field's type to enum with the new values to convert them.",
            refused.Problem?.Message);
        Assert.Equal(["new", "paid"], unused.Value!.Fields[0].EnumValues);
    }

    [Fact]
    public async Task ReorderFields_EveryFieldOnce_NewPositions_OtherwiseRefused()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("user", new FieldSpec("a", FieldType.Int), new FieldSpec("b", FieldType.Int), new FieldSpec("c", FieldType.Int));

        var reordered = await Tables.ReorderFieldsAsync(Ada, WorkspaceId, table.Id, ["c", "a", "b"], table.ConcurrencyStamp);
        var stamp = reordered.Value!.ConcurrencyStamp;

        Assert.Equal(["c", "a", "b"], reordered.Value.Fields.Select(f => f.Name));
        Assert.Equal("The new order of table 'user' leaves out the field 'a'; name every field once.",
            (await Tables.ReorderFieldsAsync(Ada, WorkspaceId, table.Id, ["c", "b"], stamp)).Problem?.Message);
        Assert.Equal("The new order of table 'user' names the field 'c' twice.",
            (await Tables.ReorderFieldsAsync(Ada, WorkspaceId, table.Id, ["c", "c", "a", "b"], stamp)).Problem?.Message);
        Assert.Equal("The new order names 'z', which is not a field of table 'user'.",
            (await Tables.ReorderFieldsAsync(Ada, WorkspaceId, table.Id, ["c", "a", "b", "z"], stamp)).Problem?.Message);
    }
}

public sealed class SqliteTableFieldTests : TableFieldTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresTableFieldTests(PostgresServer server) : TableFieldTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
