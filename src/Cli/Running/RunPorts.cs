using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Time;

namespace Platform.Cli.Running;

/// <summary>The run's surroundings on the command line: an in-memory database seeded from --data, a fixed or real clock.</summary>
internal static class RunPorts
{
    public static RunEnvironment Create(RunOptions options) => new()
    {
        Clock = options.Now is { } now ? new ManualClock(now) : TimeProvider.System,
        Variables = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("XS_ENV_", StringComparison.Ordinal))
            .ToDictionary(name => name["XS_ENV_".Length..], name => Environment.GetEnvironmentVariable(name) ?? "", StringComparer.Ordinal),
    };
}
