using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

internal sealed partial class ScriptChecker
{
    private void CheckClauses(ConstructNode construct)
    {
        var schema = ConstructCatalog.Find(construct.Keyword);
        if (schema is null)
            return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in construct.Clauses)
        {
            var clauseSchema = schema.FindClause(clause.Name);
            if (clauseSchema is null)
            {
                if (!schema.Open)
                    Report(DiagnosticCatalog.UnknownClause.Create(clause.NameSpan, clause.Name, construct.Keyword, string.Join(", ", schema.Clauses.Select(c => c.Name))));
                continue;
            }
            if (!seen.Add(clause.Name) && !clauseSchema.Repeatable)
                Report(DiagnosticCatalog.DuplicateClause.Create(clause.NameSpan, clause.Name, construct.Keyword));
            CheckClauseShape(clause, clauseSchema);
        }
        foreach (var required in schema.Clauses.Where(c => c.Required && !seen.Contains(c.Name)))
            Report(DiagnosticCatalog.MissingClause.Create(construct.Name?.Span ?? construct.KeywordSpan, construct.Keyword, required.Name));
        if (construct.Keyword == "task" && construct.FindClause("schedule") is { } schedule)
            ScheduleChecker.Check(schedule, _diagnostics);
    }

    private void CheckClauseShape(ClauseNode clause, ClauseSchema schema)
    {
        var kind = clause switch
        {
            ValueClause => ClauseKind.Value,
            StackClause => ClauseKind.Stack,
            InputClause => ClauseKind.Input,
            TestClause => ClauseKind.Test,
            _ => ClauseKind.Attributes,
        };
        if (kind != schema.Kind && !schema.AlsoAccepted.Contains(kind))
        {
            Report(DiagnosticCatalog.ClauseShape.Create(clause.NameSpan, clause.Name, ShapeOf(schema)));
            return;
        }
        if (clause is not ValueClause value || clause.Name == "schedule")
            return; // The schedule has its own checks (ScheduleChecker).
        if (!ValueDescriptions.Fits(schema.Type, value.Value))
        {
            Report(DiagnosticCatalog.WrongAttributeType.Create(value.Value.Span, clause.Name, ValueDescriptions.Expected(schema.Type), ValueDescriptions.Describe(value.Value)));
            return;
        }
        if (clause.Name is "description" or "active" or "datasource" or "tags" or "docs" && !IsPlainValue(value.Value))
            Report(DiagnosticCatalog.ClauseNeedsLiteral.Create(value.Value.Span, clause.Name, clause.Name == "tags" ? "[\"reports\"]" : ValueDescriptions.Expected(schema.Type)));
        if (clause.Name == "history")
            CheckHistory(value.Value);
        if (clause is ValueClause { Name: "tags", Value: ArrayExpression tags })
        {
            foreach (var tag in tags.Elements.Where(e => !ValueDescriptions.Fits(AttributeType.Text, e.Value)))
                Report(DiagnosticCatalog.WrongAttributeType.Create(tag.Value.Span, "tags", "text", ValueDescriptions.Describe(tag.Value)));
        }
    }

    private static bool IsPlainValue(ExpressionNode value) => value switch
    {
        LiteralExpression => true,
        ArrayExpression array => array.Elements.All(e => e.Value is LiteralExpression),
        _ => false,
    };

    // History retention (reference §3): false, "inherit", 0, 10, 100, 1000, 10000, "all", or the older {inherit: true}.
    private static readonly string[] HistoryValues = ["false", "\"inherit\"", "0", "10", "100", "1000", "10000", "\"all\""];

    private void CheckHistory(ExpressionNode value)
    {
        var text = value switch
        {
            LiteralExpression { IsText: true, Value: string s } => $"\"{s}\"",
            LiteralExpression literal => literal.RawText,
            _ => null,
        };
        if (text is not null && !HistoryValues.Contains(text))
            Report(DiagnosticCatalog.ValueNotAllowed.Create(value.Span, text, "history", string.Join(", ", HistoryValues)));
    }

    private static string ShapeOf(ClauseSchema schema) => schema.Kind switch
    {
        ClauseKind.Stack => $"{schema.Name} {{ … }} with statements inside",
        ClauseKind.Input => $"{schema.Name} {{ … }} with fields inside",
        ClauseKind.Test => "test \"name\" { … }",
        ClauseKind.Attributes => $"{schema.Name} {{ … }}",
        _ => $"{schema.Name} = …",
    };
}
