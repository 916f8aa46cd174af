using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Data.Identity;
using Platform.Data.Model;
using Platform.Data.Providers;
using Platform.Data.Records;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Engine.Language;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;

namespace Platform.Benchmarks;

/// <summary>
/// The SQL record store on PostgreSQL (console mode, <c>-- records-pg [records]</c>): a table of 1,000,000 records;
/// db.query with an indexed equality and a range, sorted, one page of 50, against the same SQL written by hand;
/// and 100,000 records through db.bulk.add.
/// </summary>
public static class RecordsBenchmark
{
    private const int Customers = 1_000;
    private const long Start = 1_735_689_600_000; // 2025-01-01
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(int records)
    {
        await using var cluster = await PostgresCluster.StartAsync("shared_buffers=256MB", "synchronous_commit=off");
        var contexts = new Contexts(PlatformDbContextFactory.Build(new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = await cluster.CreateDatabaseAsync(),
        }));
        var (workspaceId, datasourceId) = await CreateWorkspaceAsync(contexts);
        var events = await CreateTableAsync(contexts, workspaceId, "events");
        await CreateTableAsync(contexts, workspaceId, "bulk_events");
        var store = new SqlRecordStore(contexts, workspaceId, datasourceId, TimeProvider.System);

        var load = Stopwatch.StartNew();
        for (var start = 0; start < records; start += 20_000)
            await store.BulkAddAsync("events", [.. Enumerable.Range(start, Math.Min(20_000, records - start)).Select(Event)], false, CancellationToken.None);
        Print($"records-pg: loaded {records:N0} records (BulkAddAsync, 20,000 per call) in {load.Elapsed.TotalSeconds:N1} s");
        await using (var db = contexts.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE records");

        await QueryVersusHandWrittenAsync(contexts, store, events.Id, datasourceId, records);
        await BulkAddThroughScriptAsync(store);
        return 0;
    }

    private static XsObject Event(int i) => XsObject.Create(
    [
        new("created_at", XsValue.Int(Start + i * 1_000L)),
        new("customer_id", XsValue.Int(i % Customers)),
        new("amount", XsValue.Decimal(i % 997 + 0.5)),
        new("status", XsValue.Text((i % 3) switch { 0 => "paid", 1 => "open", _ => "refunded" })),
        new("note", XsValue.Text($"order {i} of customer {i % Customers}")),
    ]);

    private static async Task QueryVersusHandWrittenAsync(Contexts contexts, SqlRecordStore store, int tableId, int datasourceId, int records)
    {
        const int customer = 42;
        var since = Start + records / 2 * 1_000L; // the newer half: about 500 of the customer's 1,000 records
        var script = XanoScriptParser.Parse("""
            task page {
              stack {
                db.query events {
                  where = $db.events.customer_id == CUSTOMER && $db.events.created_at >= SINCE
                  sort = {created_at: "desc"}
                  return = {type: "list", paging: {page: 1, per_page: 50}}
                } as $page
              }
              response = $page
            }
            """.Replace("CUSTOMER", customer.ToString(Invariant), StringComparison.Ordinal).Replace("SINCE", since.ToString(Invariant), StringComparison.Ordinal));
        var environment = new RunEnvironment { Records = store, Limits = RunLimits.Default };
        await using var source = NpgsqlDataSource.Create(contexts.ConnectionString);
        var where = $"SELECT id, created_at, data FROM records WHERE table_id = {tableId} AND datasource_id = {datasourceId} " +
            "AND ((data ->> 'customer_id')::numeric) = @customer AND created_at >= @since ";
        // How one would write it; and with db.query's ordering (nulls last, ties by id), which also steers the planner.
        var natural = where + "ORDER BY created_at DESC LIMIT 50";
        var sameOrder = where + "ORDER BY created_at DESC NULLS LAST, id LIMIT 50";

        async Task<int> Script()
        {
            var result = await ScriptRunner.RunAsync(script, environment);
            return result.Failure is null ? result.Result.AsObject.Get("items").AsArray.Count : throw new InvalidOperationException(result.Failure.Error.Message);
        }

        // Per query, as a request handler would: a connection from the pool, the statement, the rows read.
        Task<int> Hand() => HandAsync(sameOrder);

        Task<int> HandNatural() => HandAsync(natural);

        async Task<int> HandAsync(string sql)
        {
            await using var on = await source.OpenConnectionAsync();
            await using var command = new NpgsqlCommand(sql, on);
            command.Parameters.AddWithValue("customer", (decimal)customer);
            command.Parameters.AddWithValue("since", since);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                _ = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2));
                rows++;
            }
            return rows;
        }

        var query = new Platform.Engine.Runtime.Ports.RecordQuery("events",
            new Platform.Engine.Runtime.Ports.AllCondition([
                new Platform.Engine.Runtime.Ports.ComparisonCondition(new Platform.Engine.Runtime.Ports.ColumnOperand("events", "customer_id", []), Platform.Engine.Runtime.Ports.QueryOperator.Equal, new Platform.Engine.Runtime.Ports.ValueOperand(XsValue.Int(customer))),
                new Platform.Engine.Runtime.Ports.ComparisonCondition(new Platform.Engine.Runtime.Ports.ColumnOperand("events", "created_at", []), Platform.Engine.Runtime.Ports.QueryOperator.GreaterOrEqual, new Platform.Engine.Runtime.Ports.ValueOperand(XsValue.Int(since))),
            ]),
            [new Platform.Engine.Runtime.Ports.SortKey("created_at", Platform.Engine.Runtime.Ports.SortDirection.Descending)],
            new Platform.Engine.Runtime.Ports.Paging(1, 50, 0, false, true), null, 10_001);

        async Task<int> Store() => (await store.QueryAsync(query, CancellationToken.None)).Records.Count;

        var (scriptRows, handRows, naturalRows) = (await Script(), await Hand(), await HandNatural());
        if (scriptRows != 50 || handRows != 50 || naturalRows != 50)
            throw new InvalidOperationException($"Expected 50 rows from each; db.query gave {scriptRows}, the hand-written SQL {handRows} and {naturalRows}.");
        var scriptTimes = new List<double>();
        var handTimes = new List<double>();
        var storeTimes = new List<double>();
        var naturalTimes = new List<double>();
        for (var round = 0; round < 600; round++)
        {
            var measure = round >= 100;
            scriptTimes.AddIf(measure, await TimeAsync(Script));
            handTimes.AddIf(measure, await TimeAsync(Hand));
            storeTimes.AddIf(measure, await TimeAsync(Store));
        }
        // Apart: this plan reads many more rows, which would cool the cache for whichever query ran next.
        for (var round = 0; round < 200; round++)
            naturalTimes.AddIf(round >= 50, await TimeAsync(HandNatural));
        var (s, h, n) = (Median(scriptTimes), Median(handTimes), Median(naturalTimes));
        Print($"records-pg: db.query through the engine (equality + range, sort, page of 50): median {s:N3} ms, mean {scriptTimes.Average():N3} ms, {scriptTimes.Count} runs");
        Print($"records-pg: the store's QueryAsync alone (no script):                       median {Median(storeTimes):N3} ms");
        Print($"records-pg: by hand, db.query's ordering (NULLS LAST, id):                  median {h:N3} ms");
        Print($"records-pg: by hand, ORDER BY created_at DESC LIMIT 50:                      median {n:N3} ms");
        Print($"records-pg: ratio db.query / fastest hand-written {s / Math.Min(h, n):N2} (target <= 1.3)");
    }

    private static async Task BulkAddThroughScriptAsync(SqlRecordStore store)
    {
        const int count = 100_000;
        var items = XsValue.Array(XsArray.Create(Enumerable.Range(0, count).Select(i => XsValue.Object(Event(i).Remove("created_at")))));
        var script = XanoScriptParser.Parse("""
            task bulk {
              stack {
                db.bulk.add bulk_events { items = $input.items } as $added
              }
              response = $added|count
            }
            """);
        var environment = new RunEnvironment { Records = store, Limits = RunLimits.Default };
        var request = new RunRequest { Input = XsValue.Object(XsObject.Create([new("items", items)])) };
        var watch = Stopwatch.StartNew();
        var result = await ScriptRunner.RunAsync(script, environment, request);
        watch.Stop();
        if (result.Failure is not null || result.Result.AsInt != count)
            throw new InvalidOperationException($"db.bulk.add failed: {result.Failure?.Error.Message ?? ValueDisplay.Format(result.Result)}");
        Print($"records-pg: db.bulk.add of {count:N0} records in {watch.Elapsed.TotalSeconds:N2} s = {count / watch.Elapsed.TotalSeconds:N0} records/s (target >= 20,000)");
    }

    private static async Task<(int WorkspaceId, int DatasourceId)> CreateWorkspaceAsync(Contexts contexts)
    {
        await using var db = contexts.CreateDbContext();
        await db.Database.MigrateAsync();
        var user = new PlatformUser { Id = Guid.NewGuid(), UserName = "bench@example.com", NormalizedUserName = "BENCH@EXAMPLE.COM", DisplayName = "bench", CreatedAt = DateTime.UtcNow, SecurityStamp = "s" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var workspace = await new WorkspaceStore(contexts, TimeProvider.System).CreateAsync(user.Id, "Bench");
        var live = await db.Datasources.Where(d => d.WorkspaceId == workspace.Value!.Id && d.Name == Datasource.Live).SingleAsync();
        return (workspace.Value!.Id, live.Id);
    }

    private static async Task<WorkspaceTable> CreateTableAsync(Contexts contexts, int workspaceId, string name)
    {
        await using var db = contexts.CreateDbContext();
        var table = new WorkspaceTable { WorkspaceId = workspaceId, Name = name, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        table.Fields.Add(new TableField { Name = "customer_id", Type = FieldType.Int, IsIndexed = true, Position = 0 });
        table.Fields.Add(new TableField { Name = "amount", Type = FieldType.Decimal, Position = 1 });
        table.Fields.Add(new TableField { Name = "status", Type = FieldType.Text, Position = 2 });
        table.Fields.Add(new TableField { Name = "note", Type = FieldType.Text, Position = 3 });
        db.Tables.Add(table);
        await db.SaveChangesAsync();
        await RecordIndexes.SyncAsync(db, table, CancellationToken.None);
        return table;
    }

    private static async Task<double> TimeAsync(Func<Task<int>> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static void AddIf(this List<double> list, bool condition, double value)
    {
        if (condition)
            list.Add(value);
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(Invariant));

    private sealed class Contexts(Func<PlatformDbContext> create) : IDbContextFactory<PlatformDbContext>
    {
        public string ConnectionString { get; } = create().Database.GetConnectionString()!;

        public PlatformDbContext CreateDbContext() => create();
    }
}
