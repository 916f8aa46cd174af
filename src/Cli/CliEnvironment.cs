namespace Platform.Cli;

/// <summary>
/// Everything the commands touch outside their arguments: the two output streams, the folder relative paths
/// start from, and the Ctrl+C signal. Tests pass string writers and a temporary folder and run the commands in-process.
/// </summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>Scripts are small; anything larger than this is reported instead of read (8 MiB).</summary>
    public const long DefaultMaxFileBytes = 8L * 1024 * 1024;

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Signalled when the user interrupts (Ctrl+C): a running script stops as cancelled.</summary>
    public CancellationToken Cancellation { get; init; }
}
