using Platform.Cli.Input;
using Platform.Cli.Output;
using Platform.Cli.Running;
using Platform.Engine.Language;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Tasks;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>xs run</c>: runs one task or function against an in-memory database and prints the run: its log and result
/// or error. Exit code 0 when the run succeeds, 1 when it fails (or times out, or is interrupted), 2 when the
/// script has errors and cannot run, or the command line is wrong.
/// </summary>
internal static class RunCommand
{
    public const string Name = "run";

    public static int Run(IEnumerable<string> args, CliEnvironment environment)
    {
        var (arguments, error) = CommandArguments.Parse(
            args, [RunOptions.JsonFlag], [RunOptions.DataOption, RunOptions.NowOption, RunOptions.InputOption, RunOptions.FunctionsOption]);
        if (arguments is null)
            return Usage.Fail(environment, Name, error ?? "invalid arguments.");
        if (arguments.HelpRequested)
        {
            environment.Out.Write(Usage.Run);
            return ExitCodes.Success;
        }
        if (arguments.Paths.Count != 1)
            return Usage.Fail(environment, Name, "give exactly one script to run.");
        var displayPath = arguments.Paths[0];
        var fullPath = Path.GetFullPath(displayPath, environment.WorkingDirectory);
        if (!File.Exists(fullPath))
            return Usage.Fail(environment, Name, $"file not found: '{displayPath}'.");
        var (options, optionError) = RunOptions.Read(arguments, environment);
        if (options is null)
            return Usage.Fail(environment, Name, optionError ?? "invalid options.");

        var read = ScriptReader.Read(fullPath, environment.MaxFileBytes);
        if (read.Source is not { } source)
            return Refuse(environment, displayPath, [read.Problem!]);
        var parse = XanoScriptParser.Parse(source.Text);
        var errors = ScriptAnalyzer.Analyze(parse, RuntimeSupport.AnalyzerOptions).Diagnostics
            .Where(d => d.IsError)
            .Select(d => FileDiagnostic.From(d, parse.Text))
            .ToList();
        if (errors.Count > 0)
            return Refuse(environment, displayPath, errors);
        if (parse.Document.Construct is not { Keyword: "task" or "function" })
            return Usage.Fail(environment, Name, $"'{displayPath}' holds no task or function; only those can run.");

        var (functions, problems) = FunctionFiles.Load(options.FunctionsPath, environment);
        if (functions is null)
        {
            foreach (var problem in problems)
                environment.Error.WriteLine(problem);
            environment.Error.WriteLine($"xs: the functions of --functions have problems; '{displayPath}' was not run.");
            return ExitCodes.Usage;
        }
        using var ports = new RunPorts(options, functions, TaskFacts.Read(parse.Document).Datasource ?? RunEnvironment.DefaultDatasource);
        var result = ScriptRunner.RunAsync(parse, ports.Environment(), new RunRequest { Input = options.Input }, environment.Cancellation)
            .GetAwaiter().GetResult();
        if (options.Json)
            RunReportWriter.WriteJson(environment.Out, result, ports.Mail.Messages, parse.Text);
        else
            RunReportWriter.WriteText(environment.Out, result, ports.Mail.Messages, parse.Text);
        return result.Status == RunStatus.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>A script that cannot run: its errors on stderr, exit code 2.</summary>
    private static int Refuse(CliEnvironment environment, string path, List<FileDiagnostic> errors)
    {
        TextOutput.WriteDiagnostics(environment.Error, path, errors);
        environment.Error.WriteLine($"xs: '{path}' has {TextOutput.Count(errors.Count, "error", "errors")} and was not run.");
        return ExitCodes.Usage;
    }
}
