using Platform.Data.Records;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using static Platform.Data.Tests.Records.RecordWorkspace;

namespace Platform.Data.Tests.Records;

/// <summary>Hostile values and field names, in every operator: stored and matched literally, never executed.</summary>
public abstract class RecordInjectionTests : DatabaseTests
{
    private const string Weird = "we\"ird'.na\\me";
    private SqlRecordStore _store = null!;

    public static TheoryData<string> Values() =>
    [
        "'; DROP TABLE records; --",
        "\"; DROP TABLE records; --",
        "%",
        "_",
        "a%b_c",
        "\\",
        "\\%\\_",
        "'",
        "''",
        "$.\"x\"",
        "Zoë 🚀 日本語 ﷽ \u202e",
        "line\nbreak\ttab",
        "MEGABYTE",
    ];

    private static string Expand(string value) => value == "MEGABYTE" ? new string('x', 1_048_576) + "'%_" : value;

    private async Task GivenNotesAsync(string value)
    {
        var workspace = await CreateAsync(Database, Clock, await CreateUserAsync("ada"), "Acme");
        await workspace.AddTableAsync("note",
            Field("body", FieldType.Text),
            Field("tags", FieldType.Text, list: true),
            Field("meta", FieldType.Json),
            Field(Weird, FieldType.Text, indexed: true, unique: true));
        _store = await workspace.StoreAsync();
        await _store.BulkAddAsync("note", [Note(value), Note("decoy")], false, CancellationToken.None);
    }

    private static XsObject Note(string value) => XsObject.Create(
    [
        new("body", XsValue.Text(value)),
        new("tags", XsValue.Array(XsValue.Text(value))),
        new("meta", XsValue.Object(XsObject.Create([new("k", XsValue.Text(value))]))),
        new(Weird, XsValue.Text(Indexable(value))),
    ]);

    // A PostgreSQL btree index entry holds at most about 2,700 bytes (see LongValueInIndexedField_ClearError).
    private static string Indexable(string value) => value.Length > 1000 ? "long" : value;

    private async Task<long[]> IdsAsync(string field, QueryOperator op, XsValue value)
    {
        var where = new ComparisonCondition(new ColumnOperand("note", field, []), op, new ValueOperand(value));
        var page = await _store.QueryAsync(new RecordQuery("note", where, [], null, ["id"], 1000), CancellationToken.None);
        return [.. page.Records.Select(r => r.Get("id").AsInt)];
    }

    private async Task ExpectAsync(long[] ids, string field, QueryOperator op, XsValue value) =>
        Assert.Equal(ids, (await IdsAsync(field, op, value)).Order());

    [Theory]
    [MemberData(nameof(Values))]
    public async Task HostileValue_StoredAndMatchedLiterally(string raw)
    {
        var value = Expand(raw);
        var text = XsValue.Text(value);
        await GivenNotesAsync(value);

        var stored = await _store.GetAsync("note", "id", XsValue.Int(1), CancellationToken.None);
        Assert.Equal(value, stored!.Get("body").AsText);
        Assert.Equal(Indexable(value), stored.Get(Weird).AsText);
        Assert.Equal(value, stored.Get("meta").AsObject.Get("k").AsText);

        await ExpectAsync([1], "body", QueryOperator.Equal, text);
        await ExpectAsync([2], "body", QueryOperator.NotEqual, text);
        await ExpectAsync([1], "body", QueryOperator.In, XsValue.Array(text));
        await ExpectAsync([2], "body", QueryOperator.NotIn, XsValue.Array(text));
        await ExpectAsync([1], "body", QueryOperator.Contains, text);
        await ExpectAsync([1], "body", QueryOperator.Includes, text);
        await ExpectAsync([1], "body", QueryOperator.Search, text);
        await ExpectAsync([1], "tags", QueryOperator.Contains, text);
        await ExpectAsync([1], "tags", QueryOperator.Overlaps, XsValue.Array(text));
        await ExpectAsync([2], "tags", QueryOperator.NotOverlaps, XsValue.Array(text));
        await ExpectAsync([1], "meta", QueryOperator.JsonContains, XsValue.Object(XsObject.Create([new("k", text)])));
        await ExpectAsync([1], "meta.k", QueryOperator.Equal, text);
        await ExpectAsync([1], Weird, QueryOperator.Equal, XsValue.Text(Indexable(value)));
        await ExpectAsync([1, 2], "body", QueryOperator.Like, XsValue.Text("%"));
        Assert.Equal(2, await _store.CountAsync("note", null, CancellationToken.None));
    }

    [Theory]
    [InlineData("a%b_c", "a%", true)]
    [InlineData("a%b_c", "A%", false)]
    [InlineData("a%b_c", "a_b_c", true)]
    [InlineData("100%", "100%", true)]
    [InlineData("a*b?[c]", "a*b?[c]", true)]
    [InlineData("a*b?[c]", "a_b_[c_", true)]
    [InlineData("axb", "a*b", false)]
    public async Task Like_PercentAndUnderscoreAreWildcards_OtherCharactersLiteral(string value, string pattern, bool matches)
    {
        await GivenNotesAsync(value);

        await ExpectAsync(matches ? [1] : [], "body", QueryOperator.Like, XsValue.Text(pattern));
        await ExpectAsync([1], "body", QueryOperator.ILike, XsValue.Text(value.ToUpperInvariant()));
    }

    [Fact]
    public async Task Contains_PercentAndUnderscore_NotWildcards()
    {
        await GivenNotesAsync("abc");

        Assert.Empty(await IdsAsync("body", QueryOperator.Contains, XsValue.Text("%")));
        Assert.Empty(await IdsAsync("body", QueryOperator.Includes, XsValue.Text("_")));
        Assert.Empty(await IdsAsync("body", QueryOperator.Search, XsValue.Text("a%c")));
    }

    [Fact]
    public async Task NulCharacter_RefusedOnBothProviders()
    {
        await GivenNotesAsync("one");

        var error = await Assert.ThrowsAsync<Engine.Runtime.Execution.ScriptErrorException>(() =>
            _store.AddAsync("note", XsObject.Create([new("meta", XsValue.Object(XsObject.Create([new("k", XsValue.Text("a\0b"))])))]), CancellationToken.None).AsTask());

        Assert.Equal("The field 'meta' of table 'note' expects values without the NUL character; found an object.", error.Message);
    }

    [Fact]
    public async Task UniqueFieldWithQuotesInItsName_Enforced()
    {
        await GivenNotesAsync("one");

        var error = await Assert.ThrowsAsync<Engine.Runtime.Execution.ScriptErrorException>(() =>
            _store.AddAsync("note", XsObject.Create([new(Weird, XsValue.Text("one"))]), CancellationToken.None).AsTask());

        Assert.Equal($"The table 'note' already has a record with that value of its unique field '{Weird}'.", error.Message);
    }
}

public sealed class SqliteRecordInjectionTests : RecordInjectionTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordInjectionTests(PostgresServer server) : RecordInjectionTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);

    [Fact]
    public async Task LongValueInIndexedField_ClearError()
    {
        var workspace = await CreateAsync(Database, Clock, await CreateUserAsync("ada"), "Acme");
        await workspace.AddTableAsync("note", Field("code", FieldType.Text, indexed: true));
        var store = await workspace.StoreAsync();

        var error = await Assert.ThrowsAsync<Engine.Runtime.Execution.ScriptErrorException>(() =>
            store.AddAsync("note", XsObject.Create([new("code", XsValue.Text(string.Concat(Enumerable.Range(0, 3000).Select(_ => Guid.NewGuid().ToString("N")))))]), CancellationToken.None).AsTask());

        Assert.StartsWith("A value of an indexed field of table 'note' is too long for its index", error.Message);
    }
}
