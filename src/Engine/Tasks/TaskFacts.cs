using Platform.Engine.Language;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Scheduling;

namespace Platform.Engine.Tasks;

/// <summary>
/// What a task's script says about it, read from the syntax tree: the columns the database keeps beside the
/// script for listing and scheduling. Values that are not plain literals are left at their defaults.
/// </summary>
public sealed record TaskFacts(
    string? Name,
    string? Description,
    bool IsActive,
    string? Datasource,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ScheduleEvent> Schedule,
    string? History = null)
{
    public static TaskFacts Read(string script) => Read(XanoScriptParser.Parse(script).Document);

    public static TaskFacts Read(ScriptDocument document)
    {
        var construct = document.Construct is { Keyword: "task" } task ? task : null;
        if (construct is null)
            return new TaskFacts(null, null, true, null, [], []);
        return new TaskFacts(
            construct.Name?.Name,
            Text(construct, "description"),
            Flag(construct, "active") ?? true,
            Text(construct, "datasource"),
            Texts(construct, "tags"),
            Events(construct),
            HistoryOf(construct));
    }

    private static ExpressionNode? Value(ConstructNode construct, string clause) =>
        (construct.FindClause(clause) as ValueClause)?.Value;

    private static string? Text(ConstructNode construct, string clause) =>
        Value(construct, clause) is LiteralExpression { IsText: true, Value: string text } ? text : null;

    private static bool? Flag(ConstructNode construct, string clause) =>
        Value(construct, clause) is LiteralExpression { Value: bool flag } ? flag : null;

    /// <summary>The history clause as the task form names it: inherit, all, false or a count of runs.</summary>
    private static string? HistoryOf(ConstructNode construct) => Value(construct, "history") switch
    {
        LiteralExpression { IsText: true, Value: string text } => text,
        LiteralExpression { Kind: LiteralKind.False } => "false",
        LiteralExpression { Kind: LiteralKind.Integer, Value: long count } => count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static List<string> Texts(ConstructNode construct, string clause) =>
        Value(construct, clause) is ArrayExpression array
            ? [.. array.Elements.Select(e => e.Value).OfType<LiteralExpression>().Where(l => l.IsText).Select(l => (string)l.Value!)]
            : [];

    private static List<ScheduleEvent> Events(ConstructNode construct)
    {
        var list = construct.FindClause("schedule") switch
        {
            ValueClause value => value.Value,
            BlockClause block => block.Block.Find("events")?.Value,
            _ => null,
        };
        return list is ArrayExpression array ? [.. array.Elements.Select(e => e.Value).OfType<ObjectExpression>().Select(Event).OfType<ScheduleEvent>()] : [];
    }

    private static ScheduleEvent? Event(ObjectExpression entry)
    {
        if (Timestamp(entry, "starts_on") is not { } startsOn)
            return null;
        var frequency = entry.Find("freq")?.Value is LiteralExpression { Value: long seconds } && seconds >= 1
            ? TimeSpan.FromSeconds(seconds)
            : (TimeSpan?)null;
        return new ScheduleEvent(startsOn, frequency, Timestamp(entry, "ends_on"));
    }

    private static DateTimeOffset? Timestamp(ObjectExpression entry, string key) =>
        entry.Find(key)?.Value is LiteralExpression { Kind: LiteralKind.Timestamp, Value: DateTimeOffset value } ? value : null;
}
