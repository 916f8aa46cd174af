using Platform.Cli.Input;
using Platform.Cli.Output;
using Platform.Engine.Language.Formatting;
using Platform.Engine.Language.Text;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>xs fmt</c>: rewrites scripts in the canonical format, writing a file only when its text changes. A script
/// with syntax errors is never touched (its meaning is unclear); its errors are printed instead.
/// <c>--check</c> writes nothing and lists the files that would change.
/// </summary>
internal static class FormatCommand
{
    public const string Name = "fmt";
    public const string CheckFlag = "--check";

    private enum Outcome
    {
        Unchanged,
        Changed,
        Failed,
    }

    public static int Run(IEnumerable<string> args, CliEnvironment environment)
    {
        if (!ScriptInputs.TryResolve(Name, args, environment, CheckFlag, out var input, out var exitCode))
            return exitCode;
        var checkOnly = input.Arguments.Has(CheckFlag);
        int changed = 0, withErrors = 0;
        foreach (var file in input.Files)
        {
            var outcome = Format(file, checkOnly, environment);
            changed += outcome == Outcome.Changed ? 1 : 0;
            withErrors += outcome == Outcome.Failed ? 1 : 0;
        }
        var summary = TextOutput.Count(input.Files.Count, "file", "files") + ", "
            + (checkOnly ? $"{changed} need formatting" : $"{changed} formatted")
            + (withErrors > 0 ? $", {withErrors} with errors" : "");
        environment.Out.WriteLine(summary);
        return input.FolderProblems || withErrors > 0 || (checkOnly && changed > 0) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static Outcome Format(ScriptFile file, bool checkOnly, CliEnvironment environment)
    {
        var read = ScriptReader.Read(file.FullPath, environment.MaxFileBytes);
        if (read.Source is not { } source)
            return Fail(environment, file, [read.Problem!]);
        var result = XanoScriptFormatter.Format(source.Text);
        if (result.Text is null)
        {
            var text = new SourceText(source.Text);
            return Fail(environment, file, result.Errors.Select(e => FileDiagnostic.From(e, text)));
        }
        var formatted = source.WithFileLineEndings(result.Text);
        if (string.Equals(formatted, source.Text, StringComparison.Ordinal))
            return Outcome.Unchanged;
        if (checkOnly)
        {
            environment.Out.WriteLine($"{file.DisplayPath}: not formatted");
            return Outcome.Changed;
        }
        try
        {
            File.WriteAllBytes(file.FullPath, source.Encode(formatted));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(environment, file, [FileProblems.CannotWrite(e.Message)]);
        }
        environment.Out.WriteLine($"{file.DisplayPath}: formatted");
        return Outcome.Changed;
    }

    private static Outcome Fail(CliEnvironment environment, ScriptFile file, IEnumerable<FileDiagnostic> errors)
    {
        TextOutput.WriteDiagnostics(environment.Out, file.DisplayPath, errors);
        return Outcome.Failed;
    }
}
