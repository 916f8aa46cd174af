using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using Platform.Web.Model.Database;
using Platform.Web.Services.Database;
using Radzen;

namespace Platform.Web.Tests.Database;

/// <summary>The records service the grid, forms, import and export use, on a real database through the record store.</summary>
public abstract class WorkspaceRecordsTests : DatabaseComponentTests
{
    [Fact]
    public async Task Query_GridFiltersSortAndWindow_RunInTheStore()
    {
        var table = await GivenProductsAsync();
        await AddRecordsAsync(table, "live", [.. Enumerable.Range(1, 30).Select(i => Product($"item {i:00}", i, i % 2 == 0))]);
        var args = new LoadDataArgs
        {
            Skip = 5,
            Top = 5,
            Filters = [new FilterDescriptor { Property = "active", FilterValue = true, FilterOperator = FilterOperator.Equals }],
            Sorts = [new SortDescriptor { Property = "price", SortOrder = SortOrder.Descending }],
        };
        var request = GridQuery.From(args, table, TimeZoneInfo.Utc).Value!;

        var page = await Records.QueryAsync(Ada, TargetIn(table, "live"), request);

        Assert.True(page.Succeeded, page.Problem?.Message);
        Assert.Equal(15, page.Value.Total);
        Assert.Equal([20.0, 18, 16, 14, 12], page.Value.Rows.Select(r => r["price"].ToDouble()));
    }

    [Fact]
    public async Task Query_ContainsFilter_IsLiteralAndIgnoresCase()
    {
        var table = await GivenProductsAsync();
        await AddRecordsAsync(table, "live", Product("100% Cotton", 1, true), Product("Wool", 2, true), Product("cotton_blend", 3, true));
        var request = GridQuery.From(new LoadDataArgs
        {
            Filters = [new FilterDescriptor { Property = "name", FilterValue = "% COTTON", FilterOperator = FilterOperator.Contains }],
        }, table, TimeZoneInfo.Utc).Value!;

        var page = await Records.QueryAsync(Ada, TargetIn(table, "live"), request);

        Assert.Equal(["100% Cotton"], page.Value!.Rows.Select(r => r["name"].AsText));
    }

    [Fact]
    public async Task Query_Test_NeverShowsLiveRecords()
    {
        var table = await GivenProductsAsync();
        await AddRecordsAsync(table, "live", Product("live only", 1, true));

        var page = await Records.QueryAsync(Ada, TargetIn(table, "test"), new RecordRequest(null, [], 0, 25));

        Assert.Equal(0, page.Value!.Total);
    }

    [Fact]
    public async Task Add_BadValue_ProblemNamesTheField()
    {
        var table = await GivenProductsAsync();

        var added = await Records.AddAsync(Ada, TargetIn(table, "live"), Record(("name", XsValue.Text("x")), ("price", XsValue.Text("lots"))));

        Assert.Equal("price", added.Problem?.Field);
        Assert.Contains("The field 'price' of table 'products'", added.Problem!.Message);
    }

    [Fact]
    public async Task Add_MissingRequiredField_ProblemNamesTheField()
    {
        var table = await GivenProductsAsync();

        var added = await Records.AddAsync(Ada, TargetIn(table, "live"), Record(("price", XsValue.Decimal(1))));

        Assert.Equal("name", added.Problem?.Field);
    }

    [Fact]
    public async Task Writes_Viewer_Forbidden_Stranger_NotFound()
    {
        var table = await GivenProductsAsync();
        var viewer = await CreateUserAsync("vic");
        await using (var db = Database.CreateDbContext())
        {
            db.WorkspaceMembers.Add(new WorkspaceMember { WorkspaceId = WorkspaceId, UserId = viewer, Role = WorkspaceRole.Viewer, JoinedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        var stranger = await CreateUserAsync("eve");
        var target = TargetIn(table, "live");

        Assert.Equal(ProblemKind.Forbidden, (await Records.AddAsync(viewer, target, Product("x", 1, true))).Problem?.Kind);
        Assert.True((await Records.QueryAsync(viewer, target, new RecordRequest(null, [], 0, 10))).Succeeded);
        Assert.Equal(ProblemKind.NotFound, (await Records.QueryAsync(stranger, target, new RecordRequest(null, [], 0, 10))).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Records.OpenAsync(Ada, target with { DatasourceId = 999_999 })).Problem?.Kind);
    }

    [Fact]
    public async Task Validate_ReportsPerRecord_AndStoresNothing()
    {
        var table = await GivenProductsAsync();
        var target = TargetIn(table, "test");

        var verdicts = await Records.ValidateAsync(Ada, target,
            [Product("ok", 1, true), Record(("price", XsValue.Decimal(2))), Record(("name", XsValue.Text("x")), ("active", XsValue.Text("maybe")))]);

        Assert.True(verdicts.Succeeded);
        Assert.Equal([null, "name", "active"], verdicts.Value.Select(v => v?.Field));
        Assert.Null(verdicts.Value[0]);
        Assert.Equal(0, (await ReloadAsync(table)).TotalRecords);
    }

    [Fact]
    public async Task Validate_ManyBatchesWithOneBadRecord_OnlyThatRecordReported()
    {
        var table = await GivenProductsAsync();
        var records = Enumerable.Range(0, WorkspaceRecords.ImportBatchSize * 2 + 100).Select(i => Product($"p{i}", i, true)).ToList();
        records[WorkspaceRecords.ImportBatchSize + 7] = Record(("name", XsValue.Text("bad")), ("price", XsValue.Text("lots")));

        var verdicts = (await Records.ValidateAsync(Ada, TargetIn(table, "test"), records)).Value!;

        Assert.Equal([WorkspaceRecords.ImportBatchSize + 7], verdicts.Select((v, i) => (v, i)).Where(x => x.v is not null).Select(x => x.i));
        Assert.Equal("price", verdicts[WorkspaceRecords.ImportBatchSize + 7]!.Field);
        Assert.Equal(0, (await ReloadAsync(table)).TotalRecords);
    }

    [Fact]
    public async Task Import_AllOrNothing_OneBadRecordKeepsTheTableEmpty()
    {
        var table = await GivenProductsAsync();
        var target = TargetIn(table, "test");

        var failed = await Records.ImportAsync(Ada, target, [.. Enumerable.Range(0, 700).Select(i => Product($"p{i}", i, true)), Record(("price", XsValue.Decimal(1)))]);

        Assert.Equal("name", failed.Problem?.Field);
        Assert.Equal(0, (await ReloadAsync(table)).TotalRecords);

        var imported = await Records.ImportAsync(Ada, target, [.. Enumerable.Range(0, 700).Select(i => Product($"p{i}", i, true))]);

        Assert.Equal(700, imported.Value);
        Assert.Equal(700, (await ReloadAsync(table)).RecordCounts.Single(c => c.Datasource == "test").Records);
    }

    [Fact]
    public async Task ExportThenImport_RoundTripsEveryType()
    {
        var table = await GivenTableAsync("things",
            new FieldSpec("name", FieldType.Text), new FieldSpec("qty", FieldType.Int), new FieldSpec("price", FieldType.Decimal),
            new FieldSpec("active", FieldType.Bool), new FieldSpec("seen_at", FieldType.Timestamp), new FieldSpec("day", FieldType.Date),
            new FieldSpec("uid", FieldType.Uuid), new FieldSpec("meta", FieldType.Json), new FieldSpec("tags", FieldType.Text, IsList: true),
            new FieldSpec("kind", FieldType.Enum, EnumValues: ["a", "b"]), new FieldSpec("mail", FieldType.Email), new FieldSpec("secret", FieldType.Password));
        await AddRecordsAsync(table, "live",
            Record(("name", XsValue.Text("Quote \" and, comma\nnewline")), ("qty", XsValue.Int(-5)), ("price", XsValue.Decimal(0.1)),
                ("active", XsValue.True), ("seen_at", XsValue.Timestamp(1_700_000_000_123)), ("day", XsValue.Text("2026-02-28")),
                ("uid", XsValue.Text("0f8fad5b-d9cb-469f-a165-70867728950e")), ("meta", JsonValues.Parse("{\"a\":[1,2,{\"b\":null}]}")),
                ("tags", JsonValues.Parse("[\"x\",\"y\"]")), ("kind", XsValue.Text("b")), ("mail", XsValue.Text("a@b.co")), ("secret", XsValue.Text("hunter22"))),
            Record(("name", XsValue.Text("empty"))));
        var live = (await Records.OpenAsync(Ada, TargetIn(table, "live"))).Value!;

        var first = await ExportAsync(live);
        var file = (await CsvFile.ReadAsync(new StringReader(first))).Value!;
        var rows = CsvImportPlan.Build(file, CsvImportPlan.AutoMap(file.Headers, live.Table), live.Table);
        Assert.Empty(rows.Problems);
        Assert.Equal(2, (await Records.ImportAsync(Ada, TargetIn(table, "test"), rows.Records)).Value);
        var second = await ExportAsync((await Records.OpenAsync(Ada, TargetIn(table, "test"))).Value!);

        Assert.Equal(first, second);
        Assert.StartsWith("id,name,qty,price,active,seen_at,day,uid,meta,tags,kind,mail,secret\r\n", first, StringComparison.Ordinal);
        Assert.Contains("2023-11-14T22:13:20.123Z", first, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter22", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportThenImport_StoresExactlyTheSameTexts_EmptyApartFromNull()
    {
        var table = await GivenTableAsync("notes", new FieldSpec("title", FieldType.Text), new FieldSpec("body", FieldType.Text));
        (string? Title, string? Body)[] texts =
        [
            ("", null),
            (null, ""),
            (" padded ", "日本語 ✓ 🎉 «ñ» Ω"),
            ("\"quoted\"", "line 1\r\nline 2\nline 3"),
            ("=1+1", ",;\t|"),
            ("null", "\"\""),
        ];
        await AddRecordsAsync(table, "live", [.. texts.Select(t => Record(("title", Text(t.Title)), ("body", Text(t.Body))))]);
        var live = (await Records.OpenAsync(Ada, TargetIn(table, "live"))).Value!;

        await using var writer = new StringWriter();
        await CsvExport.WriteAsync(writer, live.Table, Records.ReadAllAsync(live));
        var file = (await CsvFile.ReadAsync(new StringReader(writer.ToString()))).Value!;
        var rows = CsvImportPlan.Build(file, CsvImportPlan.AutoMap(file.Headers, live.Table), live.Table);
        Assert.Empty(rows.Problems);
        Assert.Equal(texts.Length, (await Records.ImportAsync(Ada, TargetIn(table, "test"), rows.Records)).Value);

        var stored = new List<(string?, string?)>();
        await foreach (var record in Records.ReadAllAsync((await Records.OpenAsync(Ada, TargetIn(table, "test"))).Value!))
            stored.Add((TextOf(record.Get("title")), TextOf(record.Get("body"))));
        Assert.Equal(texts, stored);
    }

    [Fact]
    public async Task ReadAll_StreamsEveryRecordInIdOrderAcrossPages()
    {
        var table = await GivenProductsAsync();
        await Records.ImportAsync(Ada, TargetIn(table, "live"), [.. Enumerable.Range(0, WorkspaceRecords.StreamPageSize * 2 + 7).Select(i => Product($"p{i}", i, true))]);
        var scope = (await Records.OpenAsync(Ada, TargetIn(table, "live"))).Value!;

        var ids = new List<long>();
        await foreach (var record in Records.ReadAllAsync(scope))
            ids.Add(record.Get("id").AsInt);

        Assert.Equal(Enumerable.Range(1, WorkspaceRecords.StreamPageSize * 2 + 7).Select(i => (long)i), ids);
    }

    private async Task<string> ExportAsync(RecordScope scope)
    {
        await using var writer = new StringWriter();
        await CsvExport.WriteAsync(writer, scope.Table, Records.ReadAllAsync(scope));
        // created_at differs between the copies (the import adds them now); compare the rest.
        return string.Join("\r\n", writer.ToString().Split("\r\n").Select(line => line.Length == 0 ? line : DropSecondColumn(line)));
    }

    private static string DropSecondColumn(string line)
    {
        var first = line.IndexOf(',', StringComparison.Ordinal);
        var second = line.IndexOf(',', first + 1);
        return line[..first] + line[second..];
    }

    private static XsValue Text(string? text) => text is null ? XsValue.Null : XsValue.Text(text);

    private static string? TextOf(XsValue value) => value.IsNull ? null : value.AsText;

    private Task<TableDocument> GivenProductsAsync() =>
        GivenTableAsync("products", new FieldSpec("name", FieldType.Text, IsRequired: true), new FieldSpec("price", FieldType.Decimal),
            new FieldSpec("active", FieldType.Bool));

    private static XsObject Product(string name, double price, bool active) =>
        Record(("name", XsValue.Text(name)), ("price", XsValue.Decimal(price)), ("active", XsValue.Bool(active)));
}

public sealed class SqliteWorkspaceRecordsTests : WorkspaceRecordsTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkspaceRecordsTests(PostgresServer server) : WorkspaceRecordsTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
