namespace Platform.Cli.Commands;

/// <summary>
/// A command's arguments split into paths, flags and options with a value (<c>--now 2025-01-01T00:00:00Z</c> or
/// <c>--now=…</c>). Flags may come anywhere; <c>--</c> ends them, so a file whose name starts with '-' can still be
/// named. Anything else starting with '-' is an unknown option.
/// </summary>
internal sealed record CommandArguments(IReadOnlyList<string> Paths, IReadOnlySet<string> Flags, bool HelpRequested)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public bool Has(string flag) => Flags.Contains(flag);

    public string? Value(string option) => Values.GetValueOrDefault(option);

    /// <summary>The parsed arguments, or the usage error to report.</summary>
    public static (CommandArguments? Arguments, string? Error) Parse(
        IEnumerable<string> args, IReadOnlyCollection<string> knownFlags, IReadOnlyCollection<string>? valueOptions = null)
    {
        valueOptions ??= [];
        var paths = new List<string>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var optionsEnded = false;
        using var items = args.GetEnumerator();
        while (items.MoveNext())
        {
            var arg = items.Current;
            var (name, inlineValue) = SplitInlineValue(arg);
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
                paths.Add(arg);
            else if (arg == "--")
                optionsEnded = true;
            else if (arg is "--help" or "-h")
                return (new CommandArguments(paths, flags, HelpRequested: true), null);
            else if (knownFlags.Contains(arg, StringComparer.Ordinal))
                flags.Add(arg);
            else if (valueOptions.Contains(name, StringComparer.Ordinal))
            {
                var value = inlineValue ?? (items.MoveNext() ? items.Current : null);
                if (string.IsNullOrEmpty(value))
                    return (null, $"the option '{name}' needs a value.");
                values[name] = value;
            }
            else
                return (null, $"unknown option '{arg}'.");
        }
        return paths.Count == 0
            ? (null, "no files or folders given.")
            : (new CommandArguments(paths, flags, HelpRequested: false) { Values = values }, null);
    }

    private static (string Name, string? Value) SplitInlineValue(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }
}
