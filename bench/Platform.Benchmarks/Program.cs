using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Platform.Benchmarks;

// dotnet run -c Release --project bench/Platform.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Platform.Benchmarks -- fuzz 100000     (robustness soak run)
// dotnet run -c Release --project bench/Platform.Benchmarks -- records-pg [1000000]  (SQL record store on PostgreSQL)
// dotnet run -c Release --project bench/Platform.Benchmarks -- engine-pg [10000] [30] [256]  (scheduler and worker on PostgreSQL)
if (args is ["engine-pg", ..])
    return await EngineBenchmark.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 256);
// dotnet run -c Release --project bench/Platform.Benchmarks -- queue-count-pg [10000] [1000000]  (queue-depth count on PostgreSQL)
if (args is ["queue-count-pg", ..])
    return await QueueCountBenchmark.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
if (args is ["records-pg", ..])
    return await RecordsBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
if (args is ["fuzz", ..])
    return FuzzSoak.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);

// In-process: BenchmarkDotNet's generated project cannot restore Identity's packages from our mirror
// (they need the ASP.NET Core shared framework reference that only our project file has).
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
