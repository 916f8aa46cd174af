using Microsoft.EntityFrameworkCore;
using Platform.Data.Records;
using Platform.Data.Records.Sql;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using static Platform.Data.Tests.Records.RecordWorkspace;

namespace Platform.Data.Tests.Records;

/// <summary>
/// db.query joins on the SQL store beyond the golden cases: one statement with parameters, and the joined table read
/// only in the same workspace and the same datasource.
/// </summary>
public abstract class RecordJoinTests : DatabaseTests
{
    private const string Hostile = "'; DROP TABLE records; --";

    private RecordWorkspace _acme = null!;
    private WorkspaceTable _users = null!;
    private WorkspaceTable _accounts = null!;

    private async Task GivenUsersAndAccountsAsync()
    {
        _acme = await CreateAsync(Database, Clock, await CreateUserAsync("ada"), "Acme");
        _accounts = await _acme.AddTableAsync("account", Field("title", FieldType.Text));
        _users = await _acme.AddTableAsync("user", Field("name", FieldType.Text), Field("account_id", FieldType.Int));
        var live = await _acme.StoreAsync();
        await live.AddAsync("account", Record(("title", XsValue.Text("Acme"))), CancellationToken.None);
        await live.AddAsync("user", Record(("name", XsValue.Text("Ada")), ("account_id", XsValue.Int(1))), CancellationToken.None);
    }

    private static XsObject Record(params (string Name, XsValue Value)[] fields) =>
        XsObject.Create([.. fields.Select(f => new KeyValuePair<string, XsValue>(f.Name, f.Value))]);

    private async Task<string> RunAsync(string query, string datasource = "live")
    {
        var script = $"task t {{\n  stack {{\n    {query} as $rows\n  }}\n  response = $rows\n}}";
        var result = await _acme.RunAsync(script, datasource);
        return result.Failure is { } failure ? "error: " + failure.Error.Message : ValueDisplay.Format(result.Result);
    }

    [Fact]
    public async Task SelectJoined_TwoJoinsWhereEvalSort_IsOneStatementWithEveryValueAParameter()
    {
        await GivenUsersAndAccountsAsync();
        await using var db = Database.CreateDbContext();
        var (users, accounts) = (new TableSchema(_users), new TableSchema(_accounts));
        var on = new ComparisonCondition(new ColumnOperand("acc", "id", []), QueryOperator.Equal, new ColumnOperand("user", "account_id", []));
        var hostile = new ComparisonCondition(new ColumnOperand("other", "title", []), QueryOperator.NotEqual, new ValueOperand(XsValue.Text(Hostile)));
        var query = new RecordQuery("user", hostile, [new SortKey("title", SortDirection.Descending, "acc")], null, null, 26)
        {
            Joins = [new QueryJoin("acc", "account", JoinType.Inner, on), new QueryJoin("other", "account", JoinType.Left, on)],
            Eval = [new EvalColumn("account_title", new ColumnOperand("acc", "title", [new ColumnFilter("to_lower", [])]))],
        };

        var sql = new RecordSql(RecordSession.DialectOf(db), users, await _acme.DatasourceIdAsync("live"))
            .SelectJoined(query, [accounts, accounts], 0, 27, totals: true, out _).Text;

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(sql, "SELECT"));
        Assert.Contains("FROM records r0 INNER JOIN records r1 ON r1.table_id = " + _accounts.Id, sql, StringComparison.Ordinal);
        Assert.Contains("LEFT JOIN records r2 ON r2.table_id = " + _accounts.Id, sql, StringComparison.Ordinal);
        Assert.Contains("WHERE r0.table_id = " + _users.Id, sql, StringComparison.Ordinal);
        Assert.DoesNotContain("DROP", sql, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(sql, @"datasource_id = @p\d+"));
    }

    [Fact]
    public async Task Join_HostileValuesInJoinWhereAndEval_AreMatchedLiterally()
    {
        await GivenUsersAndAccountsAsync();
        var store = await _acme.StoreAsync();
        await store.AddAsync("account", Record(("title", XsValue.Text(Hostile))), CancellationToken.None);
        await store.AddAsync("user", Record(("name", XsValue.Text("Bob")), ("account_id", XsValue.Int(2))), CancellationToken.None);

        var rows = await RunAsync("db.query user { join = {acc: {table: \"account\", where: $db.acc.id == $db.user.account_id && $db.acc.title == \"" + Hostile
            + "\"}}, eval = {t: $db.acc.title}, output = [\"name\", \"t\"] }");

        Assert.Equal($$"""[{"name":"Bob","t":"{{Hostile}}"}]""", rows);
    }

    [Fact]
    public async Task Eval_ValueColumnsAndSortByThem_RunWithoutJoins()
    {
        await GivenUsersAndAccountsAsync();

        var rows = await RunAsync("""db.query user { eval = {kind: "person", lower: $db.user.name|to_lower}, sort = {kind: "asc", lower: "desc"}, output = ["kind", "lower"] }""");

        Assert.Equal("""[{"kind":"person","lower":"ada"}]""", rows);
    }

    [Fact]
    public async Task Join_TableOfAnotherWorkspace_IsNotFound()
    {
        await GivenUsersAndAccountsAsync();
        var other = await CreateAsync(Database, Clock, await CreateUserAsync("eve"), "Evil");
        await other.AddTableAsync("secret", Field("code", FieldType.Text));
        await (await other.StoreAsync()).AddAsync("secret", Record(("code", XsValue.Text("x"))), CancellationToken.None);

        var rows = await RunAsync("""db.query user { join = {s: {table: "secret", type: "left", where: $db.s.id == $db.user.account_id}}, eval = {code: $db.s.code} }""");

        Assert.Equal("error: There is no table 'secret' in this workspace.", rows);
    }

    [Fact]
    public async Task Join_RecordsOfTheSameTableInAnotherDatasource_AreNeverJoined()
    {
        await GivenUsersAndAccountsAsync();
        var test = await _acme.StoreAsync("test");
        await test.AddAsync("user", Record(("name", XsValue.Text("Tess")), ("account_id", XsValue.Int(1))), CancellationToken.None);
        const string query = """db.query user { join = {acc: {table: "account", type: "left", where: $db.acc.id == $db.user.account_id}}, eval = {title: $db.acc.title}, output = ["name", "title"] }""";

        var inTest = await RunAsync(query, "test");
        var inLive = await RunAsync(query);

        Assert.Equal("""[{"name":"Tess","title":null}]""", inTest);
        Assert.Equal("""[{"name":"Ada","title":"Acme"}]""", inLive);
    }
}

public sealed class SqliteRecordJoinTests : RecordJoinTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordJoinTests(PostgresServer server) : RecordJoinTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
