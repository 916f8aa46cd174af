using Platform.Engine.Language;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Http;
using Platform.Engine.Runtime.InMemory;
using Platform.Engine.Runtime.Mail;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;

namespace Platform.Engine.Tests.Runtime;

/// <summary>Runs scripts and expressions the way every runtime test does: a fixed clock, seeded randomness, generous limits.</summary>
internal static class TestRuns
{
    /// <summary>The instant every test run sees as <c>now</c>: Wednesday 2025-01-15 10:30:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2025, 1, 15, 10, 30, 0, TimeSpan.Zero);

    public const int Seed = 42;

    public static RunEnvironment Environment() => new()
    {
        Clock = new ManualClock(Now),
        Random = new Random(Seed),
        Limits = RunLimits.Default with { WallTime = TimeSpan.FromSeconds(30) },
        Variables = new Dictionary<string, string> { ["API_KEY"] = "test-key", ["REGION"] = "eu" },
    };

    /// <summary>The gateway golden runs use: the default network policy, so only refusals can be tested without a server.</summary>
    public static HttpClientGateway Http { get; } = new();

    /// <summary>
    /// The world a golden case runs in: an in-memory database (seeded from <c>NNN-case.data.json</c> when that file
    /// exists, else empty), a mailer that records, and the refusing HTTP gateway.
    /// </summary>
    public static GoldenWorld WorldFor(string scriptPath)
    {
        var seedPath = Path.ChangeExtension(scriptPath, ".data.json");
        var clock = new ManualClock(Now);
        var seeded = File.Exists(seedPath);
        var records = seeded ? InMemoryRecordStore.FromJson(File.ReadAllText(seedPath), clock) : new InMemoryRecordStore(clock);
        var mail = new RecordingMailer();
        var environment = Environment() with { Clock = clock, Records = records, Mail = mail, Http = Http };
        return new GoldenWorld(environment, records, mail, seeded);
    }

    public static Task<RunResult> RunAsync(string script, RunEnvironment? environment = null, RunRequest? request = null, CancellationToken cancellationToken = default) =>
        ScriptRunner.RunAsync(XanoScriptParser.Parse(script), environment ?? Environment(), request, cancellationToken);

    /// <summary>Evaluates one expression (no statements) in an empty run; errors come out as <see cref="ScriptErrorException"/>.</summary>
    public static XsValue Evaluate(string expression, RunEnvironment? environment = null)
    {
        var (node, diagnostics) = XanoScriptParser.ParseExpression(expression);
        if (diagnostics.FirstOrDefault(d => d.IsError) is { } error)
            throw new ArgumentException($"'{expression}' does not parse: {error.Message}", nameof(expression));
        var run = new RunContext(environment ?? Environment(), RunRequest.Empty, CancellationToken.None);
        return new Evaluator(run, FilterRegistry.Default).Evaluate(node);
    }
}

/// <summary>A golden run's environment and the fakes whose final state its report shows.</summary>
internal sealed record GoldenWorld(RunEnvironment Environment, InMemoryRecordStore Records, RecordingMailer Mail, bool Seeded);
