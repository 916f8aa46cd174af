using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Sandbox;

namespace Platform.Engine.Tests.Runtime.Filters;

/// <summary>Lists built or walked by the array filters and statements stay within the run's loop limit, and deep ones do not overflow the stack.</summary>
public sealed class CollectionRobustnessTests
{
    private static RunEnvironment LimitedTo(long iterations) =>
        TestRuns.Environment() with { Limits = TestRuns.Environment().Limits with { LoopIterations = iterations } };

    [Theory]
    [InlineData("(|range:1:6)")]
    [InlineData("(|range:5:-5)")]
    [InlineData("\"v\"|fill:0:6")]
    [InlineData("[1,2,3,4,5,6]|map:$$")]
    [InlineData("[1,2,3,4,5,6]|every:true")]
    [InlineData("[1,2,3,4,5,6]|reduce:$result + $$")]
    public void Filter_BeyondLoopLimit_StopsTheRun(string expression)
    {
        Assert.Throws<LoopLimitExceededException>(() => TestRuns.Evaluate(expression, LimitedTo(5)));
    }

    // Stepping up to long.MaxValue (or down to MinValue) wrapped around: the list grew until the process ran out of memory.
    [Theory]
    [InlineData("(|range:9223372036854775806:9223372036854775807)", "[9223372036854775806,9223372036854775807]")]
    [InlineData("(|range:-9223372036854775807:-9223372036854775808)", "[-9223372036854775807,-9223372036854775808]")]
    [InlineData("`9223372036854775806..9223372036854775807`", "[9223372036854775806,9223372036854775807]")]
    [InlineData("`9223372036854775807..9223372036854775807`", "[9223372036854775807]")]
    public void Range_AtTheEndsOfWholeNumbers_Stops(string expression, string expected)
    {
        Assert.Equal(expected, Engine.Runtime.Values.ValueDisplay.Format(TestRuns.Evaluate(expression, LimitedTo(5))));
    }

    [Theory]
    [InlineData("`1..9223372036854775807`")]
    [InlineData("`0..-6`")]
    public void RangeExpression_BeyondLoopLimit_StopsTheRun(string expression)
    {
        Assert.Throws<LoopLimitExceededException>(() => TestRuns.Evaluate(expression, LimitedTo(5)));
    }

    [Theory]
    [InlineData("(|range:1:5)", "[1,2,3,4,5]")]
    [InlineData("[1,2,3,4,5]|map:$$ * 2", "[2,4,6,8,10]")]
    public void Filter_AtLoopLimit_Runs(string expression, string expected)
    {
        Assert.Equal(expected, Engine.Runtime.Values.ValueDisplay.Format(TestRuns.Evaluate(expression, LimitedTo(5))));
    }

    [Fact]
    public async Task ArrayStatement_BeyondLoopLimit_FailsWithTheLimitAtTheStatement()
    {
        const string script = """
            task limited {
              stack {
                array.filter ([1, 2, 3, 4, 5, 6]) if ($this > 0) as $all
              }
            }
            """;
        var result = await TestRuns.RunAsync(script, LimitedTo(5));
        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal("loop_iterations", result.Failure?.Limit);
        Assert.NotNull(result.Failure?.Span);
    }

    [Fact]
    public async Task Flatten_ListNestedVeryDeep_GivesItsLeaves()
    {
        const string script = """
            task deep {
              stack {
                var $nested {
                  value = []
                }
                for (200000) {
                  each as $i {
                    var.update $nested {
                      value = [$nested, $i]
                    }
                  }
                }
                return {
                  value = ($nested|flatten|count) ~ " " ~ ($nested|flatten|first)
                }
              }
            }
            """;
        var result = await TestRuns.RunAsync(script);
        Assert.Equal(RunStatus.Succeeded, result.Status);
        Assert.Equal("\"200000 0\"", Engine.Runtime.Values.ValueDisplay.Format(result.Result));
    }
}
