namespace Platform.Cli.Output;

/// <summary>The human (and CI problem-matcher) format: <c>path(line,col): severity CODE: message</c>, one per line.</summary>
internal static class TextOutput
{
    public static string Line(string path, FileDiagnostic diagnostic) =>
        $"{path}({diagnostic.Start.Line},{diagnostic.Start.Column}): {diagnostic.SeverityName} {diagnostic.Code}: {diagnostic.Message}";

    public static void WriteDiagnostics(TextWriter output, string path, IEnumerable<FileDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            output.WriteLine(Line(path, diagnostic));
    }

    /// <summary>"1 file", "3 files": summary lines read as English.</summary>
    public static string Count(int count, string singular, string plural) =>
        $"{count} {(count == 1 ? singular : plural)}";
}
