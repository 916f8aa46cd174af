using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.InMemory;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Time;
using Platform.Tests.Shared;

namespace Platform.Engine.Tests.Runtime.Statements;

/// <summary>What golden files cannot show: counters, limits, missing ports and the run's starting datasource.</summary>
public sealed class DatabaseStatementTests
{
    private const string Seed = """{"item": [{"n": 1}, {"n": 2}, {"n": 3}, {"n": 4}]}""";

    [Fact]
    public async Task EveryStoreCall_CountsAsADatabaseCall()
    {
        var run = await RunAsync("""
            db.get item { field_value = 1 } as $one
            db.has item { field_value = 9 } as $nine
            db.query item { return = {type: "count"} } as $count
            db.add item { data = {n: 5} } as $five
            db.del item { field_value = 5 }
            var $not_a_call { value = 1 }
            """);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(5, run.Counters.DatabaseCalls);
    }

    [Fact]
    public async Task Query_MoreRecordsThanTheLimit_StopsTheRun()
    {
        var run = await RunAsync("db.query item as $all", RecordsPerQuery(3));

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("records_per_query", run.Failure!.Limit);
        Assert.Equal("A query asked for more than 3 records, the limit for one query.", run.Failure.Error.Message);
    }

    [Fact]
    public async Task Query_AtTheLimit_AndPagesWithinIt_AreFine()
    {
        var atLimit = await RunAsync("db.query item as $all\nreturn { value = $all }", RecordsPerQuery(4));
        var paged = await RunAsync("""
            db.query item { return = {type: "list", paging: {page: 2, per_page: 2}} } as $page
            return { value = $page.itemsReceived }
            """, RecordsPerQuery(2));
        var tooBigPage = await RunAsync("""db.query item { return = {type: "list", paging: {per_page: 3}} } as $page""", RecordsPerQuery(2));

        Assert.Equal(4, atLimit.Result.AsArray.Count);
        Assert.Equal(2, paged.Result.AsInt);
        Assert.Equal("records_per_query", tooBigPage.Failure!.Limit);
    }

    [Fact]
    public async Task Transaction_StoppedByALimit_StillRollsBack()
    {
        var store = InMemoryRecordStore.FromJson(Seed, new ManualClock(TestRuns.Now));
        var environment = RecordsPerQuery(3) with { Records = store };

        var run = await RunAsync("""
            db.transaction {
              stack {
                db.add item { data = {n: 5} } as $five
                db.query item as $all
              }
            }
            """, environment);

        Assert.Equal("records_per_query", run.Failure!.Limit);
        Assert.Equal(4, store.Snapshot()["item"].Count);
    }

    [Fact]
    public async Task NoDatabase_IsAClearError()
    {
        var run = await TestRuns.RunAsync("task t {\n  stack {\n    db.query item as $all\n  }\n}\n");
        var transaction = await TestRuns.RunAsync("task t {\n  stack {\n    db.transaction {\n      stack {\n        var $x { value = 1 }\n      }\n    }\n  }\n}\n");

        Assert.Equal("db.query: this run has no database.", run.Failure!.Error.Message);
        Assert.Equal("db.transaction: this run has no database.", transaction.Failure!.Error.Message);
    }

    [Fact]
    public async Task Run_StartsOnItsDatasource_WhateverTheStoreWasMadeFor()
    {
        var store = InMemoryRecordStore.FromJson(Seed, new ManualClock(TestRuns.Now), datasource: "test");
        var environment = TestRuns.Environment() with { Records = store.ForDatasource("live"), Datasource = "test" };

        var run = await RunAsync("""
            db.query item { return = {type: "count"} } as $count
            return { value = [$count, $env.$datasource] }
            """, environment);

        Assert.Equal("[4,\"test\"]", Platform.Engine.Runtime.Values.JsonValues.Serialize(run.Result));
    }

    private static RunEnvironment RecordsPerQuery(int limit) =>
        TestRuns.Environment() with { Limits = RunLimits.Default with { RecordsPerQuery = limit, WallTime = TimeSpan.FromSeconds(30) } };

    private static Task<RunResult> RunAsync(string statements, RunEnvironment? environment = null)
    {
        environment ??= TestRuns.Environment();
        if (environment.Records is null)
            environment = environment with { Records = InMemoryRecordStore.FromJson(Seed, new ManualClock(TestRuns.Now)) };
        return TestRuns.RunAsync($"task t {{\n  stack {{\n{statements}\n  }}\n}}\n", environment);
    }
}
