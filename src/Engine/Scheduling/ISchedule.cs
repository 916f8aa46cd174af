namespace Platform.Engine.Scheduling;

/// <summary>When a task runs: the first occurrence strictly after an instant, or none when it never runs again.</summary>
public interface ISchedule
{
    DateTimeOffset? NextAfter(DateTimeOffset instant);
}

public static class ScheduleExtensions
{
    /// <summary>The next <paramref name="count"/> occurrences after an instant (the IDE's preview).</summary>
    public static IReadOnlyList<DateTimeOffset> Upcoming(this ISchedule schedule, DateTimeOffset after, int count)
    {
        var occurrences = new List<DateTimeOffset>(count);
        var cursor = after;
        while (occurrences.Count < count && schedule.NextAfter(cursor) is { } next)
        {
            occurrences.Add(next);
            cursor = next;
        }
        return occurrences;
    }
}
