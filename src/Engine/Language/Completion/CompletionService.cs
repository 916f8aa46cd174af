using Platform.Engine.Language.Binding;
using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Completion;

/// <summary>
/// Suggestions for a caret in a script: statements where a statement may start, attributes of the enclosing
/// statement, clauses of the construct, filters after '|', variables in scope after '$', tables and fields.
/// Pure: text in, items out, so the editor, tests and tools share it.
/// </summary>
public static partial class CompletionService
{
    public static CompletionList GetCompletions(string text, int offset, IWorkspaceSchema? schema = null)
    {
        var context = CaretContext.Create(text, offset);
        var items = Suggest(context, schema).ToList();
        return new CompletionList(items, context.WordSpan);
    }

    private static IEnumerable<CompletionItem> Suggest(CaretContext context, IWorkspaceSchema? schema)
    {
        if (IsInsideCommentOrText(context))
            return [];
        if (context.TokenBeforeWord is { Kind: Syntax.TokenKind.Pipe } || context.TokenBeforeWord is { Kind: Syntax.TokenKind.Bang } && PipeBeforeBang(context))
            return Filters(QueryModeAt(context));
        if (context.Word.StartsWith('$'))
            return Variables(context, schema);
        if (TableTargetAt(context))
            return Tables(schema);
        if (!context.AtItemStart)
            return [];
        return context.Block switch
        {
            BlockKind.Document => Constructs(),
            BlockKind.ConstructBody => Clauses(context),
            BlockKind.Statements => Statements(context),
            BlockKind.Attributes => Attributes(context),
            BlockKind.ConditionalBody => Keywords(("if", "if (${1}) {\n\t$0\n}"), ("elseif", "elseif (${1}) {\n\t$0\n}"), ("else", "else {\n\t$0\n}")),
            BlockKind.LoopBody => context.Owner == "while"
                ? Keywords(("each", "each {\n\t$0\n}"))
                : Keywords(("each", "each as \\$${1:item} {\n\t$0\n}")),
            BlockKind.TryCatchBody => Keywords(("try", "try {\n\t$0\n}"), ("catch", "catch {\n\t$0\n}"), ("finally", "finally {\n\t$0\n}")),
            BlockKind.StackBody => Keywords(("stack", "stack {\n\t$0\n}")),
            BlockKind.SwitchBody => Keywords(("case", "case (${1}) {\n\t$0\n} break"), ("default", "default {\n\t$0\n}")),
            BlockKind.Inputs => Types(),
            _ => [],
        };
    }

    private static bool PipeBeforeBang(CaretContext context)
    {
        var bangAt = context.Text.LastIndexOf('!', Math.Max(context.WordStart - 1, 0));
        return bangAt > 0 && context.Text[bangAt - 1] == '|';
    }

    private static bool IsInsideCommentOrText(CaretContext context)
    {
        var lineStart = CaretContext.LineStart(context.Text, context.Offset);
        var line = context.Text.AsSpan(lineStart, context.Offset - lineStart);
        var quotes = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
                i++;
            else if (line[i] == '"')
                quotes++;
            else if (line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/' && quotes % 2 == 0)
                return true;
        }
        return quotes % 2 == 1;
    }

    private static IEnumerable<CompletionItem> Constructs() =>
        ConstructCatalog.All.Select(c => new CompletionItem(c.Keyword, CompletionKind.Construct, Snippets.ForConstruct(c), c.Summary, null, true));

    private static IEnumerable<CompletionItem> Clauses(CaretContext context)
    {
        if (ConstructCatalog.Find(context.Owner ?? "") is not { } construct)
            return [];
        var present = context.NamesInBlock();
        return construct.Clauses
            .Where(c => c.Repeatable || !present.Contains(c.Name))
            .Select(c => new CompletionItem(c.Name, CompletionKind.Clause, Snippets.ForClause(c), c.Summary, null, true));
    }

    private static IEnumerable<CompletionItem> Statements(CaretContext context)
    {
        var inTest = context.Owner == "test";
        return StatementCatalog.All
            .Where(s => s.Support == StatementSupport.Supported || (inTest && s.Support == StatementSupport.TestOnly))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new CompletionItem(s.Name, CompletionKind.Statement, Snippets.ForStatement(s), s.Summary, Documentation.ForStatement(s), true));
    }

    private static IEnumerable<CompletionItem> Attributes(CaretContext context)
    {
        if (StatementCatalog.Find(context.Owner ?? "") is not { } statement)
            return [];
        var present = context.NamesInBlock();
        return statement.Attributes
            .Where(a => a.Repeatable || !present.Contains(a.Name))
            .OrderByDescending(a => a.Required)
            .Select(a => new CompletionItem(a.Name, CompletionKind.Attribute, a.Name + " = ", Documentation.AttributeDetail(a), a.Summary));
    }

    private static IEnumerable<CompletionItem> Keywords(params (string Label, string Snippet)[] keywords) =>
        keywords.Select(k => new CompletionItem(k.Label, CompletionKind.Keyword, k.Snippet, null, null, true));

    private static IEnumerable<CompletionItem> Types() =>
        Parsing.Parser.InputTypes.Order(StringComparer.Ordinal).Select(t => new CompletionItem(t, CompletionKind.Type, t + " "));

    private static IEnumerable<CompletionItem> Filters(bool queryMode) =>
        // In a query every filter may appear (value filters on the compared value); elsewhere not the query-only ones.
        FilterCatalog.All
            .Where(f => queryMode || f.Context != FilterContext.Query)
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new CompletionItem(f.Name, CompletionKind.Filter, f.Name, f.Signature, Documentation.ForFilter(f)));
}
