using System.Diagnostics.CodeAnalysis;
using Platform.Cli.Input;

namespace Platform.Cli.Commands;

/// <summary>A command's parsed arguments and the scripts they name; <see cref="FolderProblems"/> when some folder could not be listed.</summary>
internal sealed record CommandInput(CommandArguments Arguments, IReadOnlyList<ScriptFile> Files, bool FolderProblems);

/// <summary>The steps every command shares: parse the arguments, answer --help, expand the paths, report what is missing.</summary>
internal static class ScriptInputs
{
    /// <summary>
    /// True with the scripts to process; false with the exit code to return at once (help was printed, or a usage
    /// error was reported). Folders that could not be listed are reported on stderr and the run goes on.
    /// </summary>
    public static bool TryResolve(
        string command,
        IEnumerable<string> args,
        CliEnvironment environment,
        string knownFlag,
        [NotNullWhen(true)] out CommandInput? input,
        out int exitCode)
    {
        input = null;
        var (arguments, error) = CommandArguments.Parse(args, [knownFlag]);
        if (arguments is null)
        {
            exitCode = Usage.Fail(environment, command, error ?? "invalid arguments.");
            return false;
        }
        if (arguments.HelpRequested)
        {
            environment.Out.Write(Usage.ForCommand(command));
            exitCode = ExitCodes.Success;
            return false;
        }
        var set = ScriptFiles.Expand(arguments.Paths, environment.WorkingDirectory);
        if (set.MissingPaths.Count > 0)
        {
            var noun = set.MissingPaths.Count == 1 ? "path" : "paths";
            var quoted = string.Join(", ", set.MissingPaths.Select(p => $"'{p}'"));
            exitCode = Usage.Fail(environment, command, $"{noun} not found: {quoted}.");
            return false;
        }
        foreach (var problem in set.FolderProblems)
            environment.Error.WriteLine($"xs: cannot read the folder '{problem.DisplayPath}': {problem.Reason}");
        input = new CommandInput(arguments, set.Files, set.FolderProblems.Count > 0);
        exitCode = ExitCodes.Success;
        return true;
    }
}
