namespace Platform.Cli.Input;

/// <summary>
/// Expands file and folder arguments into scripts. A folder contributes every <c>*.xs</c> file below it,
/// recursively, skipping entries whose name starts with '.' (<c>.git</c>, editor folders) and symbolic links to
/// folders (they can loop). A file named explicitly is taken whatever its extension: the user asked for it.
/// </summary>
internal static class ScriptFiles
{
    public const string Extension = ".xs";

    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static ScriptFileSet Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        var files = new Dictionary<string, ScriptFile>(PathComparer);
        var missing = new List<string>();
        var problems = new List<FolderProblem>();
        foreach (var argument in arguments)
        {
            if (argument.Length == 0)
            {
                missing.Add(argument);
                continue;
            }
            var fullPath = Path.GetFullPath(argument, workingDirectory);
            if (Directory.Exists(fullPath))
                AddFolder(fullPath, FolderPrefix(argument), files, problems);
            else if (File.Exists(fullPath))
                files.TryAdd(fullPath, new ScriptFile(ToDisplay(argument), fullPath));
            else
                missing.Add(argument);
        }
        var sorted = files.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList();
        return new ScriptFileSet(sorted, missing, problems);
    }

    private static void AddFolder(string fullPath, string displayPrefix, Dictionary<string, ScriptFile> files, List<FolderProblem> problems)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(fullPath).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new FolderProblem(displayPrefix.Length == 0 ? "." : displayPrefix.TrimEnd('/'), e.Message));
            return;
        }
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.'))
                continue;
            var display = displayPrefix + entry.Name;
            if (entry is DirectoryInfo folder)
            {
                if (folder.LinkTarget is null)
                    AddFolder(folder.FullName, display + "/", files, problems);
            }
            else if (entry.Name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
            {
                files.TryAdd(entry.FullName, new ScriptFile(display, entry.FullName));
            }
        }
    }

    /// <summary>What goes before a found file's relative path: "tasks/" for "tasks" or "tasks/", nothing for ".".</summary>
    private static string FolderPrefix(string argument)
    {
        var display = ToDisplay(argument);
        var trimmed = display.TrimEnd('/');
        if (trimmed.Length == 0)
            return display.Length == 0 ? "" : "/";
        return trimmed == "." ? "" : trimmed + "/";
    }

    private static string ToDisplay(string path) =>
        Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
}
