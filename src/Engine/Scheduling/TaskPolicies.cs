namespace Platform.Engine.Scheduling;

/// <summary>What happens to an occurrence that comes due while the task's previous run has not finished.</summary>
public enum OverlapPolicy
{
    /// <summary>The occurrence is recorded as a skipped run with the reason (Xano's behaviour).</summary>
    Skip,

    /// <summary>One occurrence waits behind the running run; further ones are skipped while it waits.</summary>
    QueueOne,
}

/// <summary>What happens to occurrences that passed while the engine was down (or too late to count as on time).</summary>
public enum MissedRunPolicy
{
    /// <summary>One run for the latest missed occurrence.</summary>
    RunOnce,

    /// <summary>No run; the task continues at its next occurrence.</summary>
    SkipAll,
}

/// <summary>
/// How the engine treats one task: overlap, missed occurrences, retries, time limit and history. Platform settings
/// stored beside the script (XanoScript cannot express them), versioned with it.
/// </summary>
public sealed record TaskPolicies
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(15);

    /// <summary>The longest timeout a task may ask for; the workspace's maximum can lower it further at run time.</summary>
    public static readonly TimeSpan LongestTimeout = TimeSpan.FromHours(24);

    public static readonly TaskPolicies Default = new();

    public OverlapPolicy Overlap { get; init; } = OverlapPolicy.Skip;

    public MissedRunPolicy MissedRuns { get; init; } = MissedRunPolicy.RunOnce;

    public RetryPolicy Retry { get; init; } = RetryPolicy.None;

    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    public HistoryRetention History { get; init; } = HistoryRetention.Default;

    /// <summary>The run's wall-time limit: the task's timeout, never more than the workspace allows.</summary>
    public TimeSpan EffectiveTimeout(TimeSpan workspaceMaximum) => Timeout <= workspaceMaximum ? Timeout : workspaceMaximum;

    /// <summary>What is wrong with these policies, setting by setting; empty when they are valid.</summary>
    public IReadOnlyList<PolicyProblem> Validate()
    {
        var problems = new List<PolicyProblem>();
        if (Timeout <= TimeSpan.Zero || Timeout > LongestTimeout)
            problems.Add(new("timeout_seconds", $"timeout_seconds must be between 1 and {LongestTimeout.TotalSeconds:0} (24 hours); it is {Timeout.TotalSeconds:0.###}."));
        problems.AddRange(Retry.Validate());
        problems.AddRange(History.Validate());
        return problems;
    }
}

/// <summary>A policy value out of range: the setting's name in the settings document, and what is wrong.</summary>
public sealed record PolicyProblem(string Setting, string Message);
