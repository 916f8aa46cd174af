using Platform.Engine.Language.Text;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Tests.Runtime.Execution;

/// <summary>What a run leaves behind for the history and the editor: log, trace, counters, error position.</summary>
public sealed class RunResultTests
{
    private const string Script = """
        task report {
          stack {
            var $total { value = 0 }
            foreach ([1, 2, 3]) {
              each as $n {
                var.update $total { value = $total + $n }
              }
            }
            debug.log { value = {total: $total} }
            return { value = $total }
          }
        }
        """;

    [Fact]
    public async Task SuccessfulRun_ReportsResultLogTraceAndCounters()
    {
        var result = await TestRuns.RunAsync(Script);

        Assert.Equal(RunStatus.Succeeded, result.Status);
        Assert.Null(result.Failure);
        Assert.Equal(XsValue.Int(6), result.Result);
        var entry = Assert.Single(result.Log);
        Assert.Equal(TestRuns.Now, entry.Time);
        Assert.Equal("{\"total\":6}", ValueDisplay.Format(entry.Value));
        Assert.Equal(9, Line(entry.Span));
        // var, 3 × var.update, foreach, debug.log, return — in the order they finished.
        Assert.Equal(["var", "var.update", "var.update", "var.update", "foreach", "debug.log", "return"], result.Trace.Select(s => s.Kind));
        Assert.Equal(7, result.Counters.Steps);
        Assert.Equal(0, result.Counters.DatabaseCalls);
        Assert.Equal(0, result.TraceOmitted);
    }

    [Fact]
    public async Task Trace_KeepsAbbreviatedResultsOfValueStatements()
    {
        const string script = """
            task big {
              stack {
                var $text { value = "a" }
                for (10) {
                  each as $i {
                    var.update $text { value = $text ~ $text }
                  }
                }
                return { value = $text }
              }
            }
            """;

        var result = await TestRuns.RunAsync(script);

        Assert.Equal(1024, result.Result.AsText.Length);
        Assert.All(result.Trace, step => Assert.True(step.Snapshot is null || step.Snapshot.Length <= 201));
        var returned = result.Trace.Single(step => step.Kind == "return").Snapshot!;
        Assert.Equal("\"" + new string('a', 199) + "…", returned);
        Assert.Null(result.Trace.First(step => step.Kind == "var.update").Snapshot);
    }

    [Fact]
    public async Task Trace_StopsAtItsCapacityAndCountsTheRest()
    {
        var environment = TestRuns.Environment() with { TraceCapacity = 3 };

        var result = await TestRuns.RunAsync(Script, environment);

        Assert.Equal(3, result.Trace.Count);
        Assert.Equal(4, result.TraceOmitted);
    }

    [Fact]
    public async Task FailedRun_ReportsTheErrorWithItsStatementPosition()
    {
        const string script = """
            task failing {
              stack {
                debug.log { value = "start" }
                precondition (1 > 2) {
                  error_type = "badrequest"
                  error = "One is not greater than two"
                }
              }
            }
            """;

        var result = await TestRuns.RunAsync(script);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal("ERROR_CODE_BAD_REQUEST", result.Failure!.Error.Code);
        Assert.Equal("One is not greater than two", result.Failure.Error.Message);
        Assert.Equal(new LinePosition(4, 5), new SourceText(script).GetLinePosition(result.Failure.Span!.Value.Start));
        Assert.Single(result.Log);
        Assert.True(result.Result.IsNull);
    }

    [Fact]
    public async Task FunctionRun_ReceivesItsInput()
    {
        const string script = """
            function greet {
              input {
                text name
                int times?=2
              }
              stack {
                var $words { value = [] }
                for ($input.times) {
                  each as $i {
                    var.update $words[$i] { value = "hello " ~ $input.name }
                  }
                }
              }
              response = $words
            }
            """;
        var input = XsValue.Object(XsObject.Create([new("name", XsValue.Text("Ada"))]));

        var result = await TestRuns.RunAsync(script, request: new RunRequest { Input = input });

        Assert.Equal(RunStatus.Succeeded, result.Status);
        Assert.Equal("[\"hello Ada\",\"hello Ada\"]", ValueDisplay.Format(result.Result));
    }

    [Fact]
    public async Task RunOfTheSameParsedScript_IsIndependentEachTime()
    {
        var script = Engine.Language.XanoScriptParser.Parse(Script);

        var first = await ScriptRunner.RunAsync(script, TestRuns.Environment());
        var second = await ScriptRunner.RunAsync(script, TestRuns.Environment());

        Assert.Equal(first.Result, second.Result);
        Assert.Equal(first.Counters, second.Counters);
    }

    private static int Line(SourceSpan span) => new SourceText(Script).GetLinePosition(span.Start).Line;
}
