using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Platform.Engine.Language.Text;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Cli.Running;

/// <summary>How <c>xs run</c> prints a run: readable lines, or one JSON object.</summary>
internal static class RunReportWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// <c>log 4:5: value</c> per debug.log, <c>mail to …: subject</c> per e-mail (recorded, not sent), then
    /// <c>result: value</c> or <c>error 7:3: CODE (name): message</c>, then a summary: status, time and counters.
    /// </summary>
    public static void WriteText(TextWriter output, RunResult result, IReadOnlyList<EmailMessage> mail, SourceText text)
    {
        foreach (var entry in result.Log)
            output.WriteLine($"log {Position(text, entry.Span)}: {ValueDisplay.Format(entry.Value, 10_000)}");
        foreach (var message in mail)
            output.WriteLine($"mail to {string.Join(", ", message.To)}: {message.Subject}");
        if (result.Failure is { } failure)
        {
            var name = failure.Error.Name is { } n ? $" ({n})" : "";
            var at = failure.Span is { } span ? " " + Position(text, span) : "";
            output.WriteLine($"error{at}: {failure.Error.Code}{name}: {failure.Error.Message}");
            foreach (var frame in failure.Functions ?? [])
                output.WriteLine("  " + FunctionTrail.Line(frame));
        }
        else
        {
            output.WriteLine($"result: {ValueDisplay.Format(result.Result, 100_000)}");
        }
        var counters = result.Counters;
        output.WriteLine(
            $"{StatusName(result.Status)} in {result.Duration.TotalMilliseconds:0} ms: {counters.Steps} statements, "
            + $"{counters.DatabaseCalls} database calls, {counters.Requests} requests");
    }

    /// <summary><c>{status, result, log: [values], error: {code, name, message, line, column} | null, steps, …}</c> on one line.</summary>
    public static void WriteJson(TextWriter output, RunResult result, IReadOnlyList<EmailMessage> mail, SourceText text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("status", StatusName(result.Status));
            json.WritePropertyName("result");
            JsonValues.Write(json, result.Result);
            json.WriteStartArray("log");
            foreach (var entry in result.Log)
                JsonValues.Write(json, entry.Value);
            json.WriteEndArray();
            WriteError(json, result.Failure, text);
            json.WriteStartArray("emails");
            foreach (var message in mail)
                WriteEmail(json, message);
            json.WriteEndArray();
            json.WriteNumber("steps", result.Counters.Steps);
            json.WriteNumber("databaseCalls", result.Counters.DatabaseCalls);
            json.WriteNumber("requests", result.Counters.Requests);
            json.WriteNumber("durationMs", Math.Round(result.Duration.TotalMilliseconds, 3));
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteError(Utf8JsonWriter json, RunFailure? failure, SourceText text)
    {
        if (failure is null)
        {
            json.WriteNull("error");
            return;
        }
        json.WriteStartObject("error");
        json.WriteString("code", failure.Error.Code);
        json.WriteString("name", failure.Error.Name);
        json.WriteString("message", failure.Error.Message);
        if (failure.Span is { } span)
        {
            var position = text.GetLinePosition(span.Start);
            json.WriteNumber("line", position.Line);
            json.WriteNumber("column", position.Column);
        }
        else
        {
            json.WriteNull("line");
            json.WriteNull("column");
        }
        if (failure.Limit is not null)
            json.WriteString("limit", failure.Limit);
        json.WriteStartArray("functions");
        foreach (var frame in failure.Functions ?? [])
        {
            json.WriteStartObject();
            json.WriteString("function", frame.Function);
            if (frame.Position is { } position)
            {
                json.WriteNumber("line", position.Line);
                json.WriteNumber("column", position.Column);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEmail(Utf8JsonWriter json, EmailMessage message)
    {
        json.WriteStartObject();
        json.WriteString("provider", message.Provider);
        json.WriteString("from", message.From);
        WriteList(json, "to", message.To);
        WriteList(json, "cc", message.Cc);
        WriteList(json, "bcc", message.Bcc);
        json.WriteString("subject", message.Subject);
        json.WriteString("message", message.Message);
        json.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
            json.WriteStringValue(item);
        json.WriteEndArray();
    }

    public static string StatusName(RunStatus status) => status switch
    {
        RunStatus.Succeeded => "succeeded",
        RunStatus.Failed => "failed",
        RunStatus.Cancelled => "cancelled",
        _ => "timed_out",
    };

    private static string Position(SourceText text, SourceSpan span) =>
        text.GetLinePosition(span.Start) is var p ? $"{p.Line}:{p.Column}" : "";
}
