using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Tables;

public abstract class TableTypeChangeTests : WorkspaceDataTests
{
    private async Task<TableDocument> GivenAgesAsTextAsync()
    {
        var table = await GivenTableAsync("user", new FieldSpec("age", FieldType.Text), new FieldSpec("name", FieldType.Text));
        await InsertAsync(table, Datasource.Live,
            "{\"age\":\"36\",\"name\":\"ada\"}", "{\"age\":\"abc\",\"name\":\"bob\"}", "{\"age\":\" 41 \"}", "{\"age\":null}", "{\"name\":\"no age\"}");
        await InsertAsync(table, Datasource.Test, "{\"age\":\"x1\"}", "{\"age\":\"7\"}");
        return table;
    }

    [Fact]
    public async Task PlanChange_TextToInt_CountsConvertedAndLostWithExamples_ChangesNothing()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenAgesAsTextAsync();

        var plan = await Tables.PlanChangeAsync(Ada, WorkspaceId, table.Id, "age", new FieldTypeChange(FieldType.Int));

        Assert.Equal(new TypeChangePlan("age", "text", "int", Converted: 3, Lost: 2, plan.Value!.Examples), plan.Value);
        Assert.True(plan.Value.RequiresConfirmation);
        Assert.Equal([new LostValue(Datasource.Live, 2, "\"abc\""), new LostValue(Datasource.Test, 1, "\"x1\"")], plan.Value.Examples);
        Assert.Equal(FieldType.Text, (await ReloadAsync(table)).Fields[0].Type);
        Assert.Equal("\"abc\"", Value((await RecordsAsync(table, Datasource.Live))[1], "age"));
    }

    [Fact]
    public async Task PlanChange_ManyLostValues_AtMostFiveExamples()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("t", new FieldSpec("v", FieldType.Text));
        await InsertAsync(table, Datasource.Live, [.. Enumerable.Range(1, 12).Select(i => $"{{\"v\":\"bad{i}\"}}")]);

        var plan = (await Tables.PlanChangeAsync(Ada, WorkspaceId, table.Id, "v", new FieldTypeChange(FieldType.Decimal))).Value!;

        Assert.Equal((0L, 12L), (plan.Converted, plan.Lost));
        Assert.Equal([1L, 2, 3, 4, 5], plan.Examples.Select(e => e.RecordId));
    }

    [Fact]
    public async Task ChangeType_LossyWithoutConfirmation_RefusedAndNothingChanged()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenAgesAsTextAsync();

        var changed = await Tables.ChangeTypeAsync(Ada, WorkspaceId, table.Id, "age", new FieldTypeChange(FieldType.Int), confirmed: false, table.ConcurrencyStamp);

        Assert.Equal(
            new Problem(ProblemKind.Conflict, "Changing field 'age' of table 'user' from text to int would lose the value of 2 records (for example \"abc\"). Confirm to set the values that cannot convert to null.", "confirmed"),
            changed.Problem);
        var after = await ReloadAsync(table);
        Assert.Equal((FieldType.Text, table.ConcurrencyStamp), (after.Fields[0].Type, after.ConcurrencyStamp));
        Assert.Equal(["\"36\"", "\"abc\"", "\" 41 \"", "null", null], (await RecordsAsync(table, Datasource.Live)).Select(r => Value(r, "age")));
    }

    [Fact]
    public async Task ChangeType_LossyConfirmed_ConvertsEveryDatasourceAndNullsTheRest()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenAgesAsTextAsync();

        var changed = await Tables.ChangeTypeAsync(Ada, WorkspaceId, table.Id, "age", new FieldTypeChange(FieldType.Int), confirmed: true, table.ConcurrencyStamp);

        Assert.Equal(FieldType.Int, changed.Value!.Fields[0].Type);
        Assert.NotEqual(table.ConcurrencyStamp, changed.Value.ConcurrencyStamp);
        var live = await RecordsAsync(table, Datasource.Live);
        Assert.Equal(["36", "null", "41", "null", null], live.Select(r => Value(r, "age")));
        Assert.Equal(["\"ada\"", "\"bob\"", null, null, "\"no age\""], live.Select(r => Value(r, "name")));
        Assert.Equal(["null", "7"], (await RecordsAsync(table, Datasource.Test)).Select(r => Value(r, "age")));
    }

    [Fact]
    public async Task ChangeType_LosslessAndBack_DataPreserved()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("t", new FieldSpec("n", FieldType.Int, DefaultJson: "5"));
        await InsertAsync(table, Datasource.Live, "{\"n\":1}", "{\"n\":-20}", "{\"n\":null}");

        var toText = await Tables.ChangeTypeAsync(Ada, WorkspaceId, table.Id, "n", new FieldTypeChange(FieldType.Text), false, table.ConcurrencyStamp);
        Assert.Equal(["\"1\"", "\"-20\"", "null"], (await RecordsAsync(table, Datasource.Live)).Select(r => Value(r, "n")));
        Assert.Equal("\"5\"", toText.Value!.Fields[0].DefaultJson);
        var back = await Tables.ChangeTypeAsync(Ada, WorkspaceId, table.Id, "n", new FieldTypeChange(FieldType.Int), false, toText.Value.ConcurrencyStamp);

        Assert.True(back.Succeeded, back.Problem?.Message);
        Assert.Equal(["1", "-20", "null"], (await RecordsAsync(table, Datasource.Live)).Select(r => Value(r, "n")));
        Assert.Equal("5", back.Value.Fields[0].DefaultJson);
    }

    [Fact]
    public async Task ChangeType_ScalarToListAndToEnum_ConvertsValues()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("t", new FieldSpec("tag", FieldType.Text), new FieldSpec("state", FieldType.Text));
        await InsertAsync(table, Datasource.Live, "{\"tag\":\"a\",\"state\":\"on\"}", "{\"tag\":\"b\",\"state\":\"off\"}", "{\"state\":\"maybe\"}");

        var listed = await Tables.ChangeTypeAsync(Ada, WorkspaceId, table.Id, "tag", new FieldTypeChange(FieldType.Text, IsList: true), false, table.ConcurrencyStamp);
        var plan = await Tables.PlanChangeAsync(Ada, WorkspaceId, table.Id, "state", new FieldTypeChange(FieldType.Enum, EnumValues: ["on", "off"]));
        var enumerated = await Tables.ChangeTypeAsync(Ada, WorkspaceId, table.Id, "state", new FieldTypeChange(FieldType.Enum, EnumValues: ["on", "off"]), true, listed.Value!.ConcurrencyStamp);

        Assert.Equal((2L, 1L, "enum"), (plan.Value!.Converted, plan.Value.Lost, plan.Value.To));
        Assert.Equal("text[]", FieldShape.Of(new TableField { Name = "x", Type = FieldType.Text, IsList = true }).TypeName);
        var records = await RecordsAsync(table, Datasource.Live);
        Assert.Equal(["[\"a\"]", "[\"b\"]", null], records.Select(r => Value(r, "tag")));
        Assert.Equal(["\"on\"", "\"off\"", "null"], records.Select(r => Value(r, "state")));
        Assert.Equal(["on", "off"], enumerated.Value!.Fields[1].EnumValues);
    }

    [Fact]
    public async Task ChangeType_ManyRecords_ConvertedInBatches()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("t", new FieldSpec("n", FieldType.Text));
        var count = TableStore.ConversionBatchSize * 2 + 17;
        await InsertAsync(table, Datasource.Live, [.. Enumerable.Range(1, count).Select(i => $"{{\"n\":\"{(i % 100 == 0 ? "x" : i.ToString(System.Globalization.CultureInfo.InvariantCulture))}\"}}")]);

        var plan = (await Tables.PlanChangeAsync(Ada, WorkspaceId, table.Id, "n", new FieldTypeChange(FieldType.Int))).Value!;
        var changed = await Tables.ChangeTypeAsync(Ada, WorkspaceId, table.Id, "n", new FieldTypeChange(FieldType.Int), true, table.ConcurrencyStamp);

        Assert.Equal((count - 20L, 20L), (plan.Converted, plan.Lost));
        Assert.True(changed.Succeeded);
        var records = await RecordsAsync(table, Datasource.Live);
        Assert.Equal("2017", Value(records[2016], "n"));
        Assert.Equal("null", Value(records[1999], "n"));
        Assert.Equal(count - 20, records.Count(r => Value(r, "n") != "null"));
    }

    [Theory]
    [InlineData(FieldType.Enum, null, "The field 'age' of table 'user' is an enum and needs at least one value.")]
    [InlineData(FieldType.Text, null, "The field 'age' of table 'user' is already text.")]
    [InlineData(FieldType.Reference, null, "The field 'age' of table 'user' is a reference and needs the table it refers to.")]
    public async Task ChangeType_TargetInvalid_Refused(FieldType type, string[]? enumValues, string message)
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenAgesAsTextAsync();

        var plan = await Tables.PlanChangeAsync(Ada, WorkspaceId, table.Id, "age", new FieldTypeChange(type, EnumValues: enumValues));
        var change = await Tables.ChangeTypeAsync(Ada, WorkspaceId, table.Id, "age", new FieldTypeChange(type, EnumValues: enumValues), true, table.ConcurrencyStamp);

        Assert.Equal(message, plan.Problem?.Message);
        Assert.Equal(message, change.Problem?.Message);
    }

    [Fact]
    public async Task ChangeType_DefaultThatCannotConvert_Refused()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("t", new FieldSpec("v", FieldType.Text, DefaultJson: "\"none\""));

        var change = await Tables.ChangeTypeAsync(Ada, WorkspaceId, table.Id, "v", new FieldTypeChange(FieldType.Int), true, table.ConcurrencyStamp);

        Assert.Equal(
            new Problem(ProblemKind.Invalid, "The default of field 'v' of table 't' (\"none\") cannot become int. Change or clear the default first.", "defaultJson"),
            change.Problem);
    }

    [Fact]
    public async Task ChangeType_UniqueFieldWhoseValuesWouldCollide_Refused()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("t", new FieldSpec("v", FieldType.Decimal, IsUnique: true));
        await InsertAsync(table, Datasource.Live, "{\"v\":1.2}", "{\"v\":1.4}", "{\"v\":3}");

        var change = await Tables.ChangeTypeAsync(Ada, WorkspaceId, table.Id, "v", new FieldTypeChange(FieldType.Int), true, table.ConcurrencyStamp);

        Assert.Equal("Changing field 'v' of table 't' to int would leave 2 records sharing a value, but the field is unique.", change.Problem?.Message);
        Assert.Equal(["1.2", "1.4", "3"], (await RecordsAsync(table, Datasource.Live)).Select(r => Value(r, "v")));
    }

    [Fact]
    public async Task PlanDropField_CountsRecordsHoldingAValue()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenAgesAsTextAsync();

        var plan = await Tables.PlanDropFieldAsync(Ada, WorkspaceId, table.Id, "age");

        Assert.Equal(new DropFieldPlan("age", 5), plan.Value);
        Assert.True(plan.Value!.RequiresConfirmation);
    }

    [Fact]
    public async Task DropField_WithValuesUnconfirmed_Refused_ConfirmedRemovesKeyEverywhere()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenAgesAsTextAsync();

        var refused = await Tables.DropFieldAsync(Ada, WorkspaceId, table.Id, "age", confirmed: false, table.ConcurrencyStamp);
        var dropped = await Tables.DropFieldAsync(Ada, WorkspaceId, table.Id, "age", confirmed: true, table.ConcurrencyStamp);

        Assert.Equal(
            new Problem(ProblemKind.Conflict, "Dropping field 'age' of table 'user' would delete its value in 5 records. Confirm to drop it.", "confirmed"),
            refused.Problem);
        Assert.Equal(["name"], dropped.Value!.Fields.Select(f => f.Name));
        Assert.Equal(0, dropped.Value.Fields[0].Position);
        Assert.All(await RecordsAsync(table, Datasource.Live), r => Assert.Null(Value(r, "age")));
        Assert.All(await RecordsAsync(table, Datasource.Test), r => Assert.Null(Value(r, "age")));
        Assert.Equal(["\"ada\"", "\"bob\"", null, null, "\"no age\""], (await RecordsAsync(table, Datasource.Live)).Select(r => Value(r, "name")));
    }

    [Fact]
    public async Task DropField_NoRecordHoldsAValue_NeedsNoConfirmation()
    {
        await GivenAdasWorkspaceAsync();
        var table = await GivenTableAsync("t", new FieldSpec("v", FieldType.Int));
        await InsertAsync(table, Datasource.Live, "{\"v\":null}", "{}");

        var dropped = await Tables.DropFieldAsync(Ada, WorkspaceId, table.Id, "v", confirmed: false, table.ConcurrencyStamp);

        Assert.Empty(dropped.Value!.Fields);
        Assert.All(await RecordsAsync(table, Datasource.Live), r => Assert.Null(Value(r, "v")));
    }
}

public sealed class SqliteTableTypeChangeTests : TableTypeChangeTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresTableTypeChangeTests(PostgresServer server) : TableTypeChangeTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
