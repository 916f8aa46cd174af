using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.InMemory;
using Platform.Engine.Runtime.Mail;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Runtime.Values;
using Platform.Engine.Tasks;
using Platform.Engine.Tests.Golden;
using Platform.Tests.Shared;

namespace Platform.Engine.Tests.Runtime.Examples;

/// <summary>
/// The three example tasks of the product documentation (kept in the language corpus, 001-examples), run end to end
/// against an in-memory database and a recording mailer at the fixed test time, 2025-01-15 10:30 UTC.
/// </summary>
public sealed class ExampleTaskTests
{
    // Epoch milliseconds around the test's now.
    private const long Now = 1736937000000;            // 2025-01-15T10:30:00Z
    private const long DayAgo = 1736850600000;         // 2025-01-14T10:30:00Z
    private const long MonthAgo = 1734258600000;       // 2024-12-15T10:30:00Z
    private const long Hour = 3_600_000;

    [Fact]
    public async Task DailySalesReport_InsertsOneReportWithTheLastDaysCountAndSum()
    {
        var seed = $$"""
            {"payment_transactions": [
              {"amount": 19.75, "transaction_date": {{Now - Hour}}},
              {"amount": 5.25, "transaction_date": {{DayAgo}}},
              {"amount": 100, "transaction_date": {{DayAgo - 1000}}},
              {"amount": 42.5, "transaction_date": {{DayAgo - 24 * Hour}}},
              {"amount": 30, "transaction_date": {{Now - 60_000}}}
            ]}
            """;
        var (run, store, mail) = await RunExampleAsync("001-daily-sales-report.xs", seed);

        Assert.True(run.Status == RunStatus.Succeeded, run.Failure?.Error.Message);
        var report = Assert.Single(store.Snapshot()["reports"]);
        Assert.Equal("daily_sales", report.Get("report_type").AsText);
        Assert.Equal(Now, report.Get("report_date").AsInt);
        Assert.Equal(3, report.Get("transaction_count").AsInt);
        Assert.Equal(55.0, report.Get("total_sales").ToDouble());
        Assert.Equal(5, store.Snapshot()["payment_transactions"].Count);
        Assert.Equal("Daily sales report generated", Assert.Single(run.Log).Value.AsText);
        Assert.Empty(mail.Messages);
    }

    [Fact]
    public async Task ReengageUsers_EmailsEachInactiveUserOfTheTestDatasourceOnce()
    {
        var seed = $$"""
            {"user": [
              {"email": "ann@example.com", "last_login": {{MonthAgo - 40 * 24 * Hour}}},
              {"email": "ben@example.com", "last_login": {{Now - 24 * Hour}}},
              {"email": "cat@example.com", "last_login": {{MonthAgo}}},
              {"email": "dan@example.com", "last_login": {{MonthAgo + 1000}}},
              {"email": "eve@example.com", "last_login": null}
            ]}
            """;
        var (run, store, mail) = await RunExampleAsync("002-reengage-users.xs", seed, liveUsers: """[{"email": "zed@example.com", "last_login": 0}]""");

        Assert.True(run.Status == RunStatus.Succeeded, run.Failure?.Error.Message);
        Assert.Equal(["ann@example.com", "cat@example.com"], mail.Messages.SelectMany(m => m.To));
        Assert.All(mail.Messages, message => Assert.Equal(
            $$"""{"provider":"resend","api_key":"abc123","from":"admin@myapp.com","to":["{{message.To[0]}}"],"cc":[],"bcc":[],"reply_to":null,"subject":"Hey, where'd you go?","message":"We noticed you haven't logged in for a while. Come back and give us another shot?","scheduled_at":null}""",
            JsonValues.Serialize(RunReport.Describe(message))));
        Assert.Equal(2, run.Counters.Requests);
        Assert.Equal(5, store.ForDatasource("test").Snapshot()["user"].Count);
    }

    [Fact]
    public async Task ReengageUsersBasic_OnlyReadsTheInactiveUsers()
    {
        var seed = $$"""
            {"user": [
              {"email": "ann@example.com", "last_login": {{MonthAgo - Hour}}},
              {"email": "ben@example.com", "last_login": {{Now - Hour}}}
            ]}
            """;
        var (run, store, mail) = await RunExampleAsync("003-reengage-users-basic.xs", seed);

        Assert.True(run.Status == RunStatus.Succeeded, run.Failure?.Error.Message);
        Assert.Equal(1, run.Counters.DatabaseCalls);
        var query = Assert.Single(run.Trace, step => step.Kind == "db.query");
        Assert.Contains("ann@example.com", query.Snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("ben@example.com", query.Snapshot, StringComparison.Ordinal);
        Assert.Empty(mail.Messages);
        Assert.Equal(2, store.Snapshot()["user"].Count);
    }

    /// <summary>Runs an example as the scheduler would: on the task's own datasource, seeded there.</summary>
    private static async Task<(RunResult Run, InMemoryRecordStore Store, RecordingMailer Mail)> RunExampleAsync(string file, string seed, string? liveUsers = null)
    {
        var script = await File.ReadAllTextAsync(GoldenCorpus.Language.PathOf("001-examples/" + file));
        var datasource = TaskFacts.Read(script).Datasource ?? "live";
        var clock = new ManualClock(TestRuns.Now);
        var store = InMemoryRecordStore.FromJson(seed, clock, datasource);
        if (liveUsers is not null)
        {
            var users = JsonValues.Parse(liveUsers).AsArray.Select(u => u.AsObject).ToList();
            await store.ForDatasource("live").BulkAddAsync("user", users, allowIdField: false, CancellationToken.None);
        }
        var mail = new RecordingMailer();
        var environment = TestRuns.Environment() with { Clock = clock, Records = store, Mail = mail, Datasource = datasource };
        var run = await TestRuns.RunAsync(script, environment);
        return (run, store, mail);
    }
}
