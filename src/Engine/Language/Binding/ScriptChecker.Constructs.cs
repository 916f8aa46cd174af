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
        if (clause is ValueClause value && !ValueDescriptions.Fits(schema.Type, value.Value))
            Report(DiagnosticCatalog.WrongAttributeType.Create(value.Value.Span, clause.Name, ValueDescriptions.Expected(schema.Type), ValueDescriptions.Describe(value.Value)));
        if (clause is ValueClause { Name: "tags", Value: ArrayExpression tags })
        {
            foreach (var tag in tags.Elements.Where(e => !ValueDescriptions.Fits(AttributeType.Text, e.Value)))
                Report(DiagnosticCatalog.WrongAttributeType.Create(tag.Value.Span, "tags", "text", ValueDescriptions.Describe(tag.Value)));
        }
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
