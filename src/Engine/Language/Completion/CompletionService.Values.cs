using Platform.Engine.Language.Binding;
using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Completion;

public static partial class CompletionService
{
    private static readonly (string Name, string Summary)[] EngineVariables =
    [
        ("$input", "The inputs of a function or endpoint (empty in a task)."),
        ("$env", "Workspace environment variables, and built-ins such as $env.$datasource."),
        ("$auth", "The signed-in user of an endpoint (empty in a task)."),
    ];

    private static readonly string[] EnvironmentBuiltIns =
    [
        "$datasource", "$branch", "$tenant", "$remote_ip", "$http_headers", "$request_method", "$request_uri",
        "$request_querystring", "$request_auth_token", "$api_baseurl",
    ];

    private static IEnumerable<CompletionItem> Variables(CaretContext context, IWorkspaceSchema? schema)
    {
        var word = context.Word;
        if (word.StartsWith("$db.", StringComparison.Ordinal))
            return DatabasePath(word, schema);
        if (word.StartsWith("$env.", StringComparison.Ordinal))
            return EnvironmentPath(schema);
        if (word.Contains('.', StringComparison.Ordinal))
            return [];
        var declared = DeclaredVariables(context.Text, context.WordStart)
            .Select(v => new CompletionItem(v, CompletionKind.Variable, v, "Variable"));
        var engine = EngineVariables.Select(v => new CompletionItem(v.Name, CompletionKind.Variable, v.Name, v.Summary));
        var query = QueryModeAt(context) ? [new CompletionItem("$db", CompletionKind.Variable, "$db", "Table columns: $db.table.field")] : Array.Empty<CompletionItem>();
        return declared.Concat(engine).Concat(query);
    }

    /// <summary>The workspace's own variables first, then the built-ins.</summary>
    private static IEnumerable<CompletionItem> EnvironmentPath(IWorkspaceSchema? schema) =>
        (schema?.EnvironmentVariables ?? []).Select(v => new CompletionItem("$env." + v, CompletionKind.Variable, "$env." + v, "Environment variable"))
            .Concat(EnvironmentBuiltIns.Select(b => new CompletionItem("$env." + b, CompletionKind.Variable, "$env." + b, "Built-in value")));

    private static IEnumerable<CompletionItem> DatabasePath(string word, IWorkspaceSchema? schema)
    {
        if (schema is null)
            return [];
        var parts = word.Split('.');
        if (parts.Length == 2)
            return schema.Tables.Select(t => new CompletionItem("$db." + t.Name, CompletionKind.Table, "$db." + t.Name, "Table", t.Description));
        return schema.FindTable(parts[1]) is { } table
            ? table.Fields.Select(f => new CompletionItem($"$db.{table.Name}.{f.Name}", CompletionKind.Field, $"$db.{table.Name}.{f.Name}", f.Type, f.Description))
            : [];
    }

    private static IEnumerable<CompletionItem> Tables(IWorkspaceSchema? schema) =>
        schema?.Tables.Select(t => new CompletionItem(t.Name, CompletionKind.Table, t.Name, "Table", t.Description)) ?? [];

    /// <summary>Variables assigned anywhere before the caret: var targets, 'as' bindings and loop variables.</summary>
    private static IEnumerable<string> DeclaredVariables(string text, int before)
    {
        var parse = XanoScriptParser.Parse(text);
        var collector = new DeclarationCollector(before);
        collector.Visit(parse.Document);
        return collector.Names.Order(StringComparer.Ordinal);
    }

    /// <summary>True when the caret is inside a query value (where, eval, join…).</summary>
    private static bool QueryModeAt(CaretContext context)
    {
        var lineStart = CaretContext.LineStart(context.Text, context.WordStart);
        var line = context.Text[lineStart..context.WordStart].TrimStart();
        var attribute = line.Split('=', 2)[0].Trim();
        if (attribute is "where" or "search" or "additional_where" or "eval" or "join")
            return true;
        var parse = XanoScriptParser.Parse(context.Text);
        var finder = new QueryAttributeFinder(context.WordStart);
        finder.Visit(parse.Document);
        return finder.Found;
    }

    /// <summary>True right after a db.* keyword that names a table: <c>db.query |</c>.</summary>
    private static bool TableTargetAt(CaretContext context)
    {
        var lineStart = CaretContext.LineStart(context.Text, context.WordStart);
        var before = context.Text[lineStart..context.WordStart].Trim().TrimStart('!');
        return before.StartsWith("db.", StringComparison.Ordinal)
            && !before.Contains(' ', StringComparison.Ordinal)
            && StatementCatalog.Find(before)?.Target == StatementTarget.Name;
    }

    private sealed class DeclarationCollector(int before) : SyntaxWalker
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public override void VisitCall(CallStatement statement)
        {
            if (statement.Span.Start < before)
            {
                if (statement.Keyword == "var" && statement.Target is ExpressionNode target && Binding.Variables.RootOf(target) is { } declared)
                    Names.Add(declared.Name);
                if (statement.Binding is { } binding && Binding.Variables.RootOf(binding.Variable) is { } bound)
                    Names.Add(bound.Name);
            }
            base.VisitCall(statement);
        }

        public override void VisitStatement(StatementNode statement)
        {
            if (statement is LoopStatement { Each.Variable: { } variable } && statement.Span.Start < before && Binding.Variables.RootOf(variable.Variable) is { } loopVariable)
                Names.Add(loopVariable.Name);
            base.VisitStatement(statement);
        }
    }

    private sealed class QueryAttributeFinder(int offset) : SyntaxWalker
    {
        public bool Found { get; private set; }

        public override void VisitAttribute(AttributeNode attribute)
        {
            if (attribute.Name is "where" or "search" or "additional_where" or "eval" or "join" && attribute.Span.Touches(offset))
                Found = true;
            base.VisitAttribute(attribute);
        }
    }
}
