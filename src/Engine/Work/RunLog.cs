using System.Collections;
using Microsoft.Extensions.Logging;

namespace Platform.Engine.Work;

/// <summary>
/// The logging scope of one run: every line a worker logs while running it carries these properties, so a log
/// backend can follow a run (or a task, a workspace, a node) across start, finish and anything in between.
/// </summary>
internal sealed class RunLogScope(RunRecord run, string node) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _properties =
    [
        new("RunId", run.Id),
        new("TaskId", run.TaskId),
        new("WorkspaceId", run.WorkspaceId),
        new("Version", run.Version),
        new("Attempt", run.Attempt),
        new("Trigger", run.Trigger.Name()),
        new("Node", node),
    ];

    public int Count => _properties.Length;

    public KeyValuePair<string, object?> this[int index] => _properties[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_properties).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        $"run {run.Id} (task {run.TaskId}, workspace {run.WorkspaceId}, version {run.Version}, attempt {run.Attempt}, {run.Trigger.Name()}, node {node})";
}

/// <summary>What workers and the scheduler log; templates, so the values stay structured.</summary>
internal static partial class RunLog
{
    public static IDisposable? BeginRun(ILogger logger, RunRecord run, string node) => logger.BeginScope(new RunLogScope(run, node));

    // Debug: the finish line carries the same scope plus the outcome, so a busy node logs one line per run by default.
    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Run {RunId} started {StartLagMs:0} ms after it was due.")]
    public static partial void Started(ILogger logger, long runId, double startLagMs);

    /// <summary>Information for a success, a warning for any other end.</summary>
    [LoggerMessage(EventId = 101, Message = "Run {RunId} finished {Status} in {DurationMs} ms (error code {ErrorCode}).")]
    public static partial void Finished(ILogger logger, LogLevel level, long runId, string status, long durationMs, string? errorCode);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Run {RunId} was handed back to the queue: this node is stopping.")]
    public static partial void HandedBack(ILogger logger, long runId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Run {RunId} lost its lease; the reaper records it interrupted and plans its retry.")]
    public static partial void LeaseLost(ILogger logger, long runId);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Run {RunId} ended but its outcome could not be recorded; its lease will expire and the reaper recovers it.")]
    public static partial void NotRecorded(ILogger logger, Exception exception, long runId);

    [LoggerMessage(EventId = 110, Level = LogLevel.Debug, Message = "Skipped occurrence {ScheduledFor:o} of task {TaskId} (version {Version}): {Reason}")]
    public static partial void Skipped(ILogger logger, DateTimeOffset scheduledFor, int taskId, int version, string reason);

    [LoggerMessage(EventId = 111, Level = LogLevel.Information,
        Message = "Task {TaskId} (version {Version}) missed occurrences while no scheduler ran; missed-runs policy {Policy}: {Action}. Next occurrence {Next:o}.")]
    public static partial void Missed(ILogger logger, int taskId, int version, string policy, string action, DateTimeOffset? next);

    [LoggerMessage(EventId = 112, Level = LogLevel.Debug, Message = "Task {TaskId} was planned by another scheduler first; this plan was not stored.")]
    public static partial void PlannedElsewhere(ILogger logger, int taskId);
}
