using Microsoft.EntityFrameworkCore;
using Platform.Data.Providers;
using Platform.Data.Records;
using Platform.Data.Records.Sql;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using static Platform.Data.Tests.Records.RecordWorkspace;

namespace Platform.Data.Tests.Records;

/// <summary>Query filters, operators beyond the golden cases, and the indexes the translated SQL uses.</summary>
public abstract class RecordQueryTests : DatabaseTests
{
    private RecordWorkspace _acme = null!;
    private WorkspaceTable _orders = null!;

    private async Task GivenOrdersAsync()
    {
        _acme = await CreateAsync(Database, Clock, await CreateUserAsync("ada"), "Acme");
        _orders = await _acme.AddTableAsync("orders",
            Field("customer", FieldType.Text, indexed: true),
            Field("total", FieldType.Decimal, indexed: true),
            Field("paid_at", FieldType.Timestamp, indexed: true),
            Field("status", FieldType.Text),
            Field("lines", FieldType.Json));
        var store = await _acme.StoreAsync();
        await store.BulkAddAsync("orders", [
            Order("Ada Lovelace", 120.5, "2025-01-14T09:00:00Z", "paid", "[1,2,3]"),
            Order("bob", 80, "2025-01-10T23:30:00Z", null, "[1]"),
            Order("  Cy  ", 15.25, "2024-12-31T12:00:00Z", "refunded", "[]"),
            Order("Dee", 300, null, "open", "[5,5]"),
        ], false, CancellationToken.None);
    }

    private static XsObject Order(string customer, double total, string? paidAt, string? status, string lines) => XsObject.Create(
    [
        new("customer", XsValue.Text(customer)),
        new("total", XsValue.Decimal(total)),
        new("paid_at", paidAt is null ? XsValue.Null : XsValue.Text(paidAt)),
        new("status", XsValue.Text(status)),
        new("lines", JsonValues.Parse(lines)),
    ]);

    private async Task<string> NamesAsync(string where)
    {
        var script = $"task t {{\n  stack {{\n    db.query orders {{ where = {where}, output = [\"customer\"] }} as $rows\n  }}\n  response = $rows|map:$$.customer\n}}";
        var result = await _acme.RunAsync(script);
        Assert.True(result.Failure is null, result.Failure?.Error.Message);
        return ValueDisplay.Format(result.Result);
    }

    [Theory]
    [InlineData("""$db.orders.customer|to_lower == "bob" """, """["bob"]""")]
    [InlineData("""$db.orders.customer|to_upper == "DEE" """, """["Dee"]""")]
    [InlineData("""$db.orders.customer|trim == "Cy" """, """["  Cy  "]""")]
    [InlineData(""" "none" == $db.orders.status|coalesce:"none" """, """["bob"]""")]
    [InlineData("""$db.orders.lines|length >= 2 """, """["Ada Lovelace","Dee"]""")]
    [InlineData("""200 < $db.orders.total|mul:2""", """["Ada Lovelace","Dee"]""")]
    [InlineData("""16 == $db.orders.total|add:0.75""", """["  Cy  "]""")]
    [InlineData("""$db.orders.paid_at|timestamp_year == 2024 """, """["  Cy  "]""")]
    [InlineData("""$db.orders.paid_at|timestamp_month == 1 && $db.orders.paid_at|timestamp_day_of_month == 14 """, """["Ada Lovelace"]""")]
    [InlineData("""$db.orders.paid_at|timestamp_hour == 23 """, """["bob"]""")]
    [InlineData("""now < $db.orders.paid_at|timestamp_add_days:3""", """["Ada Lovelace"]""")]
    [InlineData(""" "2024-12-31T11:30:00Z" > $db.orders.paid_at|timestamp_subtract_hours:1""", """["  Cy  "]""")]
    [InlineData("""$db.orders.paid_at|timestamp_epoch_day == 20102 """, """["Ada Lovelace"]""")]
    public async Task ColumnFilters_ComputedInSql(string where, string names)
    {
        await GivenOrdersAsync();
        Clock.Now = new DateTimeOffset(2025, 1, 15, 10, 30, 0, TimeSpan.Zero);

        Assert.Equal(names, await NamesAsync(where));
    }

    [Theory]
    [InlineData("""$db.orders.total between 80:120.5""", """["Ada Lovelace","bob"]""")]
    [InlineData("""$db.orders.total not between 80:120.5""", """["  Cy  ","Dee"]""")]
    [InlineData("""$db.orders.paid_at >= "2025-01-10" """, """["Ada Lovelace","bob"]""")]
    [InlineData("""$db.orders.total in ["80", 300]""", """["bob","Dee"]""")]
    [InlineData("""$db.orders.status not in ["paid"]""", """["  Cy  ","Dee"]""")]
    [InlineData("""!($db.orders.status == "paid")""", """["bob","  Cy  ","Dee"]""")]
    [InlineData("""$db.orders.customer ~ "/^ada/i" """, """["Ada Lovelace"]""")]
    [InlineData("""$db.orders.lines contains 5""", """["Dee"]""")]
    [InlineData("""$db.orders.lines overlaps [3, 4]""", """["Ada Lovelace"]""")]
    [InlineData("""($db.orders.total > 100 || $db.orders.status == "refunded") && $db.orders.customer != "Dee" """, """["Ada Lovelace","  Cy  "]""")]
    [InlineData("""$db.orders.total == "lots" """, """[]""")]
    [InlineData("""$db.orders.total != "lots" """, """["Ada Lovelace","bob","  Cy  ","Dee"]""")]
    public async Task Operators_MatchInMemorySemantics(string where, string names)
    {
        await GivenOrdersAsync();

        Assert.Equal(names, await NamesAsync(where));
    }

    [Fact]
    public async Task UnknownFilter_ClearError()
    {
        await GivenOrdersAsync();

        var result = await _acme.RunAsync("task t {\n  stack {\n    db.query orders { where = $db.orders.customer|cosine_distance:[1] > 0 } as $rows\n  }\n  response = $rows\n}");

        Assert.Equal("The query filter 'cosine_distance' on $db.orders.customer cannot be computed in the database.", result.Failure?.Error.Message);
    }

    [Fact]
    public async Task UnknownField_ClearError()
    {
        await GivenOrdersAsync();

        var result = await _acme.RunAsync("task t {\n  stack {\n    db.query orders { where = $db.orders.price > 0 } as $rows\n  }\n  response = $rows\n}");

        Assert.Equal("The table 'orders' has no field 'price'; its fields are id, created_at, customer, total, paid_at, status, lines.", result.Failure?.Error.Message);
    }

    // Equality: a partial index has no statistics of its own, so for a wide range ordered by id the planner may
    // rightly walk the primary key instead; equality is where the expression index must be chosen.
    [Theory]
    [InlineData("customer", QueryOperator.Equal, "bob")]
    [InlineData("total", QueryOperator.Equal, 80)]
    [InlineData("paid_at", QueryOperator.Equal, 1736551800000)]
    public async Task IndexedField_QueryUsesItsExpressionIndex(string field, QueryOperator op, object value)
    {
        await GivenOrdersAsync();
        await GivenManyOrdersAsync();
        var xs = value is string text ? XsValue.Text(text) : XsValue.Int(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
        var where = new ComparisonCondition(new ColumnOperand("orders", field, []), op, new ValueOperand(xs));
        var index = RecordIndexes.NameOf(_orders.Id, _orders.Fields.Single(f => f.Name == field));
        var datasource = await _acme.DatasourceIdAsync("live");

        var plan = await ExplainAsync(where, datasource);

        Assert.True(plan.Contains(index, StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task IndexSync_KeepsUnchangedRebuildsChangedDropsUnwanted()
    {
        await GivenOrdersAsync();
        await using var db = Database.CreateDbContext();
        var dialect = RecordSession.DialectOf(db);
        var table = await db.Tables.SingleAsync(t => t.Id == _orders.Id);
        var before = await RecordIndexes.ExistingAsync(db, dialect, table.Id, CancellationToken.None);
        table.Fields.Single(f => f.Name == "customer").Name = "buyer";
        table.Fields.Single(f => f.Name == "total").IsIndexed = false;
        table.Fields.Single(f => f.Name == "status").IsUnique = true;
        await db.SaveChangesAsync();

        await RecordIndexes.SyncAsync(db, table, CancellationToken.None);

        var after = await RecordIndexes.ExistingAsync(db, dialect, table.Id, CancellationToken.None);
        var expected = table.Fields.Where(f => f.IsIndexed || f.IsUnique).Select(f => RecordIndexes.NameOf(table.Id, f)).Order().ToList();
        Assert.Equal(expected, after.Order().ToList());
        Assert.Contains(RecordIndexes.NameOf(table.Id, table.Fields.Single(f => f.Name == "paid_at")), before);
        Assert.Equal(3, before.Count);
    }

    // Enough rows, with statistics, for the planner to prefer a selective index over the primary key.
    private async Task GivenManyOrdersAsync()
    {
        var store = await _acme.StoreAsync();
        await store.BulkAddAsync("orders", [.. Enumerable.Range(0, 3000).Select(i => Order($"filler {i}", i % 50, (1_700_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "open", "[]"))], false, CancellationToken.None);
        await using var db = Database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private async Task<string> ExplainAsync(QueryCondition where, int datasource)
    {
        await using var db = Database.CreateDbContext();
        var dialect = RecordSession.DialectOf(db);
        var table = new TableSchema(_orders);
        var select = new RecordSql(dialect, table, datasource).Select(where, [], 0, 51, null, totals: false);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        if (Database.Provider == DatabaseProvider.Postgres)
        {
            // Four rows: without this the planner rightly prefers reading the table.
            await using var off = connection.CreateCommand();
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }
        var explain = new SqlStatement().Append(Database.Provider == DatabaseProvider.Postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ");
        await using var command = select.CreateCommand(connection, null);
        command.CommandText = explain.Text + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
            lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString() ?? "");
        return string.Join("\n", lines);
    }
}

public sealed class SqliteRecordQueryTests : RecordQueryTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordQueryTests(PostgresServer server) : RecordQueryTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
