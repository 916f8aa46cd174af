using System.Text.Json;

namespace Platform.Engine.Scheduling;

/// <summary>
/// The settings document stored beside a task's script (and exported as its sidecar file). Every property is
/// optional; an empty document, or none, means the defaults:
/// <code>
/// {
///   "cron": [{ "expression": "0 9 * * 1-5", "time_zone": "Europe/Berlin" }],
///   "overlap": "skip",                 // or "queue_one"
///   "missed_runs": "run_once",         // or "skip_all"
///   "retry": { "count": 3, "delay_seconds": 30, "max_delay_seconds": 3600 },
///   "timeout_seconds": 900,
///   "history_days": 7                  // or "all"
/// }
/// </code>
/// Reading never throws: it returns every problem found, each with its place in the document.
/// </summary>
public static class TaskSettingsJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static SettingsParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new SettingsParseResult(TaskSettings.Default, []);
        var utf8 = JsonPositions.Encode(text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException syntax)
        {
            var line = (int)(syntax.LineNumber ?? 0) + 1;
            var column = (int)(syntax.BytePositionInLine ?? 0) + 1;
            return new SettingsParseResult(null, [new SettingsError("$", line, column, $"The settings are not valid JSON: {FirstSentence(syntax.Message)}")]);
        }
        using (document)
        {
            var reader = new TaskSettingsReader(JsonPositions.Read(utf8));
            var settings = reader.Read(document.RootElement);
            return reader.Errors.Count == 0 ? new SettingsParseResult(settings, []) : new SettingsParseResult(null, reader.Errors);
        }
    }

    /// <summary>The document for these settings, every property written so a reader sees what applies.</summary>
    public static string Write(TaskSettings settings)
    {
        var policies = settings.Policies;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("cron");
            foreach (var cron in settings.Cron)
            {
                json.WriteStartObject();
                json.WriteString("expression", cron.Expression);
                json.WriteString("time_zone", cron.TimeZone);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("overlap", TaskSettingsNames.Of(policies.Overlap));
            json.WriteString("missed_runs", TaskSettingsNames.Of(policies.MissedRuns));
            json.WriteStartObject("retry");
            json.WriteNumber("count", policies.Retry.Count);
            json.WriteNumber("delay_seconds", policies.Retry.Delay.TotalSeconds);
            json.WriteNumber("max_delay_seconds", policies.Retry.MaxDelay.TotalSeconds);
            json.WriteEndObject();
            json.WriteNumber("timeout_seconds", policies.Timeout.TotalSeconds);
            if (policies.History.KeepFor is { } keep)
                json.WriteNumber("history_days", keep.TotalDays);
            else
                json.WriteString("history_days", TaskSettingsNames.AllHistory);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}

/// <summary>The names the settings document uses for policy values.</summary>
internal static class TaskSettingsNames
{
    public const string AllHistory = "all";

    public static string Of(OverlapPolicy overlap) => overlap == OverlapPolicy.QueueOne ? "queue_one" : "skip";

    public static string Of(MissedRunPolicy missed) => missed == MissedRunPolicy.SkipAll ? "skip_all" : "run_once";

    public static OverlapPolicy? Overlap(string name) => name switch
    {
        "skip" => OverlapPolicy.Skip,
        "queue_one" => OverlapPolicy.QueueOne,
        _ => null,
    };

    public static MissedRunPolicy? MissedRuns(string name) => name switch
    {
        "run_once" => MissedRunPolicy.RunOnce,
        "skip_all" => MissedRunPolicy.SkipAll,
        _ => null,
    };
}
