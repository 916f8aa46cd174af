using Microsoft.EntityFrameworkCore;
using Platform.Data.Records;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using static Platform.Data.Tests.Records.RecordWorkspace;

namespace Platform.Data.Tests.Records;

/// <summary>Every db.* statement through the real engine on the SQL record store, with its result shape.</summary>
public abstract class RecordStoreTests : DatabaseTests
{
    private RecordWorkspace _acme = null!;

    private async Task GivenUsersAsync()
    {
        _acme = await CreateAsync(Database, Clock, await CreateUserAsync("ada"), "Acme");
        await _acme.AddTableAsync("user",
            Field("name", FieldType.Text, required: true),
            Field("email", FieldType.Email, unique: true),
            Field("age", FieldType.Int, indexed: true),
            Field("role", FieldType.Enum, defaultJson: "\"user\"", values: ["admin", "user", "guest"]),
            Field("score", FieldType.Decimal),
            Field("active", FieldType.Bool, defaultJson: "true"),
            Field("last_login", FieldType.Timestamp),
            Field("tags", FieldType.Text, list: true),
            Field("meta", FieldType.Json),
            Field("secret", FieldType.Password));
    }

    private async Task GivenSeededUsersAsync()
    {
        await GivenUsersAsync();
        await RunOkAsync("""
            db.bulk.add user { items = [
              {name: "Ada", email: "ada@example.com", age: 36, role: "admin", tags: ["a", "b"], meta: {plan: "pro", seats: 5}},
              {name: "Bob", email: "bob@example.com", age: 25, tags: ["b"], active: false, meta: {plan: "free", seats: 1}},
              {name: "Cy", email: "cy@Example.org", tags: []},
              {name: "Dee", email: "dee@example.com", age: 41, role: "guest", tags: ["c", "a"], meta: {plan: "pro", seats: 2}}
            ] } as $added
            """);
    }

    /// <summary>Runs statements in a task and returns the value of <c>$out</c> (or the last <c>as</c> variable) as text.</summary>
    protected async Task<string> RunOkAsync(string statements, string datasource = "live", RecordWorkspace? workspace = null)
    {
        var result = await RunTaskAsync(statements, datasource, workspace);
        Assert.True(result.Failure is null, result.Failure?.Error.Message);
        return ValueDisplay.Format(result.Result, 100_000);
    }

    protected async Task<string> RunErrorAsync(string statements, string datasource = "live")
    {
        var result = await RunTaskAsync(statements, datasource, null);
        Assert.NotNull(result.Failure);
        return result.Failure.Error.Message;
    }

    private Task<RunResult> RunTaskAsync(string statements, string datasource, RecordWorkspace? workspace)
    {
        var last = statements.Contains("var $out", StringComparison.Ordinal)
            ? "$out"
            : System.Text.RegularExpressions.Regex.Matches(statements, @" as (\$\w+)")[^1].Groups[1].Value;
        var script = $"task t {{\n  stack {{\n{statements}\n  }}\n  response = {last}\n}}";
        return (workspace ?? _acme).RunAsync(script, datasource);
    }

    [Fact]
    public async Task Add_ThenGet_RecordWithIdCreatedAtDefaultsAndTypedValues()
    {
        await GivenUsersAsync();

        var added = await RunOkAsync("""
            db.add user { data = {name: "Eve", email: "eve@example.com", score: 2, last_login: "2025-01-15T10:30:00Z"} } as $created
            db.get user { field_value = $created.id } as $again
            var $out { value = [$created, $again] }
            """);

        var record = """{"id":1,"created_at":2026-03-14T15:09:26.000Z,"name":"Eve","email":"eve@example.com","age":null,"role":"user","score":2.0,"active":true,"last_login":2025-01-15T10:30:00.000Z,"tags":null,"meta":null,"secret":null}""";
        Assert.Equal($"[{record},{record}]", added);
    }

    [Fact]
    public async Task Add_IdsCountUpPerTableAndDatasource()
    {
        await GivenUsersAsync();

        var live = await RunOkAsync("""
            db.add user { data = {name: "A", id: 50} } as $a
            db.add user { data = {name: "B"} } as $b
            var $out { value = [$a.id, $b.id] }
            """);
        var test = await RunOkAsync("""db.add user { data = {name: "T"} } as $out""", "test");

        Assert.Equal("[1,2]", live);
        Assert.StartsWith("{\"id\":1,", test);
    }

    [Fact]
    public async Task EditPatchAddOrEditDeleteHas_ChangeOnlyTheNamedRecord()
    {
        await GivenSeededUsersAsync();

        var result = await RunOkAsync("""
            db.edit user { field_name = "email", field_value = "bob@example.com", data = {age: 26} } as $bob
            db.patch user { field_value = 1, data = {role: "user"} } as $ada
            db.add_or_edit user { field_name = "email", field_value = "zed@example.com", data = {name: "Zed"} } as $zed
            db.add_or_edit user { field_name = "email", field_value = "cy@Example.org", data = {age: 19} } as $cy
            db.del user { field_value = 4 }
            db.has user { field_value = 4 } as $dee
            db.has user { field_name = "name", field_value = "Zed" } as $has_zed
            var $out { value = [$bob.age, $ada.role, $zed.id, $zed.email, $cy.id, $cy.age, $dee, $has_zed] }
            """);

        Assert.Equal("""[26,"user",5,"zed@example.com",3,19,false,true]""", result);
    }

    [Fact]
    public async Task Truncate_KeepsIdsUnlessReset()
    {
        await GivenSeededUsersAsync();

        var result = await RunOkAsync("""
            db.truncate user
            db.add user { data = {name: "After"} } as $after
            db.truncate user { reset = true }
            db.add user { data = {name: "Reset"} } as $reset
            db.query user { return = {type: "count"} } as $count
            var $out { value = [$after.id, $reset.id, $count] }
            """);

        Assert.Equal("[5,1,1]", result);
    }

    [Fact]
    public async Task Query_ReturnTypesAndPagingShape()
    {
        await GivenSeededUsersAsync();

        var result = await RunOkAsync("""
            db.query user { sort = {id: "asc"}, output = ["id"], return = {type: "list", paging: {page: 2, per_page: 1, totals: true}} } as $page
            db.query user { where = $db.user.role == "user", sort = {name: "desc"}, return = {type: "single"}, output = ["name"] } as $single
            db.query user { where = $db.user.role == "user", return = {type: "count"} } as $count
            db.query user { where = $db.user.role == "owner", return = {type: "exists"} } as $exists
            db.query user { sort = {age: "asc"}, output = ["name", "age"], return = {type: "list", paging: {page: 9, per_page: 2, totals: true}} } as $beyond
            var $out { value = {page: $page, single: $single, count: $count, exists: $exists, beyond: $beyond} }
            """);

        Assert.Equal(
            """{"page":{"items":[{"id":2}],"itemsReceived":1,"curPage":2,"nextPage":3,"prevPage":1,"offset":1,"perPage":1,"itemsTotal":4,"pageTotal":4},"single":{"name":"Cy"},"count":2,"exists":false,"beyond":{"items":[],"itemsReceived":0,"curPage":9,"nextPage":null,"prevPage":8,"offset":16,"perPage":2,"itemsTotal":4,"pageTotal":2}}""",
            result);
    }

    [Fact]
    public async Task Query_SortNullsFirstAscendingLastDescending()
    {
        await GivenSeededUsersAsync();

        var result = await RunOkAsync("""
            db.query user { sort = {age: "asc"}, output = ["name"] } as $up
            db.query user { sort = {age: "desc"}, output = ["name"] } as $down
            db.query user { sort = {active: "asc", name: "desc"}, output = ["name"] } as $two
            var $out { value = [$up, $down, $two] }
            """);

        Assert.Equal("""[[{"name":"Cy"},{"name":"Bob"},{"name":"Ada"},{"name":"Dee"}],[{"name":"Dee"},{"name":"Ada"},{"name":"Bob"},{"name":"Cy"}],[{"name":"Bob"},{"name":"Dee"},{"name":"Cy"},{"name":"Ada"}]]""", result);
    }

    [Fact]
    public async Task Bulk_AddUpdatePatchDelete_CountsAndRecords()
    {
        await GivenSeededUsersAsync();

        var result = await RunOkAsync("""
            db.bulk.update user { items = [{id: 1, role: "guest"}, {id: 3, age: 19}, {id: 99, role: "guest"}] } as $updated
            db.bulk.patch user { items = [{id: 2, active: true}] } as $patched
            db.bulk.delete user { where = $db.user.role == "guest" } as $deleted
            db.query user { output = ["id", "age", "active"] } as $left
            var $out { value = {updated: $updated, patched: $patched, deleted: $deleted, left: $left} }
            """);

        Assert.Equal("""{"updated":2,"patched":1,"deleted":2,"left":[{"id":2,"age":25,"active":true},{"id":3,"age":19,"active":true}]}""", result);
    }

    [Fact]
    public async Task Transaction_ErrorRollsBackEveryWrite()
    {
        await GivenSeededUsersAsync();

        var result = await RunOkAsync("""
            try_catch {
              try {
                db.transaction {
                  stack {
                    db.edit user { field_value = 1, data = {age: 99} } as $ada
                    db.add user { data = {name: "Eve"} } as $eve
                    db.del user { field_value = 2 }
                    throw { name = "Abort" value = "not today" }
                  }
                }
              }
              catch {
                debug.log { value = "rolled back" }
              }
            }
            db.get user { field_value = 1, output = ["age"] } as $ada
            db.query user { return = {type: "count"} } as $count
            db.add user { data = {name: "Next"} } as $next
            var $out { value = [$ada, $count, $next.id] }
            """);

        Assert.Equal("""[{"age":36},4,5]""", result);
    }

    [Fact]
    public async Task Transaction_Commits()
    {
        await GivenSeededUsersAsync();

        var result = await RunOkAsync("""
            db.transaction {
              stack {
                db.add user { data = {name: "Eve"} } as $eve
                db.del user { field_value = 2 }
              }
            }
            db.query user { output = ["name"] } as $out
            """);

        Assert.Equal("""[{"name":"Ada"},{"name":"Cy"},{"name":"Dee"},{"name":"Eve"}]""", result);
    }

    [Fact]
    public async Task Schema_ListsFieldsWithTypes()
    {
        await GivenUsersAsync();

        var result = await RunOkAsync("""
            db.schema user { path = "tags" } as $tags
            db.schema user as $fields
            var $out { value = [$tags, $fields|count] }
            """);

        Assert.Equal("""[{"name":"tags","type":"text[]"},12]""", result);
    }

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
        var acmeLive = await _acme.DatasourceIdAsync("live");
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

    [Theory]
    [InlineData("""db.add user { data = {name: "X", age: "old"} } as $r""", "The field 'age' of table 'user' expects an integer; found the text \"old\".")]
    [InlineData("""db.add user { data = {name: "X", shoe: 42} } as $r""", "The table 'user' has no field 'shoe'; its fields are id, created_at, name, email, age, role, score, active, last_login, tags, meta, secret.")]
    [InlineData("""db.add user { data = {name: "X", role: "root"} } as $r""", "The field 'role' of table 'user' expects one of \"admin\", \"user\", \"guest\"; found the text \"root\".")]
    [InlineData("""db.add user { data = {name: "X", email: "not-an-email"} } as $r""", "The field 'email' of table 'user' expects an e-mail address; found the text \"not-an-email\".")]
    [InlineData("""db.add user { data = {age: 3} } as $r""", "The field 'name' of table 'user' is required; the record has no value for it.")]
    [InlineData("""db.add user { data = {name: "X", last_login: "yesterday"} } as $r""", "The field 'last_login' of table 'user' expects a timestamp (epoch milliseconds, ISO 8601 text or \"now\"); found the text \"yesterday\".")]
    [InlineData("""db.add user { data = {name: "X", tags: "a"} } as $r""", "The field 'tags' of table 'user' expects a list of text values; found the text \"a\".")]
    public async Task Add_BadValue_ErrorNamesTableFieldAndValue(string statement, string message)
    {
        await GivenUsersAsync();

        Assert.Equal(message, await RunErrorAsync(statement));
        Assert.Equal("0", await RunOkAsync("""db.query user { return = {type: "count"} } as $count"""));
    }

    [Fact]
    public async Task Add_UniqueValueTaken_ErrorNamesField()
    {
        await GivenSeededUsersAsync();

        var message = await RunErrorAsync("""db.add user { data = {name: "Ada2", email: "ada@example.com"} } as $r""");

        Assert.Equal("The table 'user' already has a record with that value of its unique field 'email'.", message);
    }

    [Fact]
    public async Task Add_Password_StoredHashedAndVerifiable()
    {
        await GivenUsersAsync();

        var stored = await RunOkAsync("""
            db.add user { data = {name: "P", secret: "hunter2"} } as $p
            db.edit user { field_value = $p.id, data = {name: "Q"} } as $q
            var $out { value = [$p.secret, $q.secret] }
            """);

        var hashes = (JsonValues.Parse(stored)).AsArray.Select(v => v.AsText).ToList();
        Assert.StartsWith("pbkdf2-sha256$1000$", hashes[0]);
        Assert.Equal(hashes[0], hashes[1]);
        Assert.True(Fast.Verify("hunter2", hashes[0]));
        Assert.False(Fast.Verify("hunter3", hashes[0]));
        await using var db = Database.CreateDbContext();
        Assert.DoesNotContain("hunter2", (await db.Records.SingleAsync()).Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_TimestampAcceptsEpochIsoAndNow()
    {
        await GivenUsersAsync();

        var result = await RunOkAsync("""
            db.bulk.add user { items = [{name: "a", last_login: 1736937000000}, {name: "b", last_login: "2025-01-15 10:30:00"}, {name: "c", last_login: "now"}] } as $rows
            var $out { value = $rows|map:$$.last_login }
            """);

        Assert.Equal("[2025-01-15T10:30:00.000Z,2025-01-15T10:30:00.000Z,2026-03-14T15:09:26.000Z]", result);
    }
}

public sealed class SqliteRecordStoreTests : RecordStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordStoreTests(PostgresServer server) : RecordStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
