using NCrontab;

namespace Platform.Engine.Scheduling;

/// <summary>
/// A cron expression (5 fields, or 6 with seconds first) read on the wall clock of an IANA time zone. Around
/// daylight-saving changes: a wall-clock time that does not exist (the clocks jump forward over it) runs once, at
/// the moment of the jump; a wall-clock time that happens twice (the clocks go back) runs once, the first time.
/// A schedule that must tick evenly through those nights is an interval schedule (UTC), not a cron.
/// </summary>
public sealed class CronSchedule : ISchedule
{
    private readonly CrontabSchedule _crontab;

    private CronSchedule(string expression, CrontabSchedule crontab, TimeZoneInfo timeZone)
    {
        Expression = expression;
        _crontab = crontab;
        TimeZone = timeZone;
    }

    public string Expression { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>The schedule, or a message saying what is wrong with the expression or the time zone.</summary>
    public static (CronSchedule? Schedule, string? Error) Parse(string expression, string timeZone)
    {
        var trimmed = expression.Trim();
        var fields = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (5 or 6))
            return (null, $"A cron expression has 5 fields (minute hour day month weekday), or 6 with seconds first; '{trimmed}' has {fields}.");
        var crontab = CrontabSchedule.TryParse(trimmed, new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 });
        if (crontab is null)
            return (null, $"'{trimmed}' is not a valid cron expression: each field takes numbers, ranges (1-5), lists (1,3), steps (*/15) or *.");
        if (!ScheduleTimeZones.TryFind(timeZone, out var zone))
            return (null, ScheduleTimeZones.UnknownMessage(timeZone));
        return (new CronSchedule(trimmed, crontab, zone), null);
    }

    public DateTimeOffset? NextAfter(DateTimeOffset instant)
    {
        var wallClock = TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;
        // NCrontab works on wall-clock DateTimes; it answers DateTime.MaxValue-ish end when nothing comes.
        var next = _crontab.GetNextOccurrence(wallClock, DateTime.MaxValue.AddYears(-1));
        if (next >= DateTime.MaxValue.AddYears(-1))
            return null;
        return ToInstant(next, instant);
    }

    private DateTimeOffset ToInstant(DateTime wallClock, DateTimeOffset after)
    {
        if (TimeZone.IsInvalidTime(wallClock))
            return GapEnd(wallClock);
        if (TimeZone.IsAmbiguousTime(wallClock))
        {
            // The first time (the larger, daylight offset) runs; the repeat is skipped by asking for the next
            // wall-clock time after the repeated hour.
            var first = new DateTimeOffset(wallClock, TimeZone.GetAmbiguousTimeOffsets(wallClock).Max());
            if (first > after)
                return first;
            var second = new DateTimeOffset(wallClock, TimeZone.GetAmbiguousTimeOffsets(wallClock).Min());
            return NextAfterRepeat(second);
        }
        return new DateTimeOffset(wallClock, TimeZone.GetUtcOffset(wallClock));
    }

    // Inside the repeated hour (second pass) nothing runs: continue from the wall-clock time the repeat ends.
    private DateTimeOffset NextAfterRepeat(DateTimeOffset inRepeat)
    {
        var wallClock = inRepeat.DateTime;
        while (TimeZone.IsAmbiguousTime(wallClock))
            wallClock = wallClock.AddMinutes(1);
        var next = _crontab.GetNextOccurrence(wallClock.AddTicks(-1), DateTime.MaxValue.AddYears(-1));
        return ToInstant(next, inRepeat);
    }

    // A wall-clock time the clocks skip: the instant they jump (the first valid wall-clock time after the gap).
    private DateTimeOffset GapEnd(DateTime skipped)
    {
        var wallClock = skipped;
        while (TimeZone.IsInvalidTime(wallClock))
            wallClock = wallClock.AddMinutes(1);
        wallClock = new DateTime(wallClock.Year, wallClock.Month, wallClock.Day, wallClock.Hour, wallClock.Minute, 0);
        return new DateTimeOffset(wallClock, TimeZone.GetUtcOffset(wallClock));
    }
}
