namespace Platform.Cli.Input;

/// <summary>A script to process: the path to print (as the user wrote it, with forward slashes) and the path to open.</summary>
internal sealed record ScriptFile(string DisplayPath, string FullPath);
