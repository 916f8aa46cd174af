using System.Text.Json;
using Platform.Data.Runs;

namespace Platform.Web.Model.Runs;

/// <summary>One debug.log entry of a run, placed on its line of the version's script (null inside a function).</summary>
public sealed record RunLogLine(string Time, string Value, int? Line, string? Function);

/// <summary>One step of a run's trace.</summary>
public sealed record RunTraceLine(string Kind, double StartMs, double DurationMs, string? Snapshot, int? Line, string? Function);

/// <summary>
/// A finished run's log and trace as the run detail lists them. The stored entries carry offsets into the script of
/// the version that ran; here they become line numbers. Stored JSON that cannot be read gives empty lists, never an error.
/// </summary>
public sealed class RunOutput
{
    private readonly ScriptLines _lines;

    public RunOutput(RunDetail run)
    {
        _lines = new ScriptLines(run.Script);
        Log = Read(run.LogJson, ReadLog);
        Trace = Read(run.TraceJson, ReadTrace);
    }

    public IReadOnlyList<RunLogLine> Log { get; }

    public IReadOnlyList<RunTraceLine> Trace { get; }

    private static IReadOnlyList<T> Read<T>(string? json, Func<JsonElement, T> read)
    {
        if (string.IsNullOrEmpty(json))
            return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Array ? [.. document.RootElement.EnumerateArray().Select(read)] : [];
        }
        catch (Exception failure) when (failure is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return [];
        }
    }

    private RunLogLine ReadLog(JsonElement entry) => new(
        entry.GetProperty("time").TryGetDateTimeOffset(out var at) ? RunText.Time(at) : entry.GetProperty("time").GetString() ?? "",
        entry.TryGetProperty("value", out var value) ? value.GetRawText() : "null",
        LineOf(entry),
        FunctionOf(entry));

    private RunTraceLine ReadTrace(JsonElement step) => new(
        step.GetProperty("kind").GetString() ?? "",
        step.GetProperty("start_ms").GetDouble(),
        step.GetProperty("duration_ms").GetDouble(),
        step.TryGetProperty("snapshot", out var snapshot) ? snapshot.GetString() : null,
        LineOf(step),
        FunctionOf(step));

    private static string? FunctionOf(JsonElement entry) =>
        entry.TryGetProperty("function", out var function) ? function.GetString() : null;

    private int? LineOf(JsonElement entry) =>
        entry.TryGetProperty("start", out var start) && start.TryGetInt32(out var offset) ? _lines.LineOf(offset, FunctionOf(entry)) : null;
}
