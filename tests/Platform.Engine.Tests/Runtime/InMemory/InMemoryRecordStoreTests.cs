using Platform.Engine.Language.Catalog;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.InMemory;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;

namespace Platform.Engine.Tests.Runtime.InMemory;

public sealed class InMemoryRecordStoreTests
{
    private const string Seed = """
        {"user": [
          {"id": 3, "name": "Ada", "email": "Ada@Example.com", "age": 36, "tags": ["a", "b"], "meta": {"plan": "pro"}, "joined": 1704067200000},
          {"id": 7, "name": "Bob", "email": "bob@example.com", "age": 25, "tags": ["b"], "meta": {"plan": "free"}, "joined": 1717200000000},
          {"name": "Cy", "email": "cy@example.org", "age": null, "tags": [], "meta": null, "joined": null}
        ]}
        """;

    private static readonly ManualClock Clock = new(TestRuns.Now);

    [Fact]
    public async Task FromJson_KeepsIds_NumbersTheRest_AndContinuesAfterTheHighest()
    {
        var store = InMemoryRecordStore.FromJson(Seed, Clock);

        var added = await store.AddAsync("user", Record(("name", XsValue.Text("Dee"))), CancellationToken.None);

        Assert.Equal([3L, 7L, 8L, 9L], store.Snapshot()["user"].Select(r => r.Get("id").AsInt));
        Assert.Equal(9, added.Get("id").AsInt);
        Assert.Equal(XsValue.Timestamp(TestRuns.Now.ToUnixTimeMilliseconds()), added.Get("created_at"));
        Assert.Equal(ValueKind.Timestamp, added.Get("created_at").Kind);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"user": {"id": 1}}""")]
    [InlineData("""{"user": [1, 2]}""")]
    public void FromJson_NotTablesOfRecords_IsAFormatError(string json) =>
        Assert.Throws<FormatException>(() => InMemoryRecordStore.FromJson(json, Clock));

    [Fact]
    public async Task Datasources_AreSeparateSetsOfTables()
    {
        var live = InMemoryRecordStore.FromJson(Seed, Clock);
        var test = live.ForDatasource("test");

        await test.AddAsync("user", Record(("name", XsValue.Text("Tess"))), CancellationToken.None);

        Assert.Equal(3, live.Snapshot()["user"].Count);
        Assert.Equal(["Tess"], test.Snapshot()["user"].Select(r => r.Get("name").AsText));
        Assert.Equal(1, test.Snapshot()["user"][0].Get("id").AsInt);
        Assert.Equal(3, live.ForDatasource("live").Snapshot()["user"].Count);
    }

    [Fact]
    public async Task Transaction_Failing_RestoresEveryDatasource_Succeeding_Keeps()
    {
        var store = InMemoryRecordStore.FromJson(Seed, Clock);

        await Assert.ThrowsAsync<ScriptErrorException>(() => store.TransactionAsync<int>(async (inside, token) =>
        {
            await inside.DeleteAsync("user", "id", XsValue.Int(3), token);
            await inside.ForDatasource("test").AddAsync("log", Record(("x", XsValue.Int(1))), token);
            await inside.TruncateAsync("user", resetIds: true, token);
            throw ScriptErrorException.Fatal("stop");
        }, CancellationToken.None).AsTask());
        var kept = await store.TransactionAsync(async (inside, token) =>
            await inside.AddAsync("user", Record(("name", XsValue.Text("Dee"))), token), CancellationToken.None);

        Assert.Equal(["Ada", "Bob", "Cy", "Dee"], store.Snapshot()["user"].Select(r => r.Get("name").AsText));
        Assert.Empty(store.ForDatasource("test").Snapshot());
        Assert.Equal(9, kept.Get("id").AsInt);
    }

    [Theory]
    [InlineData(QueryOperator.Equal, "name", "\"Bob\"", "Bob")]
    [InlineData(QueryOperator.NotEqual, "name", "\"Bob\"", "Ada,Cy")]
    [InlineData(QueryOperator.StrictEqual, "age", "36", "Ada")]
    [InlineData(QueryOperator.StrictNotEqual, "age", "36", "Bob,Cy")]
    [InlineData(QueryOperator.Less, "age", "30", "Bob")]
    [InlineData(QueryOperator.LessOrEqual, "age", "36", "Ada,Bob")]
    [InlineData(QueryOperator.Greater, "age", "30", "Ada")]
    [InlineData(QueryOperator.GreaterOrEqual, "age", "25", "Ada,Bob")]
    [InlineData(QueryOperator.In, "name", "[\"Ada\",\"Cy\"]", "Ada,Cy")]
    [InlineData(QueryOperator.NotIn, "name", "[\"Ada\",\"Cy\"]", "Bob")]
    [InlineData(QueryOperator.Contains, "tags", "\"a\"", "Ada")]
    [InlineData(QueryOperator.NotContains, "tags", "\"a\"", "Bob,Cy")]
    [InlineData(QueryOperator.Includes, "email", "\"EXAMPLE.COM\"", "Ada,Bob")]
    [InlineData(QueryOperator.NotIncludes, "email", "\"example.com\"", "Cy")]
    [InlineData(QueryOperator.Like, "email", "\"%@example.%\"", "Bob,Cy")]
    [InlineData(QueryOperator.NotLike, "email", "\"%@example.%\"", "Ada")]
    [InlineData(QueryOperator.ILike, "email", "\"ada@%\"", "Ada")]
    [InlineData(QueryOperator.NotILike, "email", "\"ada@%\"", "Bob,Cy")]
    [InlineData(QueryOperator.Overlaps, "tags", "[\"b\",\"z\"]", "Ada,Bob")]
    [InlineData(QueryOperator.NotOverlaps, "tags", "[\"a\"]", "Bob,Cy")]
    [InlineData(QueryOperator.RegexMatch, "name", "\"^[AC]\"", "Ada,Cy")]
    [InlineData(QueryOperator.RegexNotMatch, "name", "\"^[AC]\"", "Bob")]
    [InlineData(QueryOperator.JsonContains, "meta", "{\"plan\":\"free\"}", "Bob")]
    [InlineData(QueryOperator.Search, "email", "\"example.org\"", "Cy")]
    [InlineData(QueryOperator.Equal, "age", "null", "Cy")]
    [InlineData(QueryOperator.Equal, "meta.plan", "\"pro\"", "Ada")]
    public async Task Query_EveryOperator_MatchesLikeSql(QueryOperator op, string field, string valueJson, string expected)
    {
        var store = InMemoryRecordStore.FromJson(Seed, Clock);
        var where = new ComparisonCondition(Column(field), op, new ValueOperand(JsonValues.Parse(valueJson)));

        Assert.Equal(expected, await NamesAsync(store, where));
    }

    [Fact]
    public async Task Query_Groups_Not_Between_Truth_AndConstants()
    {
        var store = InMemoryRecordStore.FromJson(Seed, Clock);
        var adult = new ComparisonCondition(Column("age"), QueryOperator.GreaterOrEqual, Value(30));
        var bob = new ComparisonCondition(Column("name"), QueryOperator.Equal, new ValueOperand(XsValue.Text("Bob")));

        Assert.Equal("Ada,Bob", await NamesAsync(store, new AnyCondition([adult, bob])));
        Assert.Equal("", await NamesAsync(store, new AllCondition([adult, bob])));
        Assert.Equal("Bob,Cy", await NamesAsync(store, new NotCondition(adult)));
        Assert.Equal("Bob", await NamesAsync(store, new BetweenCondition(Column("age"), Value(20), Value(30), Negated: false)));
        Assert.Equal("Ada", await NamesAsync(store, new BetweenCondition(Column("age"), Value(20), Value(30), Negated: true)));
        Assert.Equal("Ada,Bob", await NamesAsync(store, new TruthCondition(Column("meta"))));
        Assert.Equal("", await NamesAsync(store, new ConstantCondition(false)));
    }

    [Fact]
    public async Task Query_SortsByKeysInOrder_NullsFirstAscending_AndPages()
    {
        var store = InMemoryRecordStore.FromJson(Seed, Clock);
        var byAge = new RecordQuery("user", null, [new SortKey("age", SortDirection.Ascending)], null, ["name"], 100);
        var byTagsThenName = new RecordQuery("user", null,
            [new SortKey("meta.plan", SortDirection.Descending), new SortKey("name", SortDirection.Descending)], new Paging(1, 2, 0, true, true), null, 100);
        var second = byTagsThenName with { Paging = new Paging(2, 2, 0, false, true) };

        var ages = await store.QueryAsync(byAge, CancellationToken.None);
        var first = await store.QueryAsync(byTagsThenName, CancellationToken.None);
        var last = await store.QueryAsync(second, CancellationToken.None);

        Assert.Equal(["Cy", "Bob", "Ada"], ages.Records.Select(r => r.Get("name").AsText));
        Assert.Equal(["name"], ages.Records[0].Keys);
        Assert.Equal(["Ada", "Bob"], first.Records.Select(r => r.Get("name").AsText));
        Assert.True(first.HasMore);
        Assert.Equal(3, first.Total);
        Assert.Equal(["Cy"], last.Records.Select(r => r.Get("name").AsText));
        Assert.False(last.HasMore);
        Assert.Null(last.Total);
    }

    [Fact]
    public async Task Query_Limit_CapsTheRecordsAndSaysMoreFollow()
    {
        var store = InMemoryRecordStore.FromJson(Seed, Clock);

        var page = await store.QueryAsync(new RecordQuery("user", null, [], null, null, 2), CancellationToken.None);

        Assert.Equal(2, page.Records.Count);
        Assert.True(page.HasMore);
    }

    [Fact]
    public async Task ColumnFilters_UseTheRuntimesFilters()
    {
        var filters = new FilterRegistry();
        filters.Add("to_lower", call => XsValue.Text(call.InputText.ToLowerInvariant()));
        filters.Add("timestamp_year", call => XsValue.Int(DateTimeOffset.FromUnixTimeMilliseconds((long)call.InputNumber).Year));
        filters.Add("add", call => XsValue.Decimal(call.InputNumber + call.Number(0)));
        var store = new InMemoryRecordStore(Clock, filters);
        await store.BulkAddAsync("user", [.. JsonValues.Parse(Seed).AsObject.Get("user").AsArray.Select(r => r.AsObject)], allowIdField: true, CancellationToken.None);

        var email = new ComparisonCondition(Column("email", new ColumnFilter("to_lower", [])), QueryOperator.Equal, new ValueOperand(XsValue.Text("ada@example.com")));
        var year = new ComparisonCondition(Column("joined", new ColumnFilter("timestamp_year", [])), QueryOperator.Equal, Value(2024));
        var older = new ComparisonCondition(Column("age", new ColumnFilter("add", [XsValue.Int(10)])), QueryOperator.Greater, Value(40));

        Assert.Equal("Ada", await NamesAsync(store, email));
        Assert.Equal("Ada,Bob", await NamesAsync(store, year));
        Assert.Equal("Ada", await NamesAsync(store, older));
    }

    [Fact]
    public async Task ColumnFilters_Unknown_IsAClearError()
    {
        var store = new InMemoryRecordStore(Clock, new FilterRegistry());
        await store.AddAsync("user", Record(("name", XsValue.Text("Ada"))), CancellationToken.None);
        var where = new TruthCondition(Column("name", new ColumnFilter("cosine_similarity", [XsValue.Int(1)])));

        var error = await Assert.ThrowsAsync<ScriptErrorException>(() => NamesAsync(store, where));

        Assert.Equal("The query filter 'cosine_similarity' cannot be computed by the in-memory database.", error.Message);
        Assert.NotNull(FilterCatalog.Find("cosine_similarity"));
    }

    [Fact]
    public async Task Reads_OfATableNeverWritten_AreErrors_WritesCreateIt()
    {
        var store = new InMemoryRecordStore(Clock);

        var error = await Assert.ThrowsAsync<ScriptErrorException>(() => store.GetAsync("user", "id", XsValue.Int(1), CancellationToken.None).AsTask());
        var upserted = await store.AddOrEditAsync("setting", "key", XsValue.Text("theme"), Record(("value", XsValue.Text("dark"))), CancellationToken.None);

        Assert.Equal("There is no table 'user' in the datasource 'live'.", error.Message);
        Assert.Equal("""{"id":1,"created_at":1736937000000,"value":"dark","key":"theme"}""", JsonValues.Serialize(XsValue.Object(upserted)));
    }

    [Fact]
    public async Task BulkAdd_WithIds_RefusesADuplicate()
    {
        var store = InMemoryRecordStore.FromJson(Seed, Clock);

        var error = await Assert.ThrowsAsync<ScriptErrorException>(
            () => store.BulkAddAsync("user", [Record(("id", XsValue.Int(7)))], allowIdField: true, CancellationToken.None).AsTask());

        Assert.Equal("The table 'user' already has a record with id 7.", error.Message);
    }

    private static ColumnOperand Column(string field, params ColumnFilter[] filters) => new("user", field, filters);

    private static ValueOperand Value(long value) => new(XsValue.Int(value));

    private static XsObject Record(params (string Key, XsValue Value)[] fields) =>
        XsObject.Create(fields.Select(f => new KeyValuePair<string, XsValue>(f.Key, f.Value)));

    private static async Task<string> NamesAsync(InMemoryRecordStore store, QueryCondition where)
    {
        var page = await store.QueryAsync(new RecordQuery("user", where, [new SortKey("name", SortDirection.Ascending)], null, null, 100), CancellationToken.None);
        return string.Join(',', page.Records.Select(r => r.Get("name").AsText));
    }
}
