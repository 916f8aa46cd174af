using Platform.Engine.Language;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Sandbox;
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
