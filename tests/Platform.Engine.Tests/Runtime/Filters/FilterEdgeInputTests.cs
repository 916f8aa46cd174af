using Platform.Engine.Language.Catalog;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Sandbox;

namespace Platform.Engine.Tests.Runtime.Filters;

/// <summary>
/// Every supported value filter, fed hostile inputs and arguments (null, empty, unicode, huge and negative numbers,
/// lists, objects, timestamps), answers with a value or a script error: never an unexpected exception, which a run
/// reports as an internal error.
/// </summary>
public sealed class FilterEdgeInputTests
{
    private static readonly string[] EdgeValues =
    [
        "null", "\"\"", "\"😀é\"", "0", "-1", "9223372036854775807", "-9223372036854775807", "1.5", "-0.5",
        "[]", "{}", "[1, \"a\", null]", "{a: {b: [1]}}", "now", "true", "\"-1\"", "\"a,b\"", "\"%\"",
    ];

    // Small limits keep huge-number cases (range, fill, pow…) quick: reaching a limit is a fine answer here.
    private static RunEnvironment Limited() => TestRuns.Environment() with
    {
        Limits = TestRuns.Environment().Limits with { LoopIterations = 1_000, WallTime = TimeSpan.FromSeconds(1) },
    };

    [Fact]
    public void EveryFilter_WithEdgeInputsAndArguments_GivesAValueOrAScriptError()
    {
        var problems = new List<string>();
        foreach (var filter in FilterCatalog.All.Where(f => f.Supported && f.Context != FilterContext.Query))
        {
            var arity = Math.Min(filter.MaxArguments ?? 3, 3);
            foreach (var input in EdgeValues)
            {
                foreach (var argument in EdgeValues)
                {
                    var arguments = string.Concat(Enumerable.Repeat(":" + argument, Math.Max(arity, filter.MinArguments)));
                    var expression = filter.NeedsNoInput ? $"(|{filter.Name}{arguments})" : $"{input}|{filter.Name}{arguments}";
                    try
                    {
                        TestRuns.Evaluate(expression, Limited());
                    }
                    catch (Exception e) when (e is ScriptErrorException or LimitExceededException)
                    {
                    }
                    catch (Exception e)
                    {
                        problems.Add($"{expression} -> {e.GetType().Name}: {e.Message}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(60)) + $"\n({problems.Count} problems)");
    }
}
