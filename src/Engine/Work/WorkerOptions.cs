namespace Platform.Engine.Work;

public sealed record WorkerOptions
{
    /// <summary>
    /// This node's name in run records and leases; unique per process. The host names it (machine and process id):
    /// the engine itself does not read the host's environment (see the sandbox surface test).
    /// </summary>
    public string Node { get; init; } = $"node-{Guid.NewGuid():N}"[..13];

    /// <summary>Runs this worker executes at once.</summary>
    public int MaxConcurrentRuns { get; init; } = 16;

    /// <summary>Runs one workspace may have running at once over all nodes, so one workspace cannot starve the others.</summary>
    public int PerWorkspaceLimit { get; init; } = 4;

    /// <summary>How long a claim holds without a heartbeat; a crashed node's runs are recovered after this.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a running run's lease is renewed (and a cancel request noticed); well under the lease.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an idle worker waits for a wake-up before it looks at the queue anyway.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    public IReadOnlyList<string> Validate() =>
        HeartbeatInterval * 2 > LeaseDuration
            ? [$"The heartbeat ({HeartbeatInterval.TotalSeconds:0.###} s) must be at most half the lease ({LeaseDuration.TotalSeconds:0.###} s), or live runs would lose their leases."]
            : MaxConcurrentRuns < 1 || PerWorkspaceLimit < 1
                ? ["MaxConcurrentRuns and PerWorkspaceLimit must be at least 1."]
                : [];
}
