using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

internal sealed partial class Parser
{
    /// <summary>How the items of a braced or bracketed list may be separated.</summary>
    private enum Separation
    {
        /// <summary>Commas and/or line breaks (arrays, objects).</summary>
        CommaOrLine,

        /// <summary>Line breaks or commas; plain spaces are accepted with a warning (attribute blocks).</summary>
        Attributes,

        /// <summary>Line breaks only (statements, clauses, inputs).</summary>
        Lines,
    }

    private sealed record ListResult<TItem>(List<TItem> Items, List<Comment> Dangling, bool MultiLine, SourceSpan Span);

    /// <summary>
    /// Parses <c>open item sep item … close</c>. An item parser gets the item's leading comments and returns a
    /// builder that receives the finished trivia (its trailing comment comes after any comma), or null when the
    /// item was broken (already reported); the rest of its line is then skipped.
    /// </summary>
    private ListResult<TItem> ParseList<TItem>(
        TokenKind close, Separation separation, Func<List<Comment>, Func<Trivia, TItem>?> parseItem,
        Func<bool>? mayFollowOnSameLine = null)
    {
        var open = Advance();
        var items = new List<TItem>();
        var multiLine = false;
        var dangling = new List<Comment>();
        while (true)
        {
            multiLine |= Current.Kind == TokenKind.NewLine || (Current.Kind == TokenKind.Comment);
            var leading = SkipLinesCollectingComments();
            var blankLine = _gapHadBlankLine && items.Count > 0;
            if (At(close) || At(TokenKind.EndOfFile))
            {
                dangling = leading;
                break;
            }
            var before = _position;
            var build = parseItem(leading);
            var comma = TryConsume(TokenKind.Comma);
            if (build is null)
            {
                SkipToLineEnd();
                if (_position == before)
                    Advance();
                continue;
            }
            items.Add(build(FinishTrivia(leading, blankLine)));
            if (!comma && !AtLineEnd && !At(close) && mayFollowOnSameLine?.Invoke() != true)
                ReportMissingSeparator(separation, close);
        }
        var closing = Expect(close);
        return new ListResult<TItem>(items, dangling, multiLine, Shift(SourceSpan.FromBounds(open.Span.Start, Math.Max(closing.Span.End, open.Span.End))));
    }

    private void ReportMissingSeparator(Separation separation, TokenKind close)
    {
        switch (separation)
        {
            case Separation.Attributes:
                Report(DiagnosticCatalog.AttributesNeedSeparator.Create(Current.Span, Current.Text));
                break;
            case Separation.Lines:
                Report(DiagnosticCatalog.ExpectedLineBreak.Create(Current.Span, Current.Describe()));
                break;
            default:
                ReportExpected($"',' or '{TokenFacts.TextOf(close)}'");
                break;
        }
    }

    private ExpressionNode ParseArray()
    {
        if (!TryEnter())
            return Missing();
        try
        {
            var list = WithLinesSignificant(() => ParseList<ArrayElement>(TokenKind.CloseBracket, Separation.CommaOrLine, _ =>
            {
                var value = ParseExpression();
                return value is MissingExpression ? null : trivia => new ArrayElement(value, trivia, value.Span);
            }));
            return new ArrayExpression(list.Items, list.Dangling, list.MultiLine, list.Span);
        }
        finally
        {
            Leave();
        }
    }

    private ExpressionNode ParseObject()
    {
        if (!TryEnter())
            return Missing();
        try
        {
            var list = WithLinesSignificant(() => ParseList(TokenKind.CloseBrace, Separation.CommaOrLine, _ => ParseObjectEntry()));
            ReportDuplicateKeys(list.Items);
            return new ObjectExpression(list.Items, list.Dangling, list.MultiLine, list.Span);
        }
        finally
        {
            Leave();
        }
    }

    private Func<Trivia, ObjectEntry>? ParseObjectEntry()
    {
        var start = Current.Span.Start;
        if (At(TokenKind.DotDotDot))
        {
            var spread = ParseSpread();
            var spreadKey = new ObjectKey("...", false, spread.Span);
            return trivia => new ObjectEntry(spreadKey, spread, false, trivia, spread.Span);
        }
        var disabled = TryConsume(TokenKind.Bang);
        var key = ParseObjectKey();
        if (key is null)
            return null;
        if (!At(TokenKind.Colon))
        {
            ReportExpected("':' after the key");
            return null;
        }
        Advance();
        var value = ParseExpression();
        var span = SpanFrom(start);
        return trivia => new ObjectEntry(key, value, disabled, trivia, span);
    }

    private ObjectKey? ParseObjectKey()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.String:
                Advance();
                return new ObjectKey(token.Value ?? "", true, SpanOf(token));
            case TokenKind.Identifier or TokenKind.Integer:
                // Dotted keys such as user.name (used in sort) are one key.
                Advance();
                var name = token.Text;
                while (At(TokenKind.Dot) && PeekToken(1).Kind == TokenKind.Identifier && Current.Span.Start == Previous.Span.End)
                {
                    Advance();
                    name += "." + Advance().Text;
                }
                return new ObjectKey(Intern(name), false, SpanFrom(token.Span.Start));
            default:
                Report(DiagnosticCatalog.ExpectedObjectKey.Create(token.Span, token.Describe()));
                return null;
        }
    }

    private void ReportDuplicateKeys(List<ObjectEntry> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Key.Name != "..." && !seen.Add(entry.Key.Name))
                _diagnostics.Add(DiagnosticCatalog.DuplicateObjectKey.Create(entry.Key.Span, entry.Key.Name));
        }
    }
}
