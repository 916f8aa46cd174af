namespace Platform.Engine.Scheduling;

/// <summary>
/// One event of a task's schedule: runs at <see cref="StartsOn"/> and then every <see cref="Frequency"/> until
/// <see cref="EndsOn"/>; a single run when there is no frequency.
/// </summary>
public sealed record ScheduleEvent(DateTimeOffset StartsOn, TimeSpan? Frequency, DateTimeOffset? EndsOn);
