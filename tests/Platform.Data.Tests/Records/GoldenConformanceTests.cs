using System.Runtime.CompilerServices;
using System.Text;
using Platform.Data.Records;
using Platform.Engine.Language.Text;
using Platform.Engine.Language;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.InMemory;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using Xunit.Abstractions;

namespace Platform.Data.Tests.Records;

/// <summary>
/// The engine's golden database cases (tests/Platform.Engine.Tests/Runtime/TestFiles/200-database) run on the SQL
/// store, compared with the same .out files. Tables are created from the seed and the in-memory run's final records
/// (see <see cref="GoldenSchema"/>). The cases that differ by design are listed with the reason.
/// </summary>
public abstract class GoldenConformanceTests(ITestOutputHelper output) : DatabaseTests
{
    private static readonly DateTimeOffset GoldenNow = new(2025, 1, 15, 10, 30, 0, TimeSpan.Zero);

    /// <summary>Cases whose output differs on a store with declared tables, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Differences = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["039-query-unknown-table.xs"] = "The message names the workspace, not the datasource: tables are declared per workspace.",
        ["057-no-table-until-written.xs"] = "The message names the workspace, not the datasource: tables are declared per workspace.",
        ["068-query-join-unknown-table.xs"] = "The message names the workspace, not the datasource: tables are declared per workspace.",
        ["003-add-ignores-given-id.xs"] = "created_at is the store's timestamp field: a given 0 comes back as the timestamp 1970-01-01, not the int 0.",
        ["008-edit.xs"] = "Records of a declared table hold every field: a field a record never had reads as null.",
        ["015-truncate-keeps-ids.xs"] = "Records of a declared table hold every field: a field a record never had reads as null.",
        ["016-truncate-reset.xs"] = "Records of a declared table hold every field: a field a record never had reads as null.",
        ["044-transaction-commits.xs"] = "Records of a declared table hold every field: a field a record never had reads as null.",
        ["058-transaction-return-commits.xs"] = "Records of a declared table hold every field: a field a record never had reads as null.",
    };

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateFiles(CasesDirectory(), "*.xs").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GoldenCase_OnSqlStore_SameOutputAsInMemory(string name)
    {
        var path = Path.Combine(CasesDirectory(), name);
        var script = await File.ReadAllTextAsync(path);
        var expected = await File.ReadAllTextAsync(Path.ChangeExtension(path, ".out"));

        var actual = await RunOnSqlAsync(path, script);

        if (Differences.TryGetValue(name, out var reason))
        {
            output.WriteLine($"Known difference: {reason}\n--- expected\n{expected}--- actual\n{actual}");
            Assert.NotEqual(expected, actual); // a case that now matches leaves the list
            return;
        }
        Assert.Equal(expected, actual);
    }

    private async Task<string> RunOnSqlAsync(string path, string script)
    {
        var seedPath = Path.ChangeExtension(path, ".data.json");
        var seed = File.Exists(seedPath) ? await File.ReadAllTextAsync(seedPath) : null;
        var clock = new ManualClock(GoldenNow);
        var memory = seed is null ? new InMemoryRecordStore(clock) : InMemoryRecordStore.FromJson(seed, clock);
        var seedTables = memory.Snapshot();
        await ScriptRunner.RunAsync(XanoScriptParser.Parse(script), Environment(memory, clock));
        var liveAfter = memory.Snapshot();
        var testAfter = memory.ForDatasource("test").Snapshot();

        var workspace = await RecordWorkspace.CreateAsync(Database, clock, await CreateUserAsync("golden"), "Golden");
        await workspace.AddDatasourceAsync("staging");
        var schema = GoldenSchema.Infer(seedTables.Concat(liveAfter).Concat(testAfter).Select(t => (t.Key, t.Value.AsEnumerable())));
        foreach (var (table, fields) in schema)
            await workspace.AddTableAsync(table, [.. fields]);
        var store = await workspace.StoreAsync();
        foreach (var (table, records) in seedTables)
            await store.BulkAddAsync(table, [.. records.Select(r => r.Set("created_at", XsValue.Int(r.Get("created_at").AsInt)))], allowIdField: true, CancellationToken.None);

        var result = await ScriptRunner.RunAsync(XanoScriptParser.Parse(script), Environment(await workspace.StoreAsync(), clock));
        var report = new StringBuilder(Render(result, script));
        if (seed is not null)
        {
            foreach (var table in liveAfter.Keys.Order(StringComparer.Ordinal))
            {
                report.Append("table ").Append(table).Append(":\n");
                var page = await store.QueryAsync(new RecordQuery(table, null, [new SortKey("id", SortDirection.Ascending)], null, null, int.MaxValue - 1), CancellationToken.None);
                foreach (var record in page.Records)
                    report.Append("  ").Append(ValueDisplay.Format(XsValue.Object(record), 2_000)).Append('\n');
            }
        }
        return report.ToString();
    }

    private static RunEnvironment Environment(IRecordStore records, TimeProvider clock) => new()
    {
        Records = records,
        Clock = clock,
        Random = new Random(42),
        Limits = RunLimits.Default with { WallTime = TimeSpan.FromSeconds(30) },
        Variables = new Dictionary<string, string> { ["API_KEY"] = "test-key", ["REGION"] = "eu" },
    };

    // The status, log and result lines of the engine's RunReport (tests/Platform.Engine.Tests/Runtime/RunReport.cs).
    private static string Render(RunResult result, string script)
    {
        var text = new SourceText(script);
        string Position(SourceSpan span) => text.GetLinePosition(span.Start) is var p ? $"{p.Line}:{p.Column}" : "";
        var builder = new StringBuilder();
        builder.Append("status: ").Append(result.Status.ToString().ToLowerInvariant()).Append('\n');
        foreach (var entry in result.Log)
            builder.Append("log ").Append(Position(entry.Span)).Append(": ").Append(ValueDisplay.Format(entry.Value, 2_000)).Append('\n');
        if (result.Failure is { } failure)
        {
            builder.Append("error ").Append(failure.Span is { } span ? Position(span) : "-").Append(": ").Append(failure.Error.Code);
            if (failure.Error.Name is not null)
                builder.Append(" (").Append(failure.Error.Name).Append(')');
            builder.Append(' ').Append(failure.Error.Message).Append('\n');
            if (!failure.Error.Payload.IsNull)
                builder.Append("payload: ").Append(ValueDisplay.Format(failure.Error.Payload, 2_000)).Append('\n');
        }
        else
        {
            builder.Append("result: ").Append(ValueDisplay.Format(result.Result, 10_000)).Append('\n');
        }
        return builder.ToString();
    }

    private static string CasesDirectory([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "Platform.Engine.Tests", "Runtime", "TestFiles", "200-database"));
}

public sealed class SqliteGoldenConformanceTests(ITestOutputHelper output) : GoldenConformanceTests(output)
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresGoldenConformanceTests(PostgresServer server, ITestOutputHelper output) : GoldenConformanceTests(output)
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
