using System.Globalization;
using Platform.Engine.Scheduling;
using Platform.Engine.Tasks.Editing;

namespace Platform.Web.Model.Tasks;

/// <summary>A frequency the schedule form offers by name; <see cref="Seconds"/> null is a single run.</summary>
public sealed record FrequencyPreset(string Key, string Label, long? Seconds)
{
    public const string OnceKey = "once";
    public const string CustomKey = "custom";

    public static readonly IReadOnlyList<FrequencyPreset> All =
    [
        new(OnceKey, "Once", null),
        new("60", "Every minute", 60),
        new("300", "Every 5 minutes", 300),
        new("3600", "Every hour", 3_600),
        new("86400", "Every day", 86_400),
        new("604800", "Every week", 604_800),
        new(CustomKey, "Custom (seconds)", null),
    ];

    public static string KeyFor(long? seconds) =>
        seconds is null ? OnceKey : All.FirstOrDefault(p => p.Seconds == seconds)?.Key ?? CustomKey;
}

/// <summary>One schedule event as the form edits it: wall-clock start and end in a time zone, and a frequency.</summary>
public sealed class ScheduleEventRow
{
    public DateTime? Start { get; set; }

    public string TimeZone { get; set; } = "UTC";

    public string FrequencyKey { get; set; } = "86400";

    public long? CustomSeconds { get; set; }

    public bool HasEnd { get; set; }

    public DateTime? End { get; set; }

    public bool IsCustom => FrequencyKey == FrequencyPreset.CustomKey;

    public static ScheduleEventRow From(ScheduleEvent scheduleEvent, TimeZoneInfo zone)
    {
        var input = ScheduleEventInput.From(scheduleEvent, zone);
        var key = FrequencyPreset.KeyFor(input.FrequencySeconds);
        return new ScheduleEventRow
        {
            Start = input.Start,
            TimeZone = input.TimeZone,
            FrequencyKey = key,
            CustomSeconds = key == FrequencyPreset.CustomKey ? input.FrequencySeconds : null,
            HasEnd = input.End is not null,
            End = input.End,
        };
    }

    /// <summary>A new event: daily from the next midnight of the zone.</summary>
    public static ScheduleEventRow NewDaily(DateTimeOffset now, TimeZoneInfo zone) => new()
    {
        Start = TimeZoneInfo.ConvertTime(now, zone).Date.AddDays(1),
        TimeZone = zone.Id,
        FrequencyKey = "86400",
    };

    /// <summary>The event, or the problems that keep the row from being one, each located under <paramref name="field"/>.</summary>
    public (ScheduleEvent? Event, IReadOnlyList<FieldProblem> Problems) ToEvent(string field)
    {
        if (Start is not { } start)
            return (null, [new($"{field}.starts_on", "Pick the date and time of the first run.")]);
        if (IsCustom && CustomSeconds is null)
            return (null, [new($"{field}.freq", "Enter how many seconds apart the runs are.")]);
        if (HasEnd && End is null)
            return (null, [new($"{field}.ends_on", "Pick the date and time of the last run, or untick \"Ends\".")]);
        var seconds = IsCustom ? CustomSeconds : FrequencyPreset.All.First(p => p.Key == FrequencyKey).Seconds;
        return new ScheduleEventInput(start, TimeZone, seconds, HasEnd ? End : null).ToEvent(field);
    }

    public static string Field(int index) => string.Create(CultureInfo.InvariantCulture, $"schedule[{index}]");
}
