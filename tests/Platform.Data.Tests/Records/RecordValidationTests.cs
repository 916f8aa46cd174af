using Microsoft.EntityFrameworkCore;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using static Platform.Data.Tests.Records.RecordWorkspace;

namespace Platform.Data.Tests.Records;

/// <summary>Writes checked against the table's fields: type errors named, passwords hashed, timestamps read in every form.</summary>
public abstract class RecordValidationTests : RecordScriptTests
{
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
    public async Task BulkAdd_GivenIdTaken_ErrorAndNothingAdded()
    {
        await GivenSeededUsersAsync();

        var message = await RunErrorAsync("""db.bulk.add user { items = [{id: 9, name: "New"}, {id: 2, name: "Twin"}], allow_id_field = true } as $r""");

        Assert.Equal("The table 'user' already has a record with that id.", message);
        Assert.Equal("4", await RunOkAsync("""db.query user { return = {type: "count"} } as $count"""));
    }

    [Fact]
    public async Task Add_Password_StoredHashedAndVerifiable()
    {
        await GivenUsersAsync();

        var stored = await RunOkAsync("""
            db.add user { data = {name: "P", secret: "hunter2"} } as $p
            db.edit user { field_value = $p.id, data = {name: "Q"} } as $q
            security.check_password { text_password = "hunter2" hash_password = $q.secret } as $right
            security.check_password { text_password = "hunter3" hash_password = $q.secret } as $wrong
            var $out { value = [$p.secret, $q.secret, $right, $wrong] }
            """);

        var values = JsonValues.Parse(stored).AsArray;
        var hashes = values.Take(2).Select(v => v.AsText).ToList();
        Assert.StartsWith("$2y$04$", hashes[0]);
        Assert.Equal([true, false], values.Skip(2).Select(v => v.AsBool));
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

public sealed class SqliteRecordValidationTests : RecordValidationTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordValidationTests(PostgresServer server) : RecordValidationTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
