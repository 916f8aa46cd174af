namespace Platform.Cli;

/// <summary>
/// Everything the commands touch outside their arguments: the two output streams and the folder relative paths
/// start from. Tests pass string writers and a temporary folder and run the commands in-process.
/// </summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>Scripts are small; anything larger than this is reported instead of read (8 MiB).</summary>
    public const long DefaultMaxFileBytes = 8L * 1024 * 1024;

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
