using BenchmarkDotNet.Attributes;
using Platform.Engine.Tasks;

namespace Platform.Benchmarks;

/// <summary>Reading the header runs on every save; it must not grow with the script.</summary>
[MemoryDiagnoser]
public class TaskHeaderBenchmarks
{
    private string _script = "";

    [Params(1_000, 100_000)]
    public int ScriptLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var body = string.Concat(Enumerable.Repeat("    var $x { value = 1 }\n", ScriptLength / 25));
        _script = $"// header comment\ntask \"nightly report\" {{\n  stack {{\n{body}  }}\n}}\n";
    }

    [Benchmark]
    public string? Find() => TaskHeader.Find(_script)?.Name;

    [Benchmark]
    public string? Rename() => TaskHeader.Rename(_script, "weekly_report");
}
