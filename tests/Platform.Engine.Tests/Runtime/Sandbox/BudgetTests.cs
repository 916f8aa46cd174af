using System.Diagnostics;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Sandbox;

namespace Platform.Engine.Tests.Runtime.Sandbox;

/// <summary>
/// Each run limit stops a run that reaches it, with its own error naming the limit and the statement. Runs alone:
/// the cancellation test measures how fast a run stops, which the rest of the suite on two cores would distort.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class BudgetTests
{
    private const string EndlessLoop = """
        task endless {
          stack {
            var $i { value = 0 }
            while (true) {
              each {
                var.update $i { value = $i + 1 }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task EndlessLoop_StopsAtTheStepLimit()
    {
        var environment = TestRuns.Environment() with { Limits = RunLimits.Default with { Steps = 10_000 } };

        var result = await TestRuns.RunAsync(EndlessLoop, environment);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal("steps", result.Failure!.Limit);
        Assert.Equal("ERROR_LIMIT", result.Failure.Error.Code);
        Assert.Contains("10,000 statements", result.Failure.Error.Message, StringComparison.Ordinal);
        Assert.Equal(10_000, result.Counters.Steps - 1);
        Assert.NotNull(result.Failure.Span);
    }

    [Fact]
    public async Task EndlessLoop_StopsAtTheTimeLimit()
    {
        var environment = TestRuns.Environment() with
        {
            Clock = TimeProvider.System,
            Limits = RunLimits.Default with { WallTime = TimeSpan.FromMilliseconds(300), LoopIterations = long.MaxValue },
        };

        var result = await TestRuns.RunAsync(EndlessLoop, environment);

        Assert.Equal(RunStatus.TimedOut, result.Status);
        Assert.Equal("wall_time", result.Failure!.Limit);
        Assert.Contains("0.3 seconds", result.Failure.Error.Message, StringComparison.Ordinal);
        Assert.True(result.Counters.Steps > 1_000, $"only {result.Counters.Steps} steps ran before the time limit");
    }

    [Fact]
    public async Task EndlessLoop_StopsAtTheLoopLimit()
    {
        var environment = TestRuns.Environment() with { Limits = RunLimits.Default with { LoopIterations = 500 } };

        var result = await TestRuns.RunAsync(EndlessLoop, environment);

        Assert.Equal("loop_iterations", result.Failure!.Limit);
        Assert.Contains("more than 500 times", result.Failure.Error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Position(EndlessLoop, result.Failure.Span!.Value.Start).Line);
    }

    [Fact]
    public async Task DoublingValue_StopsAtTheValueSizeLimit()
    {
        const string script = """
            task doubling {
              stack {
                var $text { value = "x" }
                while (true) {
                  each {
                    var.update $text { value = $text ~ $text }
                  }
                }
              }
            }
            """;
        var environment = TestRuns.Environment() with { Limits = RunLimits.Default with { ValueBytes = 1024 * 1024 } };

        var result = await TestRuns.RunAsync(script, environment);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal("value_size", result.Failure!.Limit);
        Assert.Contains("beyond 1 MB", result.Failure.Error.Message, StringComparison.Ordinal);
        Assert.Equal(6, Position(script, result.Failure.Span!.Value.Start).Line);
    }

    [Fact]
    public async Task DoublingList_StopsAtTheValueSizeLimit()
    {
        const string script = """
            task doubling_list {
              stack {
                var $list { value = [1, 2, 3, 4] }
                while (true) {
                  each {
                    var.update $list { value = [$list, $list] }
                  }
                }
              }
            }
            """;
        var environment = TestRuns.Environment() with { Limits = RunLimits.Default with { ValueBytes = 64 * 1024 } };

        var result = await TestRuns.RunAsync(script, environment);

        Assert.Equal("value_size", result.Failure!.Limit);
    }

    [Fact]
    public async Task LimitBreach_IsNotCaughtByTryCatch()
    {
        const string script = """
            task uncatchable {
              stack {
                try_catch {
                  try {
                    for (1000) {
                      each as $i {
                        var $x { value = $i }
                      }
                    }
                  }
                  catch {
                    return { value = "caught" }
                  }
                }
              }
            }
            """;
        var environment = TestRuns.Environment() with { Limits = RunLimits.Default with { LoopIterations = 100 } };

        var result = await TestRuns.RunAsync(script, environment);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal("loop_iterations", result.Failure!.Limit);
    }

    [Fact]
    public async Task Cancellation_StopsSleepWithin100Milliseconds()
    {
        const string script = """
            task sleeper {
              stack {
                debug.log { value = "going to sleep" }
                util.sleep { value = 30 }
                debug.log { value = "never" }
              }
            }
            """;
        using var cancellation = new CancellationTokenSource();
        var run = TestRuns.RunAsync(script, TestRuns.Environment() with { Clock = TimeProvider.System }, cancellationToken: cancellation.Token);
        await Task.Delay(200, CancellationToken.None);
        Assert.False(run.IsCompleted);

        var stopwatch = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        var result = await run;
        stopwatch.Stop();

        Assert.Equal(RunStatus.Cancelled, result.Status);
        Assert.Single(result.Log);
        Assert.True(stopwatch.ElapsedMilliseconds < 100, $"the run took {stopwatch.ElapsedMilliseconds} ms to stop after cancellation");
    }

    [Fact]
    public async Task SleepLongerThanTheTimeLimit_TimesOut()
    {
        const string script = """
            task long_sleep {
              stack {
                util.sleep { value = 60 }
              }
            }
            """;
        var environment = TestRuns.Environment() with
        {
            Clock = TimeProvider.System,
            Limits = RunLimits.Default with { WallTime = TimeSpan.FromMilliseconds(200) },
        };

        var result = await TestRuns.RunAsync(script, environment);

        Assert.Equal(RunStatus.TimedOut, result.Status);
        Assert.Equal("wall_time", result.Failure!.Limit);
    }

    private static Engine.Language.Text.LinePosition Position(string script, int offset) =>
        new Engine.Language.Text.SourceText(script).GetLinePosition(offset);
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing-sensitive tests, run alone";
}
