namespace Platform.Engine.Scheduling;

/// <summary>
/// Everything that makes a task run: the script's schedule events and the settings' cron entries, as one schedule.
/// A task with neither never runs on its own (only "run now").
/// </summary>
public sealed class TaskScheduleDefinition : ISchedule
{
    private readonly CombinedSchedule _combined;

    private TaskScheduleDefinition(IReadOnlyList<ScheduleEvent> events, IReadOnlyList<CronSchedule> crons)
    {
        Events = events;
        Crons = crons;
        _combined = new CombinedSchedule([.. events, .. crons]);
    }

    public IReadOnlyList<ScheduleEvent> Events { get; }

    public IReadOnlyList<CronSchedule> Crons { get; }

    public bool IsEmpty => Events.Count == 0 && Crons.Count == 0;

    /// <summary>The schedule of a task; cron entries that do not parse (settings are checked when read) are left out.</summary>
    public static TaskScheduleDefinition From(IReadOnlyList<ScheduleEvent> events, TaskSettings settings)
    {
        var crons = settings.Cron
            .Select(entry => CronSchedule.Parse(entry.Expression, entry.TimeZone).Schedule)
            .OfType<CronSchedule>()
            .ToList();
        return new TaskScheduleDefinition(events, crons);
    }

    public DateTimeOffset? NextAfter(DateTimeOffset instant) => _combined.NextAfter(instant);
}
