using Platform.Cli.Input;
using Platform.Cli.Output;
using Platform.Engine.Language;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Functions;

namespace Platform.Cli.Running;

/// <summary>The functions a run may call (--functions): every .xs file under the given files or folders.</summary>
internal static class FunctionFiles
{
    /// <summary>The library, or the diagnostics (with their file's path) that stop it being built.</summary>
    public static (InMemoryFunctionLibrary? Library, IReadOnlyList<string> Problems) Load(string? path, CliEnvironment environment)
    {
        if (path is null)
            return (InMemoryFunctionLibrary.Empty, []);
        var set = ScriptFiles.Expand([path], environment.WorkingDirectory);
        if (set.MissingPaths.Count > 0)
            return (null, [$"xs: --functions: not found: '{path}'."]);
        var problems = set.FolderProblems.Select(p => $"xs: --functions: cannot read the folder '{p.DisplayPath}': {p.Reason}").ToList();
        var scripts = new List<ParseResult>();
        foreach (var file in set.Files)
        {
            var read = ScriptReader.Read(file.FullPath, environment.MaxFileBytes);
            if (read.Source is not { } source)
            {
                problems.Add(TextOutput.Line(file.DisplayPath, read.Problem!));
                continue;
            }
            var parse = XanoScriptParser.Parse(source.Text);
            var errors = ScriptAnalyzer.Analyze(parse, RuntimeSupport.AnalyzerOptions).Diagnostics.Where(d => d.IsError).ToList();
            problems.AddRange(errors.Select(d => TextOutput.Line(file.DisplayPath, FileDiagnostic.From(d, parse.Text))));
            if (errors.Count > 0)
                continue;
            if (parse.Document.Construct is not { Keyword: "function" })
                problems.Add($"xs: --functions: '{file.DisplayPath}' is not a function.");
            else
                scripts.Add(parse);
        }
        if (problems.Count > 0)
            return (null, problems);
        try
        {
            return (new InMemoryFunctionLibrary(scripts), []);
        }
        catch (ArgumentException duplicate)
        {
            return (null, [$"xs: --functions: {duplicate.Message.Split(" (Parameter", 2)[0]}"]);
        }
    }
}
