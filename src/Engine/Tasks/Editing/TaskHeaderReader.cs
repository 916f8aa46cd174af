using Platform.Engine.Language;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Tasks.Editing;

/// <summary>
/// A script's header as the form shows it. <see cref="Values"/> is null when the script cannot be read (a syntax
/// error, or no task), and <see cref="Problem"/> then says why, with line and column. <see cref="Locked"/> names
/// clauses the script writes with more than plain values (an expression, an unknown key): the form shows them but
/// does not rewrite them, so nothing the user wrote is lost.
/// </summary>
public sealed record TaskHeaderReading(TaskHeaderValues? Values, IReadOnlySet<string> Locked, string? Problem)
{
    public bool Succeeded => Values is not null;
}

public static class TaskHeaderReader
{
    private static readonly string[] EventKeys = ["starts_on", "freq", "ends_on"];

    public static TaskHeaderReading Read(string script) => Read(XanoScriptParser.Parse(script));

    public static TaskHeaderReading Read(ParseResult parse)
    {
        if (parse.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
        {
            var at = parse.Text.GetLinePosition(error.Span.Start);
            return Refused($"The script has a syntax error at line {at.Line}, column {at.Column}: {error.Message}");
        }
        if (parse.Document.Construct is not { Keyword: "task" } task)
            return Refused("The script is not a task: it must start with `task <name> {`.");
        var locked = TaskClauses.All.Where(name => task.FindClause(name) is { } clause && !IsPlain(clause)).ToHashSet(StringComparer.Ordinal);
        return new TaskHeaderReading(TaskHeaderValues.From(TaskFacts.Read(parse.Document)), locked, null);
    }

    private static TaskHeaderReading Refused(string problem) => new(null, new HashSet<string>(), problem);

    /// <summary>Whether the form reads the clause completely, so rewriting it from the form loses nothing.</summary>
    private static bool IsPlain(ClauseNode clause)
    {
        if (clause.Name == TaskClauses.Schedule)
            return ScheduleList(clause) is { } events && events.Elements.All(e => e.Value is ObjectExpression entry && IsPlainEvent(entry));
        if (clause is not ValueClause { Value: var value })
            return false;
        return clause.Name switch
        {
            TaskClauses.Description or TaskClauses.Datasource => value is LiteralExpression { IsText: true },
            TaskClauses.Active => value is LiteralExpression { Kind: LiteralKind.True or LiteralKind.False },
            TaskClauses.Tags => value is ArrayExpression tags && tags.Elements.All(e => e.Value is LiteralExpression { IsText: true }),
            TaskClauses.History => value is LiteralExpression { IsText: true, Value: string text } && TaskHistoryOptions.Values.Contains(text)
                || value is LiteralExpression { Kind: LiteralKind.False or LiteralKind.Integer } literal && TaskHistoryOptions.Values.Contains(literal.RawText),
            _ => false,
        };
    }

    /// <summary>The events list of a schedule, written either way: <c>schedule = [...]</c> or <c>schedule { events = [...] }</c>.</summary>
    internal static ArrayExpression? ScheduleList(ClauseNode clause) => clause switch
    {
        ValueClause { Value: ArrayExpression list } => list,
        BlockClause block => block.Block.Find("events")?.Value as ArrayExpression,
        _ => null,
    };

    private static bool IsPlainEvent(ObjectExpression entry) =>
        entry.Entries.All(e => !e.Disabled && EventKeys.Contains(e.Key.Name))
        && entry.Entries.Select(e => e.Key.Name).Distinct().Count() == entry.Entries.Count
        && entry.Find("starts_on")?.Value is LiteralExpression { Kind: LiteralKind.Timestamp, Value: DateTimeOffset }
        && entry.Find("freq")?.Value is null or LiteralExpression { Kind: LiteralKind.Integer, Value: >= 1L }
        && entry.Find("ends_on")?.Value is null or LiteralExpression { Kind: LiteralKind.Timestamp, Value: DateTimeOffset };
}
