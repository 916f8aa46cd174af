using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using static Platform.Data.Tests.Records.RecordWorkspace;

namespace Platform.Data.Tests.Records;

/// <summary>Every db.* statement through the real engine on the SQL record store, with its result shape.</summary>
public abstract class RecordStoreTests : RecordScriptTests
{
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
    public async Task Query_RandomSort_ReturnsEveryRecordOnce()
    {
        await GivenSeededUsersAsync();

        var result = await RunOkAsync("""
            db.query user { sort = {id: "rand"}, output = ["id"] } as $rows
            var $out { value = $rows|map:$$.id|sort }
            """);

        Assert.Equal("[1,2,3,4]", result);
    }

    [Fact]
    public async Task Add_Concurrently_IdsDistinctAndConsecutive()
    {
        await GivenUsersAsync();
        var store = await Acme.StoreAsync();

        var added = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            store.AddAsync("user", XsObject.Create([new("name", XsValue.Text($"u{i}"))]), CancellationToken.None).AsTask()));

        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), added.Select(r => r.Get("id").AsInt).Order());
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
    public async Task Transaction_CaughtStatementErrorInside_OtherWritesStillCommit()
    {
        await GivenSeededUsersAsync();

        var result = await RunOkAsync("""
            db.transaction {
              stack {
                try_catch {
                  try {
                    db.add user { data = {name: "Twin", email: "ada@example.com"} } as $twin
                  }
                  catch {
                    debug.log { value = $error.message }
                  }
                }
                db.add user { data = {name: "Eve", email: "eve@example.com"} } as $eve
              }
            }
            db.query user { output = ["name"] } as $out
            """);

        Assert.Equal("""[{"name":"Ada"},{"name":"Bob"},{"name":"Cy"},{"name":"Dee"},{"name":"Eve"}]""", result);
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
