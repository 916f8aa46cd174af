using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

/// <summary>
/// Checks a task's schedule: a list of events <c>{starts_on, freq, ends_on}</c> with timestamp literals, a
/// frequency of at least one second, and an end after the start.
/// </summary>
internal static class ScheduleChecker
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "starts_on", "freq", "ends_on" };

    public static void Check(ClauseNode clause, List<Diagnostic> diagnostics)
    {
        var events = clause switch
        {
            ValueClause value => value.Value,
            BlockClause block => block.Block.Find("events")?.Value,
            _ => null,
        };
        if (events is not ArrayExpression array)
        {
            diagnostics.Add(DiagnosticCatalog.ScheduleShape.Create(events?.Span ?? clause.NameSpan));
            return;
        }
        foreach (var element in array.Elements)
        {
            if (element.Value is ObjectExpression scheduleEvent)
                CheckEvent(scheduleEvent, diagnostics);
            else
                diagnostics.Add(DiagnosticCatalog.ScheduleShape.Create(element.Value.Span));
        }
    }

    private static void CheckEvent(ObjectExpression scheduleEvent, List<Diagnostic> diagnostics)
    {
        foreach (var entry in scheduleEvent.Entries.Where(e => !Keys.Contains(e.Key.Name)))
            diagnostics.Add(DiagnosticCatalog.ScheduleUnknownKey.Create(entry.Key.Span, entry.Key.Name));
        var startsOn = Timestamp(scheduleEvent.Find("starts_on"), diagnostics);
        if (scheduleEvent.Find("starts_on") is null)
            diagnostics.Add(DiagnosticCatalog.ScheduleNeedsStart.Create(scheduleEvent.Span));
        var endsOn = Timestamp(scheduleEvent.Find("ends_on"), diagnostics);
        if (startsOn is { } start && endsOn is { } end && end < start)
            diagnostics.Add(DiagnosticCatalog.ScheduleEndsBeforeStart.Create(scheduleEvent.Find("ends_on")!.Value.Span, Literal(end), Literal(start)));
        if (scheduleEvent.Find("freq") is { } freq)
            CheckFrequency(freq.Value, diagnostics);
    }

    private static DateTimeOffset? Timestamp(ObjectEntry? entry, List<Diagnostic> diagnostics)
    {
        switch (entry?.Value)
        {
            case null:
                return null;
            case LiteralExpression { Kind: LiteralKind.Timestamp, Value: DateTimeOffset value }:
                return value;
            case LiteralExpression { Kind: LiteralKind.Timestamp }:
                return null; // Already reported as an invalid timestamp.
            default:
                diagnostics.Add(DiagnosticCatalog.ScheduleTimestamp.Create(entry.Value.Span, entry.Key.Name));
                return null;
        }
    }

    private static void CheckFrequency(ExpressionNode value, List<Diagnostic> diagnostics)
    {
        var valid = value is LiteralExpression { Kind: LiteralKind.Integer, Value: long seconds } && seconds >= 1;
        if (!valid)
            diagnostics.Add(DiagnosticCatalog.ScheduleFrequency.Create(value.Span, value is LiteralExpression literal ? literal.RawText : "an expression"));
    }

    private static string Literal(DateTimeOffset value) => Parsing.TimestampLiteral.Format(value);
}
