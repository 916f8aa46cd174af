using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Parsing;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Completion;

/// <summary>What a word in a script means: statements, filters, attributes, constructs and clauses.</summary>
public static class HoverService
{
    public static HoverInfo? GetHover(string text, int offset)
    {
        var tokens = Lexer.Tokenize(text, []);
        var index = IndexAt(tokens, offset);
        if (index < 0 || tokens[index].Kind != TokenKind.Identifier)
            return null;
        var token = tokens[index];
        var previous = index > 0 ? tokens[index - 1] : default;
        if (previous.Kind == TokenKind.Pipe || (previous.Kind == TokenKind.Bang && index > 1 && tokens[index - 2].Kind == TokenKind.Pipe))
            return FilterCatalog.Find(token.Text) is { } filter ? new HoverInfo(Documentation.ForFilter(filter), token.Span) : null;
        var (dotted, span) = DottedWord(tokens, index);
        if (StatementCatalog.Find(dotted) is { } statement && IsLineStart(tokens, span.Start))
            return new HoverInfo(Documentation.ForStatement(statement), span);
        if (ConstructCatalog.Find(dotted) is { } construct && IsLineStart(tokens, span.Start))
            return new HoverInfo($"**{construct.Keyword}** — {construct.Summary}", span);
        if (index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Equals && OwnerAttribute(text, tokens, index) is { } attribute)
            return new HoverInfo($"**{attribute.Name}** ({Documentation.AttributeDetail(attribute)}) — {attribute.Summary}", token.Span);
        return null;
    }

    private static int IndexAt(IReadOnlyList<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Span.Start <= offset && offset <= tokens[i].Span.End && tokens[i].Kind != TokenKind.EndOfFile)
            {
                if (tokens[i].Kind == TokenKind.Identifier || i + 1 >= tokens.Count || tokens[i + 1].Span.Start > offset)
                    return i;
            }
        }
        return -1;
    }

    /// <summary>The dotted name the token belongs to: hovering "query" in "db.query" means db.query.</summary>
    private static (string Name, SourceSpan Span) DottedWord(IReadOnlyList<Token> tokens, int index)
    {
        var start = index;
        while (start >= 2 && tokens[start - 1].Kind == TokenKind.Dot && tokens[start - 2].Kind == TokenKind.Identifier)
            start -= 2;
        var end = index;
        while (end + 2 < tokens.Count && tokens[end + 1].Kind == TokenKind.Dot && tokens[end + 2].Kind == TokenKind.Identifier)
            end += 2;
        // The longest known statement among the dotted prefixes that include the hovered token.
        for (var last = end; last >= index; last -= 2)
        {
            var name = string.Join('.', Enumerable.Range(0, (last - start) / 2 + 1).Select(k => tokens[start + 2 * k].Text));
            if (StatementCatalog.Find(name) is not null || ConstructCatalog.Find(name) is not null)
                return (name, SourceSpan.FromBounds(tokens[start].Span.Start, tokens[last].Span.End));
        }
        return (tokens[index].Text, tokens[index].Span);
    }

    private static bool IsLineStart(IReadOnlyList<Token> tokens, int offset)
    {
        var index = tokens.ToList().FindIndex(t => t.Span.Start == offset);
        var before = index - 1;
        while (before >= 0 && tokens[before].Kind is TokenKind.Bang or TokenKind.CloseBrace)
            before--;
        return before < 0 || tokens[before].Kind is TokenKind.NewLine or TokenKind.Comment or TokenKind.OpenBrace;
    }

    private static AttributeSchema? OwnerAttribute(string text, IReadOnlyList<Token> tokens, int index)
    {
        var context = CaretContext.Create(text, tokens[index].Span.Start);
        return StatementCatalog.Find(context.Owner ?? "")?.FindAttribute(tokens[index].Text);
    }
}
