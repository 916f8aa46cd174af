using System.Data.Common;
using System.Text.Json;
using Platform.Engine.Language.Text;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;
using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>The stored names of run states and triggers, both ways.</summary>
internal static class RunNames
{
    private static readonly Dictionary<string, RunState> States = Enum.GetValues<RunState>().ToDictionary(s => s.Name());
    private static readonly Dictionary<string, RunTrigger> Triggers = Enum.GetValues<RunTrigger>().ToDictionary(t => t.Name());

    public static RunState State(string name) => States[name];

    public static RunTrigger Trigger(string name) => Triggers[name];

    public static bool TryState(string name, out RunState state) => States.TryGetValue(name, out state);

    public static readonly string Queued = RunState.Queued.Name();
    public static readonly string Running = RunState.Running.Name();
}

/// <summary>The columns a <see cref="RunRecord"/> is read from, in the order <see cref="Read"/> expects.</summary>
internal static class RunRows
{
    public const string Columns =
        "id, task_id, workspace_id, version, datasource, \"trigger\", scheduled_for, attempt, state, queued_at, not_before, " +
        "node, lease, lease_expires_at, cancel_requested, started_at, finished_at, reason";

    public static RunRecord Read(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        TaskId = r.GetInt32(1),
        WorkspaceId = r.GetInt32(2),
        Version = r.GetInt32(3),
        Datasource = r.GetString(4),
        Trigger = RunNames.Trigger(r.GetString(5)),
        ScheduledFor = Instants.Read(r, 6),
        Attempt = r.GetInt32(7),
        State = RunNames.State(r.GetString(8)),
        QueuedAt = Instants.Read(r, 9),
        NotBefore = Instants.Read(r, 10),
        Node = r.IsDBNull(11) ? null : r.GetString(11),
        Lease = r.IsDBNull(12) ? null : Guid.Parse(r.GetString(12)),
        LeaseExpiresAt = Instants.ReadNullable(r, 13),
        CancelRequested = r.GetBoolean(14),
        StartedAt = Instants.ReadNullable(r, 15),
        FinishedAt = Instants.ReadNullable(r, 16),
        Reason = r.IsDBNull(17) ? null : r.GetString(17),
    };

    public static string LeaseText(Guid lease) => lease.ToString("D");
}

/// <summary>
/// What a finished run left, as columns: result, log and trace as JSON (the trace capped at
/// <see cref="TraceLimit"/> steps, the rest counted), the error, counters and duration. An error that came out of
/// functions keeps their lines under its message (<see cref="FunctionTrail"/>), where every reader of the message sees them.
/// Log and trace entries keep their offsets in the version's script (start, length); the history shows the script.
/// </summary>
internal sealed record RunResultColumns(
    string? ResultJson, string LogJson, string TraceJson, long TraceOmitted,
    string? ErrorCode, string? ErrorName, string? ErrorMessage, string? ErrorLimit,
    long Steps, long DatabaseCalls, long Requests, long DurationMs)
{
    public const int TraceLimit = 1_000;

    public static readonly RunResultColumns None = new(null, "[]", "[]", 0, null, null, null, null, 0, 0, 0, 0);

    /// <summary>The columns of a result (the error's line and column are placed by the queue, from the version's script).</summary>
    public static RunResultColumns From(RunResult result)
    {
        var failure = result.Failure;
        var kept = result.Trace.Take(TraceLimit).ToList();
        return new RunResultColumns(
            result.Result.IsNull ? null : JsonValues.Serialize(result.Result),
            Json(w => WriteLog(w, result.Log)),
            Json(w => WriteTrace(w, kept)),
            result.TraceOmitted + (result.Trace.Count - kept.Count),
            failure?.Error.Code,
            failure?.Error.Name,
            failure is null ? null : FunctionTrail.MessageWithFunctions(failure),
            failure?.Limit,
            result.Counters.Steps,
            result.Counters.DatabaseCalls,
            result.Counters.Requests,
            (long)result.Duration.TotalMilliseconds);
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteLog(Utf8JsonWriter w, IReadOnlyList<LogEntry> log)
    {
        w.WriteStartArray();
        foreach (var entry in log)
        {
            w.WriteStartObject();
            w.WriteString("time", entry.Time);
            w.WritePropertyName("value");
            JsonValues.Write(w, entry.Value);
            WriteSpan(w, entry.Span, entry.Function);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTrace(Utf8JsonWriter w, IReadOnlyList<TraceStep> trace)
    {
        w.WriteStartArray();
        foreach (var step in trace)
        {
            w.WriteStartObject();
            w.WriteString("kind", step.Kind);
            w.WriteNumber("start_ms", step.Start.TotalMilliseconds);
            w.WriteNumber("duration_ms", step.Duration.TotalMilliseconds);
            if (step.Snapshot is not null)
                w.WriteString("snapshot", step.Snapshot);
            WriteSpan(w, step.Span, step.Function);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, SourceSpan span, string? function)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("length", span.Length);
        if (function is not null)
            w.WriteString("function", function);
    }
}
