using System.Runtime.CompilerServices;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using static Platform.Data.Tests.Records.RecordWorkspace;

namespace Platform.Data.Tests.Records;

/// <summary>The documentation's daily sales report task on seeded payment_transactions, per datasource.</summary>
public abstract class DailySalesReportTests : DatabaseTests
{
    private const long ReportNow = 1736937000000;    // 2025-01-15T10:30:00Z
    private const long DayAgo = 1736850600000; // 2025-01-14T10:30:00Z
    private const long Hour = 3_600_000;

    private RecordWorkspace _acme = null!;

    private async Task GivenPaymentsAsync()
    {
        Clock.Now = DateTimeOffset.FromUnixTimeMilliseconds(ReportNow);
        _acme = await CreateAsync(Database, Clock, await CreateUserAsync("ada"), "Acme");
        await _acme.AddTableAsync("payment_transactions",
            Field("amount", FieldType.Decimal),
            Field("transaction_date", FieldType.Timestamp, indexed: true));
        await _acme.AddTableAsync("reports",
            Field("report_type", FieldType.Text),
            Field("report_date", FieldType.Timestamp),
            Field("total_sales", FieldType.Decimal),
            Field("transaction_count", FieldType.Int));
        await SeedAsync("live", (19.75, ReportNow - Hour), (5.25, DayAgo), (100, DayAgo - 1000), (42.5, DayAgo - 24 * Hour), (30, ReportNow - 60_000));
        await SeedAsync("test", (1.5, ReportNow - Hour));
    }

    private async Task SeedAsync(string datasource, params (double Amount, long Date)[] payments)
    {
        var store = await _acme.StoreAsync(datasource);
        await store.BulkAddAsync("payment_transactions", [.. payments.Select(p => XsObject.Create(
            [new("amount", XsValue.Decimal(p.Amount)), new("transaction_date", XsValue.Int(p.Date))]))], false, CancellationToken.None);
    }

    private async Task<IReadOnlyList<XsObject>> ReportsAsync(string datasource) =>
        (await (await _acme.StoreAsync(datasource)).QueryAsync(new RecordQuery("reports", null, [], null, null, 100), CancellationToken.None)).Records;

    [Fact]
    public async Task DailySalesReport_OnLive_WritesTheLastDaysCountAndSum()
    {
        await GivenPaymentsAsync();

        var run = await _acme.RunAsync(await ExampleAsync(), "live");

        Assert.True(run.Status == RunStatus.Succeeded, run.Failure?.Error.Message);
        var report = Assert.Single(await ReportsAsync("live"));
        Assert.Equal("daily_sales", report.Get("report_type").AsText);
        Assert.Equal(XsValue.Timestamp(ReportNow), report.Get("report_date"));
        Assert.Equal(3, report.Get("transaction_count").AsInt);
        Assert.Equal(55.0, report.Get("total_sales").AsDecimal);
        Assert.Empty(await ReportsAsync("test"));
    }

    [Fact]
    public async Task DailySalesReport_OnTest_TouchesOnlyTestData()
    {
        await GivenPaymentsAsync();

        var run = await _acme.RunAsync(await ExampleAsync(), "test");

        Assert.True(run.Status == RunStatus.Succeeded, run.Failure?.Error.Message);
        var report = Assert.Single(await ReportsAsync("test"));
        Assert.Equal(1, report.Get("transaction_count").AsInt);
        Assert.Equal(1.5, report.Get("total_sales").AsDecimal);
        Assert.Empty(await ReportsAsync("live"));
    }

    /// <summary>
    /// The same task with its window written as arithmetic, so the store's part runs before the runtime has
    /// transform_timestamp (the two tests above take over then).
    /// </summary>
    [Fact]
    public async Task DailySalesReport_WindowAsArithmetic_LiveAndTestEachGetTheirOwnReport()
    {
        await GivenPaymentsAsync();
        var script = (await ExampleAsync()).Replace("(now|transform_timestamp:\"24 hours ago\":\"UTC\")", "(now - 86400000)", StringComparison.Ordinal);

        var live = await _acme.RunAsync(script, "live");
        var test = await _acme.RunAsync(script, "test");

        Assert.True(live.Failure is null && test.Failure is null, live.Failure?.Error.Message ?? test.Failure?.Error.Message);
        var liveReport = Assert.Single(await ReportsAsync("live"));
        Assert.Equal(XsValue.Timestamp(ReportNow), liveReport.Get("report_date"));
        Assert.Equal((3L, 55.0), (liveReport.Get("transaction_count").AsInt, liveReport.Get("total_sales").AsDecimal));
        var testReport = Assert.Single(await ReportsAsync("test"));
        Assert.Equal((1L, 1.5), (testReport.Get("transaction_count").AsInt, testReport.Get("total_sales").AsDecimal));
    }

    private static Task<string> ExampleAsync([CallerFilePath] string path = "") => File.ReadAllTextAsync(Path.Combine(
        Path.GetDirectoryName(path)!, "..", "..", "Platform.Engine.Tests", "Language", "TestFiles", "001-examples", "001-daily-sales-report.xs"));
}

public sealed class SqliteDailySalesReportTests : DailySalesReportTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDailySalesReportTests(PostgresServer server) : DailySalesReportTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
