using Platform.Engine.Scheduling;

namespace Platform.Engine.Tasks.Editing;

/// <summary>
/// What the task form edits in a script's header: the <c>description</c>, <c>active</c>, <c>datasource</c>,
/// <c>tags</c>, <c>schedule</c> and <c>history</c> clauses. A null (or empty list) means the clause is left out;
/// <see cref="History"/> is one of <see cref="TaskHistoryOptions.Values"/>.
/// </summary>
public sealed record TaskHeaderValues(
    string? Description,
    bool IsActive,
    string? Datasource,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ScheduleEvent> Schedule,
    string? History)
{
    public static readonly TaskHeaderValues Empty = new(null, true, null, [], [], null);

    public static TaskHeaderValues From(TaskFacts facts) =>
        new(facts.Description, facts.IsActive, facts.Datasource, facts.Tags, facts.Schedule, facts.History);

    /// <summary>Whether one clause has the same value in both (lists compared element by element).</summary>
    public bool SameClause(string clause, TaskHeaderValues other) => clause switch
    {
        TaskClauses.Description => Description == other.Description,
        TaskClauses.Active => IsActive == other.IsActive,
        TaskClauses.Datasource => Datasource == other.Datasource,
        TaskClauses.Tags => Tags.SequenceEqual(other.Tags, StringComparer.Ordinal),
        TaskClauses.Schedule => Schedule.SequenceEqual(other.Schedule),
        TaskClauses.History => History == other.History,
        _ => true,
    };
}

/// <summary>The header clauses the task form edits, in the order Xano writes them.</summary>
public static class TaskClauses
{
    public const string Description = "description";
    public const string Active = "active";
    public const string Datasource = "datasource";
    public const string Schedule = "schedule";
    public const string Tags = "tags";
    public const string History = "history";

    public static readonly IReadOnlyList<string> All = [Description, Active, Datasource, Schedule, Tags, History];
}

/// <summary>The values the <c>history</c> clause takes (reference §3), as the form names them.</summary>
public static class TaskHistoryOptions
{
    public const string Inherit = "inherit";
    public const string All = "all";
    public const string Off = "false";

    public static readonly IReadOnlyList<string> Values = [Inherit, All, Off, "0", "10", "100", "1000", "10000"];
}

/// <summary>A form value that cannot be written, located by the form field it is about (e.g. <c>schedule[1].freq</c>).</summary>
public sealed record FieldProblem(string Field, string Message);
