namespace Platform.Engine.Scheduling;

/// <summary>
/// One event of a task's schedule (reference §4.2): runs at <see cref="StartsOn"/> and then every
/// <see cref="Frequency"/> until <see cref="EndsOn"/> (inclusive); a single run when there is no frequency.
/// Occurrences are fixed slots <c>starts_on + k·freq</c>, so a task published late starts at the next slot
/// rather than catching up on the ones it missed.
/// </summary>
public sealed record ScheduleEvent(DateTimeOffset StartsOn, TimeSpan? Frequency, DateTimeOffset? EndsOn) : ISchedule
{
    public DateTimeOffset? NextAfter(DateTimeOffset instant)
    {
        var next = instant < StartsOn ? StartsOn : NextSlotAfter(instant);
        return next is { } slot && (EndsOn is not { } end || slot <= end) ? slot : null;
    }

    private DateTimeOffset? NextSlotAfter(DateTimeOffset instant)
    {
        if (Frequency is not { Ticks: > 0 } frequency)
            return null;
        var slots = (instant - StartsOn).Ticks / frequency.Ticks + 1;
        var ticks = StartsOn.UtcTicks + (decimal)slots * frequency.Ticks;
        return ticks <= DateTimeOffset.MaxValue.UtcTicks ? new DateTimeOffset((long)ticks, TimeSpan.Zero) : null;
    }
}
