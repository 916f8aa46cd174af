using Platform.Engine.Scheduling;

namespace Platform.Engine.Work;

/// <summary>Whether a run that ended badly is tried again, as which attempt, and not before when.</summary>
public static class RetryPlanner
{
    /// <summary>The retry of <paramref name="run"/>, or null when its outcome is final or its retries are used up.</summary>
    public static NewRun? Plan(RunRecord run, RunState outcome, RetryPolicy policy, DateTimeOffset at, Random random)
    {
        if (!outcome.IsRetryable() || run.Attempt > policy.Count)
            return null;
        // Random is not thread-safe and one instance serves every run of a worker.
        TimeSpan delay;
        lock (random)
            delay = policy.DelayBefore(run.Attempt, random);
        return new NewRun(run.TaskId, run.WorkspaceId, run.Version, run.Datasource, RunTrigger.Retry, run.ScheduledFor, run.Attempt + 1, at + delay);
    }
}
