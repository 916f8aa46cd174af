namespace Platform.Engine.Scheduling;

/// <summary>Several schedules as one: the union of their occurrences, an instant shared by two counted once.</summary>
public sealed class CombinedSchedule(IReadOnlyList<ISchedule> parts) : ISchedule
{
    public IReadOnlyList<ISchedule> Parts { get; } = parts;

    public DateTimeOffset? NextAfter(DateTimeOffset instant)
    {
        DateTimeOffset? earliest = null;
        foreach (var part in Parts)
        {
            if (part.NextAfter(instant) is { } next && (earliest is null || next < earliest))
                earliest = next;
        }
        return earliest;
    }
}
