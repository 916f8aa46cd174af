namespace Platform.Engine.Scheduling;

/// <summary>The IDE's preview of when a task will run: its next occurrences, read on the user's wall clock.</summary>
public static class SchedulePreview
{
    public const int DefaultCount = 10;

    /// <summary>
    /// The next <paramref name="count"/> runs after the clock's now, from the script's events and the settings' cron
    /// entries together, each as an instant with the offset <paramref name="zone"/> has at that moment.
    /// </summary>
    public static IReadOnlyList<DateTimeOffset> Next(
        IReadOnlyList<ScheduleEvent> events, IReadOnlyList<CronEntry> crons, TimeProvider clock, TimeZoneInfo zone, int count = DefaultCount)
    {
        var schedule = TaskScheduleDefinition.From(events, new TaskSettings { Cron = crons });
        return [.. schedule.Upcoming(clock.GetUtcNow(), count).Select(run => TimeZoneInfo.ConvertTime(run, zone))];
    }
}
