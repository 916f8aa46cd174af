using System.Text;
using Platform.Engine.Language.Catalog;

namespace Platform.Engine.Language.Completion;

/// <summary>Snippets that write a statement or clause the way the catalog describes it, with tab stops.</summary>
internal static class Snippets
{
    public static string ForStatement(StatementSchema statement)
    {
        var builder = new StringBuilder(statement.Name);
        var stop = 1;
        string Tab(string? placeholder = null) => placeholder is null ? "${" + stop++ + "}" : "${" + stop++ + ":" + placeholder + "}";
        builder.Append(statement.Target switch
        {
            StatementTarget.Name => " " + Tab("name"),
            StatementTarget.Variable => " \\$" + Tab("name"),
            StatementTarget.Expression => " (" + Tab() + ")",
            _ => "",
        });
        if (statement.HasCondition)
            builder.Append(" if (" + Tab("\\$this") + ")");
        builder.Append(statement.Body switch
        {
            StatementBody.Attributes => RequiredAttributes(statement, Tab),
            StatementBody.Conditional => " {\n\tif (" + Tab() + ") {\n\t\t$0\n\t}\n}",
            StatementBody.Each => " {\n\teach as \\$" + Tab("item") + " {\n\t\t$0\n\t}\n}",
            StatementBody.While => " {\n\teach {\n\t\t$0\n\t}\n}",
            StatementBody.TryCatch => " {\n\ttry {\n\t\t$0\n\t}\n\tcatch {\n\t}\n}",
            StatementBody.Stack => " {\n\tstack {\n\t\t$0\n\t}\n}",
            StatementBody.Switch => " {\n\tcase (" + Tab() + ") {\n\t\t$0\n\t} break\n\tdefault {\n\t}\n}",
            _ => "",
        });
        if (statement.ProducesValue)
            builder.Append(" as \\$" + Tab("result"));
        return builder.ToString();
    }

    private static string RequiredAttributes(StatementSchema statement, Func<string?, string> tab)
    {
        var required = statement.Attributes.Where(a => a.Required).ToList();
        return required.Count == 0 ? "" : " {\n" + string.Concat(required.Select(a => "\t" + a.Name + " = " + tab(null) + "\n")) + "}";
    }

    public static string ForClause(ClauseSchema clause) => clause.Name switch
    {
        "schedule" => "schedule = [{starts_on: ${1:2025-01-01 00:00:00+0000}, freq: ${2:86400}}]",
        "tags" => "tags = [\"${1}\"]",
        "test" => "test \"${1:name}\" {\n\t$0\n}",
        _ => clause.Kind switch
        {
            ClauseKind.Stack or ClauseKind.Input or ClauseKind.Attributes => clause.Name + " {\n\t$0\n}",
            _ => clause.Type is AttributeType.Text ? $"{clause.Name} = \"${{1}}\"" : $"{clause.Name} = ${{1}}",
        },
    };

    public static string ForConstruct(ConstructSchema construct) =>
        construct.Keyword switch
        {
            "task" => "task ${1:name} {\n\tstack {\n\t\t$0\n\t}\n\n\tschedule = [{starts_on: ${2:2025-01-01 00:00:00+0000}, freq: ${3:86400}}]\n}",
            "function" => "function ${1:name} {\n\tinput {\n\t}\n\n\tstack {\n\t\t$0\n\t}\n\n\tresponse = ${2:null}\n}",
            _ => construct.Keyword + " ${1:name} {\n\t$0\n}",
        };
}
