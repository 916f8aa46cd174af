using Platform.Engine.Scheduling;

namespace Platform.Engine.Tasks.Editing;

/// <summary>
/// One schedule event as the form edits it: start (and optional end) as wall-clock times in a time zone, and a
/// frequency in seconds (null for a single run). The script stores instants (UTC); the zone is how the user enters them.
/// </summary>
public sealed record ScheduleEventInput(DateTime Start, string TimeZone, long? FrequencySeconds, DateTime? End)
{
    /// <summary>The form's view of an event: its start and end on the wall clock of <paramref name="zone"/>.</summary>
    public static ScheduleEventInput From(ScheduleEvent scheduleEvent, TimeZoneInfo zone) => new(
        TimeZoneInfo.ConvertTime(scheduleEvent.StartsOn, zone).DateTime,
        zone.Id,
        scheduleEvent.Frequency is { } frequency ? (long)frequency.TotalSeconds : null,
        scheduleEvent.EndsOn is { } end ? TimeZoneInfo.ConvertTime(end, zone).DateTime : null);

    /// <summary>The event, or what is wrong, each problem located under <paramref name="field"/> (e.g. <c>schedule[0]</c>).</summary>
    public (ScheduleEvent? Event, IReadOnlyList<FieldProblem> Problems) ToEvent(string field)
    {
        if (!ScheduleTimeZones.TryFind(TimeZone, out var zone))
            return (null, [new($"{field}.time_zone", ScheduleTimeZones.UnknownMessage(TimeZone))]);
        var problems = new List<FieldProblem>();
        var start = Instant(Start, zone, $"{field}.starts_on", problems);
        var end = End is { } wallEnd ? Instant(wallEnd, zone, $"{field}.ends_on", problems) : null;
        if (FrequencySeconds is <= 0)
            problems.Add(new($"{field}.freq", $"The frequency must be at least 1 second; it is {FrequencySeconds}."));
        else if (FrequencySeconds > (long)TimeSpan.MaxValue.TotalSeconds / 2)
            problems.Add(new($"{field}.freq", "The frequency is far too large."));
        if (problems.Count > 0 || start is null)
            return (null, problems);
        var scheduleEvent = new ScheduleEvent(start.Value, FrequencySeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, end);
        var invalid = TaskHeaderValidator.ValidateEvent(scheduleEvent, field);
        return invalid.Count > 0 ? (null, invalid) : (scheduleEvent, []);
    }

    // A wall-clock time the clocks skip is refused (the user should pick a real time); one that happens twice is the
    // first, as cron schedules read it.
    private static DateTimeOffset? Instant(DateTime wallClock, TimeZoneInfo zone, string field, List<FieldProblem> problems)
    {
        if (wallClock.Year is < 1970 or > 9998)
        {
            problems.Add(new(field, "The date must be between 1970 and 9998."));
            return null;
        }
        var time = DateTime.SpecifyKind(new DateTime(wallClock.Ticks - wallClock.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(time))
        {
            problems.Add(new(field, $"{time:yyyy-MM-dd HH:mm} does not exist in {zone.Id}: the clocks skip it that night. Pick another time."));
            return null;
        }
        var offset = zone.IsAmbiguousTime(time) ? zone.GetAmbiguousTimeOffsets(time).Max() : zone.GetUtcOffset(time);
        return new DateTimeOffset(time, offset).ToUniversalTime();
    }
}
