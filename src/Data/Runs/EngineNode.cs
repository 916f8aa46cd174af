namespace Platform.Data.Runs;

/// <summary>
/// One engine process in the node registry (the <c>engine_nodes</c> table): who it is, when it last beat, its load,
/// and its counters since it started. Written only by <see cref="SqlNodeRegistry"/>.
/// </summary>
public sealed class EngineNode
{
    /// <summary>The worker's node name, as runs record it; unique.</summary>
    public required string Name { get; set; }

    /// <summary>all or worker.</summary>
    public required string Role { get; set; }

    public required string Host { get; set; }

    public int ProcessId { get; set; }

    public required string Version { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime LastHeartbeatAt { get; set; }

    public int Running { get; set; }

    public int Capacity { get; set; }

    public long RunsEnqueued { get; set; }

    public long RunsSkipped { get; set; }

    public long RunsStarted { get; set; }

    public long RunsSucceeded { get; set; }

    public long RunsFailed { get; set; }

    public long RunsTimedOut { get; set; }

    public long RunsCancelled { get; set; }

    public double StartLagMeanMs { get; set; }

    public double StartLagMaxMs { get; set; }
}
