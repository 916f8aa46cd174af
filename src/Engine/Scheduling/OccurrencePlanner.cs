namespace Platform.Engine.Scheduling;

/// <summary>
/// The scheduler's decision for one due task, free of storage and clocks. Occurrences in
/// (now − <see cref="Lateness"/>, now] are on time: each gets exactly one record, a run or a skipped run (overlap
/// policy). Older ones were missed (the engine was down): with <see cref="MissedRunPolicy.RunOnce"/> the latest of
/// them runs once — unless an on-time occurrence runs anyway — and with <see cref="MissedRunPolicy.SkipAll"/> none
/// does. Missed occurrences get no record each, so a week of downtime cannot write a week of skipped rows.
/// </summary>
public sealed class OccurrencePlanner(TimeSpan lateness)
{
    /// <summary>How late a scheduler tick may be before an occurrence counts as missed (Quartz's misfire threshold).</summary>
    public static readonly TimeSpan DefaultLateness = TimeSpan.FromMinutes(1);

    /// <summary>A bound on the on-time occurrences one plan considers, for schedules finer than the lateness allows.</summary>
    public const int MostOnTime = 1_000;

    public static readonly OccurrencePlanner Default = new(DefaultLateness);

    public TimeSpan Lateness { get; } = lateness;

    /// <summary>The first occurrence of a newly published or re-activated task: the next slot, never a catch-up burst.</summary>
    public static DateTimeOffset? FirstOccurrence(ISchedule schedule, DateTimeOffset now) => schedule.NextAfter(now.AddTicks(-1));

    /// <summary>
    /// The plan at <paramref name="now"/>. An occurrence not yet due but within <paramref name="ahead"/> is enqueued
    /// now — to start at its instant, not before — when nothing of the task is pending, so a worker already holds it
    /// when it falls due; with a run pending, the overlap policy is applied when the occurrence is due, as without
    /// planning ahead.
    /// </summary>
    public OccurrencePlan Plan(
        ISchedule schedule, TaskPolicies policies, DateTimeOffset next, PendingRuns pending, DateTimeOffset now, TimeSpan ahead = default)
    {
        if (next > now)
            return next <= now + ahead && pending == PendingRuns.None
                ? new OccurrencePlan([next], [], schedule.NextAfter(next), false)
                : new OccurrencePlan([], [], next, false);
        var lateLimit = now - Lateness;
        var onTime = OnTime(schedule, next, lateLimit, now);
        var missed = next <= lateLimit;
        var due = onTime.Count == 0 && missed && policies.MissedRuns == MissedRunPolicy.RunOnce && LatestAtOrBefore(schedule, next, lateLimit) is { } latest
            ? [latest]
            : onTime;
        var (enqueue, skipped) = ApplyOverlap(due, policies.Overlap, pending);
        return new OccurrencePlan(enqueue, skipped, schedule.NextAfter(now), missed);
    }

    private static List<DateTimeOffset> OnTime(ISchedule schedule, DateTimeOffset next, DateTimeOffset lateLimit, DateTimeOffset now)
    {
        var occurrences = new List<DateTimeOffset>();
        var cursor = next > lateLimit ? next : schedule.NextAfter(lateLimit);
        while (cursor is { } occurrence && occurrence <= now && occurrences.Count < MostOnTime)
        {
            occurrences.Add(occurrence);
            cursor = schedule.NextAfter(occurrence);
        }
        return occurrences;
    }

    private static (List<DateTimeOffset> Enqueue, List<SkippedOccurrence> Skipped) ApplyOverlap(
        List<DateTimeOffset> due, OverlapPolicy overlap, PendingRuns pending)
    {
        var enqueue = new List<DateTimeOffset>();
        var skipped = new List<SkippedOccurrence>();
        var (running, queued) = (pending.Running, pending.Queued);
        foreach (var occurrence in due)
        {
            if (SkipReason(overlap, running, queued) is { } reason)
            {
                skipped.Add(new SkippedOccurrence(occurrence, reason));
                continue;
            }
            enqueue.Add(occurrence);
            queued++;
        }
        return (enqueue, skipped);
    }

    private static string? SkipReason(OverlapPolicy overlap, bool running, int queued) => overlap switch
    {
        OverlapPolicy.QueueOne when queued > 0 => running ? SkipReasons.RunWaiting : SkipReasons.PreviousQueued,
        OverlapPolicy.QueueOne => null,
        _ when running => SkipReasons.PreviousRunning,
        _ when queued > 0 => SkipReasons.PreviousQueued,
        _ => null,
    };

    /// <summary>
    /// The latest occurrence in [<paramref name="from"/>, <paramref name="limit"/>] without walking every one (a week
    /// of a 1-second schedule): the smallest instant t with NextAfter(t) beyond the limit is that occurrence.
    /// </summary>
    internal static DateTimeOffset? LatestAtOrBefore(ISchedule schedule, DateTimeOffset from, DateTimeOffset limit)
    {
        if (schedule.NextAfter(from.AddTicks(-1)) is not { } first || first > limit)
            return null;
        var (low, high) = (first.UtcTicks - 1, limit.UtcTicks);
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            if (schedule.NextAfter(new DateTimeOffset(middle, TimeSpan.Zero)) is { } after && after <= limit)
                low = middle;
            else
                high = middle;
        }
        return new DateTimeOffset(high, TimeSpan.Zero);
    }
}
