using System.Globalization;
using Platform.Engine.Language.Parsing;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;
using Platform.Engine.Scheduling;

namespace Platform.Engine.Tasks.Editing;

/// <summary>
/// Builds the new value of a header clause from form values, as a syntax tree. Lists reuse the comments of the
/// elements and entries they replace (the tag with the same text, the event at the same place), so comments
/// inside a rewritten clause survive.
/// </summary>
internal static class HeaderClauseValues
{
    /// <summary>The clause's new value, or null when the clause is to be left out.</summary>
    public static ExpressionNode? Build(string clause, TaskHeaderValues values, ClauseNode? old) => clause switch
    {
        TaskClauses.Description => values.Description is { } description ? Text(description) : null,
        TaskClauses.Active => Flag(values.IsActive),
        TaskClauses.Datasource => values.Datasource is { } datasource ? Text(datasource) : null,
        TaskClauses.Tags => values.Tags.Count == 0 ? null : Tags(values.Tags, (old as ValueClause)?.Value as ArrayExpression),
        TaskClauses.Schedule => values.Schedule.Count == 0 ? null : Schedule(values.Schedule, old is null ? null : TaskHeaderReader.ScheduleList(old)),
        TaskClauses.History => values.History is { } history ? History(history) : null,
        _ => null,
    };

    private static LiteralExpression Text(string text) => new(LiteralKind.String, TextLiteral.Quote(text), text, default);

    private static LiteralExpression Flag(bool value) =>
        value ? new(LiteralKind.True, "true", true, default) : new(LiteralKind.False, "false", false, default);

    private static LiteralExpression Integer(long value) =>
        new(LiteralKind.Integer, value.ToString(CultureInfo.InvariantCulture), value, default);

    private static LiteralExpression Timestamp(DateTimeOffset value) =>
        new(LiteralKind.Timestamp, TimestampLiteral.Format(value), value, default);

    private static LiteralExpression History(string history) => history switch
    {
        TaskHistoryOptions.Off => Flag(false),
        _ when long.TryParse(history, NumberStyles.None, CultureInfo.InvariantCulture, out var count) => Integer(count),
        _ => Text(history),
    };

    private static ArrayExpression Tags(IReadOnlyList<string> tags, ArrayExpression? old)
    {
        var elements = tags.Select(tag => new ArrayElement(Text(tag), OldTagTrivia(old, tag), default)).ToList();
        return new ArrayExpression(elements, old?.DanglingComments ?? [], old?.MultiLine ?? false, default);
    }

    private static Trivia OldTagTrivia(ArrayExpression? old, string tag) =>
        old?.Elements.FirstOrDefault(e => e.Value is LiteralExpression { Value: string text } && text == tag)?.Trivia ?? Trivia.None;

    private static ArrayExpression Schedule(IReadOnlyList<ScheduleEvent> events, ArrayExpression? old)
    {
        var elements = new List<ArrayElement>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var previous = old is not null && i < old.Elements.Count ? old.Elements[i] : null;
            elements.Add(new ArrayElement(Event(events[i], previous?.Value as ObjectExpression), previous?.Trivia ?? Trivia.None, default));
        }
        return new ArrayExpression(elements, old?.DanglingComments ?? [], old?.MultiLine ?? false, default);
    }

    private static ObjectExpression Event(ScheduleEvent scheduleEvent, ObjectExpression? old)
    {
        var entries = new List<ObjectEntry> { Entry("starts_on", Timestamp(scheduleEvent.StartsOn), old) };
        if (scheduleEvent.Frequency is { } frequency)
            entries.Add(Entry("freq", Integer((long)frequency.TotalSeconds), old));
        if (scheduleEvent.EndsOn is { } end)
            entries.Add(Entry("ends_on", Timestamp(end), old));
        return new ObjectExpression(entries, old?.DanglingComments ?? [], old?.MultiLine ?? false, default);
    }

    private static ObjectEntry Entry(string key, ExpressionNode value, ObjectExpression? old) =>
        new(new ObjectKey(key, false, default), value, false, old?.Find(key)?.Trivia ?? Trivia.None, default);

    /// <summary>Every comment a value carries (in list elements and object entries), to tell which comments were kept.</summary>
    public static IEnumerable<Comment> CommentsIn(ExpressionNode value) => value switch
    {
        ArrayExpression array => array.DanglingComments.Concat(array.Elements.SelectMany(e => Of(e.Trivia).Concat(CommentsIn(e.Value)))),
        ObjectExpression obj => obj.DanglingComments.Concat(obj.Entries.SelectMany(e => Of(e.Trivia).Concat(CommentsIn(e.Value)))),
        _ => [],
    };

    private static IEnumerable<Comment> Of(Trivia trivia) => trivia.Trailing is { } trailing ? [.. trivia.Leading, trailing] : trivia.Leading;

    public static ValueClause Clause(string name, ExpressionNode value) => new(name, default, value, Trivia.None, default(SourceSpan));
}
