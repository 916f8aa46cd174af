using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

/// <summary>
/// Checks tables named by db.* statements and <c>$db.table.field</c> references against the workspace schema. Inside a
/// db.query with <c>join = {alias: {table: "t", …}}</c>, <c>$db.alias.field</c> is a field of the table t.
/// </summary>
internal sealed class TableChecker(IWorkspaceSchema schema, List<Diagnostic> diagnostics) : SyntaxWalker
{
    // The join aliases of the db.query being checked, with the table each names (null: not a literal name).
    private Dictionary<string, string?> _aliases = new(StringComparer.Ordinal);

    // db.* statements whose name after the keyword is a table.
    private static bool NamesTable(string keyword) =>
        keyword.StartsWith("db.", StringComparison.Ordinal)
        && StatementCatalog.Find(keyword)?.Target == StatementTarget.Name;

    public static void Check(ScriptDocument document, IWorkspaceSchema schema, List<Diagnostic> diagnostics) =>
        new TableChecker(schema, diagnostics).Visit(document);

    public override void VisitCall(CallStatement statement)
    {
        if (NamesTable(statement.Keyword) && statement.Target is NameNode table && schema.FindTable(table.Name) is null)
            diagnostics.Add(DiagnosticCatalog.UnknownTable.Create(table.Span, table.Name));
        var saved = _aliases;
        _aliases = statement.Keyword == "db.query" ? JoinAliases(statement) : new(StringComparer.Ordinal);
        base.VisitCall(statement);
        _aliases = saved;
    }

    private Dictionary<string, string?> JoinAliases(CallStatement statement)
    {
        var aliases = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (statement.Attributes?.Find("join")?.Value is not ObjectExpression joins)
            return aliases;
        foreach (var entry in joins.Entries)
        {
            var table = (entry.Value as ObjectExpression)?.Find("table")?.Value;
            var name = table is LiteralExpression { IsText: true, Value: string text } ? text : null;
            if (name is not null && table is not null && schema.FindTable(name) is null)
                diagnostics.Add(DiagnosticCatalog.UnknownTable.Create(table.Span, name));
            aliases[entry.Key.Name] = name;
        }
        return aliases;
    }

    public override void VisitExpression(ExpressionNode expression)
    {
        // $db.table.field: the table, then the field.
        if (expression is MemberAccessExpression { Target: MemberAccessExpression { Target: VariableExpression { Name: "$db" } } tableAccess } fieldAccess)
        {
            if (_aliases.TryGetValue(tableAccess.Member, out var joined))
            {
                if (joined is not null && schema.FindTable(joined) is { } joinedTable && joinedTable.FindField(fieldAccess.Member) is null && fieldAccess.Member != "id")
                    diagnostics.Add(DiagnosticCatalog.UnknownField.Create(fieldAccess.MemberSpan, fieldAccess.Member, joinedTable.Name));
                return;
            }
            var table = schema.FindTable(tableAccess.Member);
            if (table is null)
                diagnostics.Add(DiagnosticCatalog.UnknownTable.Create(tableAccess.MemberSpan, tableAccess.Member));
            else if (table.FindField(fieldAccess.Member) is null && fieldAccess.Member != "id")
                diagnostics.Add(DiagnosticCatalog.UnknownField.Create(fieldAccess.MemberSpan, fieldAccess.Member, table.Name));
            return;
        }
        base.VisitExpression(expression);
    }
}
