using Platform.Cli.Input;
using Platform.Cli.Output;
using Platform.Engine.Language;
using Platform.Engine.Runtime.Execution;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>xs check</c>: parses and analyzes every script and prints its diagnostics, as text lines or JSON Lines.
/// In JSON mode stdout carries only the JSON objects; the summary line goes to stderr.
/// </summary>
internal static class CheckCommand
{
    public const string Name = "check";
    public const string JsonFlag = "--json";

    public static int Run(IEnumerable<string> args, CliEnvironment environment)
    {
        if (!ScriptInputs.TryResolve(Name, args, environment, JsonFlag, out var input, out var exitCode))
            return exitCode;
        var json = input.Arguments.Has(JsonFlag);
        int withErrors = 0, diagnostics = 0;
        foreach (var file in input.Files)
        {
            var report = Check(file, environment.MaxFileBytes);
            if (json)
                JsonOutput.Write(environment.Out, report);
            else
                TextOutput.WriteDiagnostics(environment.Out, report.Path, report.Diagnostics);
            withErrors += report.HasErrors ? 1 : 0;
            diagnostics += report.Diagnostics.Count;
        }
        var summary = $"{TextOutput.Count(input.Files.Count, "file", "files")}, {withErrors} with errors, "
            + TextOutput.Count(diagnostics, "diagnostic", "diagnostics");
        (json ? environment.Error : environment.Out).WriteLine(summary);
        return input.FolderProblems || withErrors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    public static FileReport Check(ScriptFile file, long maxFileBytes)
    {
        var read = ScriptReader.Read(file.FullPath, maxFileBytes);
        if (read.Source is not { } source)
            return new FileReport(file.DisplayPath, null, null, [read.Problem!]);
        var parse = XanoScriptParser.Parse(source.Text);
        var analysis = ScriptAnalyzer.Analyze(parse, RuntimeSupport.AnalyzerOptions);
        var construct = parse.Document.Construct;
        return new FileReport(
            file.DisplayPath,
            construct?.Keyword,
            construct?.Name?.Name,
            [.. analysis.Diagnostics.Select(d => FileDiagnostic.From(d, parse.Text))]);
    }
}
