using BenchmarkDotNet.Attributes;
using Platform.Engine.Language;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Benchmarks;

/// <summary>
/// The interpreter on loops that stress statements, text and filters. Figures are per loop iteration
/// (OperationsPerInvoke). Target (issue 4): at least 5 million simple statements per second.
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private const int LoopIterations = 1_000_000;
    private const int TextIterations = 10_000;

    // One var.update with arithmetic per iteration: the "simple statement" of the target.
    private static readonly ParseResult ArithmeticLoop = XanoScriptParser.Parse($$"""
        task arithmetic {
          stack {
            var $total { value = 0 }
            for ({{LoopIterations}}) {
              each as $i {
                var.update $total { value = $total + $i * 2 % 7 }
              }
            }
            return { value = $total }
          }
        }
        """);

    // The simplest useful statement: a counter.
    private static readonly ParseResult CounterLoop = XanoScriptParser.Parse($$"""
        task counter {
          stack {
            var $n { value = 0 }
            for ({{LoopIterations}}) {
              each as $i {
                var.update $n { value = $n + 1 }
              }
            }
            return { value = $n }
          }
        }
        """);

    private static readonly ParseResult TextLoop = XanoScriptParser.Parse($$"""
        task text {
          stack {
            var $lines { value = "" }
            for ({{TextIterations}}) {
              each as $i {
                var.update $lines { value = $lines ~ "line " ~ $i ~ "\n" }
              }
            }
            return { value = $lines }
          }
        }
        """);

    private const int PipelineObjects = 10_000;

    // Filter, map, sort and sum over 10,000 orders handed in as the run's input.
    private static readonly ParseResult Pipeline = XanoScriptParser.Parse("""
        task pipeline {
          stack {
            var $paid { value = $input.orders|filter:$$.status == "paid" }
            var $sorted { value = $paid|sort:"total":"number":true }
            var $gross { value = $sorted|map:$$.total * 1.2 }
            return { value = $gross|sum }
          }
        }
        """);

    private readonly RunEnvironment _environment = new();
    private RunRequest _orders = RunRequest.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var orders = Enumerable.Range(1, PipelineObjects).Select(id => XsValue.Object(XsObject.Create(
        [
            new("id", XsValue.Int(id)),
            new("status", XsValue.Text(random.Next(3) == 0 ? "refunded" : "paid")),
            new("total", XsValue.Decimal(Math.Round(random.NextDouble() * 500, 2))),
        ])));
        _orders = new RunRequest { Input = XsValue.Object(XsObject.Create([new("orders", XsValue.Array(XsArray.Create(orders)))])) };
    }

    [Benchmark(OperationsPerInvoke = LoopIterations)]
    public async Task<object> ArithmeticLoopIteration() => Check(await ScriptRunner.RunAsync(ArithmeticLoop, _environment));

    [Benchmark(OperationsPerInvoke = LoopIterations)]
    public async Task<object> CounterLoopIteration() => Check(await ScriptRunner.RunAsync(CounterLoop, _environment));

    [Benchmark(OperationsPerInvoke = TextIterations)]
    public async Task<object> TextBuildingIteration() => Check(await ScriptRunner.RunAsync(TextLoop, _environment));

    [Benchmark(OperationsPerInvoke = PipelineObjects)]
    public async Task<object> PipelinePerObject() => Check(await ScriptRunner.RunAsync(Pipeline, _environment, _orders));

    internal static object Check(RunResult result) =>
        result.Status == RunStatus.Succeeded ? result.Result : throw new InvalidOperationException(result.Failure?.Error.Message);
}
