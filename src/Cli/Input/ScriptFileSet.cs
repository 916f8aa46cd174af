namespace Platform.Cli.Input;

/// <summary>
/// What the command-line paths expand to: the scripts (sorted, each once), the arguments that name nothing
/// (a usage error) and the folders that could not be listed (reported, then the run goes on).
/// </summary>
internal sealed record ScriptFileSet(
    IReadOnlyList<ScriptFile> Files,
    IReadOnlyList<string> MissingPaths,
    IReadOnlyList<FolderProblem> FolderProblems);

/// <summary>A folder under one of the arguments that could not be listed, and why.</summary>
internal sealed record FolderProblem(string DisplayPath, string Reason);
