namespace Platform.Cli.Commands;

/// <summary>
/// A command's arguments split into paths and flags. Flags may come anywhere; <c>--</c> ends them, so a file
/// whose name starts with '-' can still be named. Anything else starting with '-' is an unknown option.
/// </summary>
internal sealed record CommandArguments(IReadOnlyList<string> Paths, IReadOnlySet<string> Flags, bool HelpRequested)
{
    public bool Has(string flag) => Flags.Contains(flag);

    /// <summary>The parsed arguments, or the usage error to report.</summary>
    public static (CommandArguments? Arguments, string? Error) Parse(IEnumerable<string> args, params IReadOnlyCollection<string> knownFlags)
    {
        var paths = new List<string>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var optionsEnded = false;
        foreach (var arg in args)
        {
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
                paths.Add(arg);
            else if (arg == "--")
                optionsEnded = true;
            else if (arg is "--help" or "-h")
                return (new CommandArguments(paths, flags, HelpRequested: true), null);
            else if (knownFlags.Contains(arg, StringComparer.Ordinal))
                flags.Add(arg);
            else
                return (null, $"unknown option '{arg}'.");
        }
        return paths.Count == 0
            ? (null, "no files or folders given.")
            : (new CommandArguments(paths, flags, HelpRequested: false), null);
    }
}
