namespace Platform.Engine.Scheduling;

/// <summary>The task's runs that have not finished when the scheduler looks at it.</summary>
public readonly record struct PendingRuns(bool Running, int Queued)
{
    public static readonly PendingRuns None = new(false, 0);
}

/// <summary>An occurrence that is recorded as a skipped run instead of running, and why.</summary>
public sealed record SkippedOccurrence(DateTimeOffset ScheduledFor, string Reason);

/// <summary>
/// What the scheduler does for one task at one instant: the occurrences to enqueue, those to record as skipped,
/// and the next occurrence to store (null when the schedule has ended). <see cref="MissedAny"/> says occurrences
/// passed too long ago to count as on time (downtime); they get no record of their own.
/// </summary>
public sealed record OccurrencePlan(
    IReadOnlyList<DateTimeOffset> Enqueue,
    IReadOnlyList<SkippedOccurrence> Skipped,
    DateTimeOffset? Next,
    bool MissedAny)
{
    public bool IsEmpty => Enqueue.Count == 0 && Skipped.Count == 0;
}

public static class SkipReasons
{
    public const string PreviousRunning = "The previous run was still running.";
    public const string PreviousQueued = "The previous run had not started yet.";
    public const string RunWaiting = "A run was already waiting to start behind the running one.";
}
