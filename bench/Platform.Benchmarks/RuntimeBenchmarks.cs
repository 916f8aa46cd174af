using BenchmarkDotNet.Attributes;
using Platform.Engine.Language;
using Platform.Engine.Runtime.Execution;

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

    private readonly RunEnvironment _environment = new();

    [Benchmark(OperationsPerInvoke = LoopIterations)]
    public async Task<object> ArithmeticLoopIteration() => Check(await ScriptRunner.RunAsync(ArithmeticLoop, _environment));

    [Benchmark(OperationsPerInvoke = TextIterations)]
    public async Task<object> TextBuildingIteration() => Check(await ScriptRunner.RunAsync(TextLoop, _environment));

    internal static object Check(RunResult result) =>
        result.Status == RunStatus.Succeeded ? result.Result : throw new InvalidOperationException(result.Failure?.Error.Message);
}
