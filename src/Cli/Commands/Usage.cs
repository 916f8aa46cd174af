namespace Platform.Cli.Commands;

/// <summary>The help texts, and the one way a usage error is reported: a message and a short usage on stderr, exit 2.</summary>
internal static class Usage
{
    public const string Overview = """
        xs - check, format and run XanoScript (.xs) files

        Usage:
          xs check <files or folders> [--json]   parse and analyze scripts, print their diagnostics
          xs fmt <files or folders> [--check]    rewrite scripts in the canonical format
          xs run <file> [options]                run a task or function against an in-memory database
          xs help [command]                      show this help, or a command's help
          xs --version                           print the version

        Folders are searched recursively for *.xs files, skipping entries whose name starts with '.'
        and symbolic links to folders; files named on the command line are read whatever their extension.

        Exit codes: 0 success, 1 problems found (or a failed run), 2 usage error (or a script
        with errors that cannot run).

        """;

    public const string Check = """
        Usage: xs check <files or folders> [--json]

        Parses and analyzes every .xs file and prints each diagnostic as
          path(line,col): severity CODE: message
        then one summary line: N files, N with errors, N diagnostics.

        Options:
          --json      print one JSON object per file per line (JSON Lines) on stdout:
                      {"path", "construct", "name", "diagnostics": [{"code", "severity", "line",
                      "column", "endLine", "endColumn", "message"}]}; the summary line goes to stderr
          -h, --help  show this help

        Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 usage error.

        """;

    public const string Format = """
        Usage: xs fmt <files or folders> [--check]

        Rewrites every .xs file in the canonical format, writing only files whose text changes
        (a UTF-8 byte order mark and CRLF line endings are kept). A file with syntax errors is
        left untouched and its errors are printed. Prints 'path: formatted' for each rewritten
        file, then one summary line: N files, N formatted.

        Options:
          --check     write nothing; print 'path: not formatted' for each file that would change,
                      then N files, N need formatting
          -h, --help  show this help

        Exit codes: 0 success, 1 syntax errors, unreadable files or (with --check) unformatted
        files, 2 usage error.

        """;

    public const string Run = """
        Usage: xs run <file> [--data seed.json] [--input input.json] [--functions <folder>] [--now <instant>] [--json]

        Runs the task or function in the file against an in-memory database and prints each
        debug.log value, then the result or the error with its position, then a summary line.
        Environment variables named XS_ENV_<NAME> are the script's $env.<NAME>.

        Options:
          --data <file>    seed the database from a JSON object of tables: {"users": [{...}, ...]};
                           a task runs on (and is seeded in) its datasource, else 'live'
          --input <file>   a JSON object passed as $input (a function's inputs)
          --functions <path>  the functions function.run may call: .xs files, or folders of them
          --now <instant>  fix the clock at an ISO 8601 instant, e.g. 2025-01-15T10:30:00Z
          --json           print the run as one JSON object: {"status", "result", "log": [...],
                           "error": {"code", "name", "message", "line", "column",
                           "functions": [{"function", "line", "column"}]} | null, "steps", ...}
          -h, --help       show this help

        Exit codes: 0 the run succeeded, 1 it failed, timed out or was interrupted, 2 the script
        has errors (printed on stderr) or the command line is wrong.

        """;

    private const string Short = "Usage: xs <check|fmt|run> <files or folders> [options]   (xs --help for more)";

    public static string? ForCommand(string command) => command switch
    {
        CheckCommand.Name => Check,
        FormatCommand.Name => Format,
        RunCommand.Name => Run,
        _ => null,
    };

    /// <summary>Reports a usage error on stderr, followed by the command's usage line, and returns exit code 2.</summary>
    public static int Fail(CliEnvironment environment, string? command, string message)
    {
        environment.Error.WriteLine($"xs: {message}");
        environment.Error.WriteLine(command switch
        {
            CheckCommand.Name => "Usage: xs check <files or folders> [--json]   (xs check --help for more)",
            FormatCommand.Name => "Usage: xs fmt <files or folders> [--check]   (xs fmt --help for more)",
            RunCommand.Name => "Usage: xs run <file> [--data seed.json] [--input input.json] [--functions <folder>] [--now <instant>] [--json]   (xs run --help for more)",
            _ => Short,
        });
        return ExitCodes.Usage;
    }
}
