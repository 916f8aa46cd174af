using System.Reflection;
using Platform.Cli.Commands;

namespace Platform.Cli;

/// <summary>The <c>xs</c> entry point: picks the command named by the first argument and returns the exit code.</summary>
internal static class CommandLine
{
    public static int Run(IReadOnlyList<string> args, CliEnvironment environment)
    {
        if (args.Count == 0)
            return Usage.Fail(environment, null, "no command given.");
        var rest = args.Skip(1).ToList();
        return args[0] switch
        {
            "--help" or "-h" or "help" => Help(rest, environment),
            "--version" => Version(environment),
            CheckCommand.Name => CheckCommand.Run(rest, environment),
            FormatCommand.Name => FormatCommand.Run(rest, environment),
            RunCommand.Name => RunCommand.Run(rest, environment),
            var other when other.StartsWith('-') => Usage.Fail(environment, null, $"unknown option '{other}'."),
            var other => Usage.Fail(environment, null, $"unknown command '{other}'."),
        };
    }

    /// <summary><c>xs help</c> prints the overview; <c>xs help check</c> the command's own help.</summary>
    private static int Help(List<string> args, CliEnvironment environment)
    {
        if (args.Count == 0)
        {
            environment.Out.Write(Usage.Overview);
            return ExitCodes.Success;
        }
        if (args.Count == 1 && Usage.ForCommand(args[0]) is { } text)
        {
            environment.Out.Write(text);
            return ExitCodes.Success;
        }
        return Usage.Fail(environment, null, $"unknown command '{string.Join(' ', args)}'.");
    }

    private static int Version(CliEnvironment environment)
    {
        var assembly = typeof(CommandLine).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        environment.Out.WriteLine($"xs {version}");
        return ExitCodes.Success;
    }
}
