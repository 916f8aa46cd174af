using Platform.Engine.Language.Parsing;
using Platform.Engine.Scheduling;

namespace Platform.Engine.Tasks.Editing;

/// <summary>Checks form values before they are written, so the script never receives one the analyzer would refuse.</summary>
public static class TaskHeaderValidator
{
    public const int MaxDescriptionLength = 10_000;
    public const int MaxTagLength = 100;

    private static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<FieldProblem> Validate(TaskHeaderValues values)
    {
        var problems = new List<FieldProblem>();
        if (values.Description is { Length: > MaxDescriptionLength } description)
            problems.Add(new(TaskClauses.Description, $"The description is too long: {description.Length:N0} characters (at most {MaxDescriptionLength:N0})."));
        if (values.Datasource is { } datasource && !IsDatasourceName(datasource))
            problems.Add(new(TaskClauses.Datasource, $"'{datasource}' is not a datasource name: use lowercase letters, digits, '_' and '-'."));
        CheckTags(values.Tags, problems);
        for (var i = 0; i < values.Schedule.Count; i++)
            CheckEvent(values.Schedule[i], $"{TaskClauses.Schedule}[{i}]", problems);
        if (values.History is { } history && !TaskHistoryOptions.Values.Contains(history))
            problems.Add(new(TaskClauses.History, $"History '{history}' is not one of: {string.Join(", ", TaskHistoryOptions.Values)}."));
        return problems;
    }

    /// <summary>The problems of one schedule event, each located as <c>{field}.starts_on</c>, <c>.freq</c> or <c>.ends_on</c>.</summary>
    public static IReadOnlyList<FieldProblem> ValidateEvent(ScheduleEvent scheduleEvent, string field)
    {
        var problems = new List<FieldProblem>();
        CheckEvent(scheduleEvent, field, problems);
        return problems;
    }

    private static void CheckTags(IReadOnlyList<string> tags, List<FieldProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (string.IsNullOrWhiteSpace(tag) || tag.Trim() != tag)
                problems.Add(new($"{TaskClauses.Tags}[{i}]", "A tag cannot be empty or start or end with spaces."));
            else if (tag.Length > MaxTagLength)
                problems.Add(new($"{TaskClauses.Tags}[{i}]", $"The tag is too long: {tag.Length} characters (at most {MaxTagLength})."));
            else if (!seen.Add(tag))
                problems.Add(new($"{TaskClauses.Tags}[{i}]", $"The tag '{tag}' is listed twice."));
        }
    }

    private static void CheckEvent(ScheduleEvent scheduleEvent, string field, List<FieldProblem> problems)
    {
        CheckInstant(scheduleEvent.StartsOn, $"{field}.starts_on", "start", problems);
        if (scheduleEvent.Frequency is { } frequency)
        {
            if (frequency < TimeSpan.FromSeconds(1))
                problems.Add(new($"{field}.freq", $"The frequency must be at least 1 second; it is {frequency.TotalSeconds:0.###}."));
            else if (frequency.Ticks % TimeSpan.TicksPerSecond != 0)
                problems.Add(new($"{field}.freq", $"The frequency is a whole number of seconds; {frequency.TotalSeconds:0.###} is not."));
        }
        if (scheduleEvent.EndsOn is not { } end)
            return;
        CheckInstant(end, $"{field}.ends_on", "end", problems);
        if (end < scheduleEvent.StartsOn)
            problems.Add(new($"{field}.ends_on", $"The end ({TimestampLiteral.Format(end)}) is before the start ({TimestampLiteral.Format(scheduleEvent.StartsOn)}), so this event would never run."));
    }

    private static void CheckInstant(DateTimeOffset instant, string field, string what, List<FieldProblem> problems)
    {
        if (instant < Earliest || instant >= Latest)
            problems.Add(new(field, $"The {what} must be between 1970 and 9998."));
        else if (instant.UtcTicks % TimeSpan.TicksPerSecond != 0)
            problems.Add(new(field, $"The {what} is written to the second; drop the fraction of a second."));
    }

    private static bool IsDatasourceName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-');
}
