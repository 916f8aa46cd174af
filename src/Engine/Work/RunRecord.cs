using Platform.Engine.Runtime.Execution;

namespace Platform.Engine.Work;

/// <summary>
/// A run as the run table keeps it. (<see cref="TaskId"/>, <see cref="ScheduledFor"/>, <see cref="Attempt"/>) is
/// unique, so one occurrence can never get two runs; a retry is the same occurrence with the next attempt.
/// </summary>
public sealed record RunRecord
{
    public required long Id { get; init; }

    public required int TaskId { get; init; }

    public required int WorkspaceId { get; init; }

    /// <summary>The published version that runs (or was skipped).</summary>
    public required int Version { get; init; }

    public required string Datasource { get; init; }

    public required RunTrigger Trigger { get; init; }

    /// <summary>The occurrence (schedule, retry) or the moment it was asked for (manual, api).</summary>
    public required DateTimeOffset ScheduledFor { get; init; }

    /// <summary>1 for the first try; a retry counts up.</summary>
    public int Attempt { get; init; } = 1;

    public RunState State { get; init; } = RunState.Queued;

    public required DateTimeOffset QueuedAt { get; init; }

    /// <summary>The run may not start before this instant (a retry's backoff).</summary>
    public required DateTimeOffset NotBefore { get; init; }

    /// <summary>The node that claimed it and until when its lease holds; null when not running.</summary>
    public string? Node { get; init; }

    public Guid? Lease { get; init; }

    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>Someone asked to cancel the running run; its worker stops it at the next heartbeat.</summary>
    public bool CancelRequested { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Why it was skipped, interrupted or handed back, in words for the run list.</summary>
    public string? Reason { get; init; }

    /// <summary>What the script left (result, log, trace, error, counters); null for runs that did not run to an end.</summary>
    public RunResult? Result { get; init; }
}

/// <summary>A run to add to the queue.</summary>
public sealed record NewRun(
    int TaskId,
    int WorkspaceId,
    int Version,
    string Datasource,
    RunTrigger Trigger,
    DateTimeOffset ScheduledFor,
    int Attempt,
    DateTimeOffset NotBefore);

/// <summary>An occurrence recorded as skipped instead of run.</summary>
public sealed record SkippedRun(int TaskId, int WorkspaceId, int Version, string Datasource, DateTimeOffset ScheduledFor, string Reason);

/// <summary>One transition of a run, as the append-only run-events table keeps it.</summary>
public sealed record RunTransition(long RunId, RunState? From, RunState To, DateTimeOffset At, string? Node, string? Detail);
