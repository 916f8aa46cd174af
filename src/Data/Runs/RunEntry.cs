namespace Platform.Data.Runs;

/// <summary>
/// One run as the <c>runs</c> table keeps it: the engine's <see cref="Platform.Engine.Work.RunRecord"/> plus what
/// the script left. (task, scheduled_for, attempt) is unique, and at most one run of a task is running. The queue
/// writes this table with hand-written SQL (<see cref="SqlRunQueue"/>); EF maps it for migrations and history reads.
/// </summary>
public sealed class RunEntry
{
    public long Id { get; set; }

    public int TaskId { get; set; }

    public int WorkspaceId { get; set; }

    public int Version { get; set; }

    public required string Datasource { get; set; }

    /// <summary><see cref="Platform.Engine.Work.RunTrigger"/> by its stored name.</summary>
    public required string Trigger { get; set; }

    public DateTime ScheduledFor { get; set; }

    public int Attempt { get; set; }

    /// <summary><see cref="Platform.Engine.Work.RunState"/> by its stored name (queued, running, timed_out…).</summary>
    public required string State { get; set; }

    public DateTime QueuedAt { get; set; }

    public DateTime NotBefore { get; set; }

    public string? Node { get; set; }

    public string? Lease { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }

    public bool CancelRequested { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public string? Reason { get; set; }

    public string? ResultJson { get; set; }

    public string? LogJson { get; set; }

    public string? TraceJson { get; set; }

    public long TraceOmitted { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorName { get; set; }

    public string? ErrorMessage { get; set; }

    public int? ErrorLine { get; set; }

    public int? ErrorColumn { get; set; }

    /// <summary>The run limit that stopped it (wall_time, steps…), when one did.</summary>
    public string? ErrorLimit { get; set; }

    public long Steps { get; set; }

    public long DatabaseCalls { get; set; }

    public long Requests { get; set; }

    public long? DurationMs { get; set; }
}

/// <summary>One transition of a run, appended in the transaction that made it (the <c>run_events</c> table).</summary>
public sealed class RunEvent
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public string? FromState { get; set; }

    public required string ToState { get; set; }

    public DateTime At { get; set; }

    public string? Node { get; set; }

    public string? Detail { get; set; }
}
