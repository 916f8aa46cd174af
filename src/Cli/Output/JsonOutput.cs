using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Cli.Output;

/// <summary>
/// <c>xs check --json</c>: one object per file on its own line (JSON Lines), so a consumer can stream the output:
/// <c>{"path":…,"construct":…,"name":…,"diagnostics":[{"code","severity","line","column","endLine","endColumn","message"}]}</c>.
/// </summary>
internal static class JsonOutput
{
    // Messages quote code ('…', "…") and paths may hold any letter: keep them readable rather than \u-escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, FileReport report) => output.WriteLine(ToJson(report));

    public static string ToJson(FileReport report)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("path", report.Path);
            json.WriteString("construct", report.Construct);
            json.WriteString("name", report.Name);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
                WriteDiagnostic(json, diagnostic);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, FileDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", diagnostic.SeverityName);
        json.WriteNumber("line", diagnostic.Start.Line);
        json.WriteNumber("column", diagnostic.Start.Column);
        json.WriteNumber("endLine", diagnostic.End.Line);
        json.WriteNumber("endColumn", diagnostic.End.Column);
        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }
}
