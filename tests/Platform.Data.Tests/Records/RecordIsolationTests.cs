using Platform.Data.Records;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using static Platform.Data.Tests.Records.RecordWorkspace;

namespace Platform.Data.Tests.Records;

/// <summary>Datasources and workspaces never see each other's records, whatever names or ids a script or caller gives.</summary>
public abstract class RecordIsolationTests : RecordScriptTests
{
    [Fact]
    public async Task SetDatasource_TestNeverSeesLiveRows()
    {
        await GivenSeededUsersAsync();

        var result = await RunOkAsync("""
            db.set_datasource { value = "test" }
            db.query user { return = {type: "count"} } as $test_before
            db.add user { data = {name: "Tess"} } as $tess
            db.query user { output = ["name"] } as $test_rows
            db.set_datasource { value = "live" }
            db.query user { where = $db.user.name == "Tess", return = {type: "count"} } as $live_tess
            var $out { value = [$test_before, $tess.id, $test_rows, $live_tess] }
            """);

        Assert.Equal("""[0,1,[{"name":"Tess"}],0]""", result);
    }

    [Fact]
    public async Task SetDatasource_UnknownName_ErrorNamesIt()
    {
        await GivenUsersAsync();

        var message = await RunErrorAsync("""
            db.set_datasource { value = "staging" }
            db.query user as $rows
            """);

        Assert.Contains("'staging'", message);
    }

    [Fact]
    public async Task OtherWorkspace_SameTableName_NeverSeen()
    {
        await GivenSeededUsersAsync();
        var other = await CreateAsync(Database, Clock, await CreateUserAsync("bea"), "Other");
        await other.AddTableAsync("user", Field("name", FieldType.Text));

        var theirs = await RunOkAsync("""db.query user { return = {type: "count"} } as $count""", workspace: other);
        var added = await RunOkAsync("""db.add user { data = {name: "B1"} } as $b""", workspace: other);

        Assert.Equal("0", theirs);
        Assert.StartsWith("{\"id\":1,", added);
        Assert.Equal("4", await RunOkAsync("""db.query user { return = {type: "count"} } as $count"""));
    }

    [Fact]
    public async Task CraftedDatasourceId_OfAnotherWorkspace_Refused()
    {
        await GivenSeededUsersAsync();
        var other = await CreateAsync(Database, Clock, await CreateUserAsync("bea"), "Other");
        await other.AddTableAsync("user", Field("name", FieldType.Text));
        var acmeLive = await Acme.DatasourceIdAsync("live");
        var crafted = new SqlRecordStore(Database, other.Id, acmeLive, Clock, Fast);

        var direct = await Assert.ThrowsAsync<ScriptErrorException>(() =>
            crafted.CountAsync("user", null, CancellationToken.None).AsTask());
        // A run starts by naming its datasource, which is looked up inside the store's own workspace.
        var run = await other.RunAsync("task t {\n  stack {\n    db.query user { return = {type: \"count\"} } as $n\n  }\n  response = $n\n}", crafted);

        Assert.Equal($"The datasource #{acmeLive} is not one of this workspace's datasources.", direct.Message);
        Assert.Equal(XsValue.Int(0), run.Result);
    }

    [Fact]
    public async Task TableOfAnotherWorkspace_NotFoundByName()
    {
        await GivenUsersAsync();
        var other = await CreateAsync(Database, Clock, await CreateUserAsync("bea"), "Other");
        await other.AddTableAsync("invoices", Field("total", FieldType.Decimal));

        Assert.Equal("There is no table 'invoices' in this workspace.", await RunErrorAsync("db.query invoices as $rows"));
    }
}

public sealed class SqliteRecordIsolationTests : RecordIsolationTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordIsolationTests(PostgresServer server) : RecordIsolationTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
