namespace Platform.Engine.Work;

/// <summary>
/// Where a run is in its life: queued → running → succeeded | failed | timed_out | cancelled | interrupted; a
/// skipped run never starts. A running run handed back at shutdown returns to queued.
/// </summary>
public enum RunState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    TimedOut,
    Cancelled,
    Interrupted,
    Skipped,
}

/// <summary>What created a run.</summary>
public enum RunTrigger
{
    Schedule,
    Manual,
    Retry,
    Api,
}

public static class RunStates
{
    public static bool IsFinal(this RunState state) => state is not (RunState.Queued or RunState.Running);

    /// <summary>Outcomes worth another attempt: the script failed, ran out of time, or its node went away.</summary>
    public static bool IsRetryable(this RunState state) => state is RunState.Failed or RunState.TimedOut or RunState.Interrupted;

    /// <summary>The stored name (snake_case, as the run tables and the API show it).</summary>
    public static string Name(this RunState state) => state switch
    {
        RunState.TimedOut => "timed_out",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static string Name(this RunTrigger trigger) => trigger.ToString().ToLowerInvariant();
}
