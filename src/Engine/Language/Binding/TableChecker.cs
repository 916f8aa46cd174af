using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

/// <summary>Checks tables named by db.* statements and <c>$db.table.field</c> references against the workspace schema.</summary>
internal sealed class TableChecker(IWorkspaceSchema schema, List<Diagnostic> diagnostics) : SyntaxWalker
{
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
        base.VisitCall(statement);
    }

    public override void VisitExpression(ExpressionNode expression)
    {
        // $db.table.field: the table, then the field.
        if (expression is MemberAccessExpression { Target: MemberAccessExpression { Target: VariableExpression { Name: "$db" } } tableAccess } fieldAccess)
        {
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
