namespace Platform.Cli.Output;

/// <summary>What <c>xs check</c> found in one file: its construct (when it parsed far enough) and its diagnostics.</summary>
internal sealed record FileReport(string Path, string? Construct, string? Name, IReadOnlyList<FileDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
