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

    /// <summary>A parsed list; <see cref="Incomplete"/> when an item was too broken to keep (so checks on what is missing would mislead).</summary>
    private sealed record ListResult<TItem>(List<TItem> Items, List<Comment> Dangling, bool MultiLine, SourceSpan Span, bool Incomplete);

    // Set by an item parser that found the next statement where an item should be (a forgotten '}'):
    // the list ends there, and the enclosing block carries on.
    private bool _listEndsEarly;

    /// <summary>
    /// Parses <c>open item sep item … close</c>. An item parser gets the item's leading comments and returns a
    /// builder that receives the finished trivia (its trailing comment comes after any comma), or null when the
    /// item was broken (already reported); the rest of its line is then skipped. When <paramref name="opened"/> is
    /// false the opening token is missing (already reported) and the list runs until a closing token it leaves in place.
    /// </summary>
    private ListResult<TItem> ParseList<TItem>(
        TokenKind close, Separation separation, Func<List<Comment>, Func<Trivia, TItem>?> parseItem,
        Func<bool>? mayFollowOnSameLine = null, bool opened = true)
    {
        var openStart = Current.Span.Start;
        if (opened)
        {
            Advance();
            if (At(TokenKind.Comment))
                Report(DiagnosticCatalog.TrailingComment.Create(Current.Span));
        }
        var items = new List<TItem>();
        var multiLine = false;
        var incomplete = false;
        var dangling = new List<Comment>();
        while (true)
        {
            multiLine |= Current.Kind is TokenKind.NewLine or TokenKind.Comment;
            var leading = SkipLinesCollectingComments();
            var blankLine = _gapHadBlankLine && items.Count > 0;
            // A closing token of an enclosing construct ends this list too ("[1, 2" then "}"): reported as a missing close.
            if (At(close) || At(TokenKind.EndOfFile) || IsClosing(Current.Kind))
            {
                dangling = leading;
                break;
            }
            var before = _position;
            var build = parseItem(leading);
            var comma = separation != Separation.Lines && TryConsume(TokenKind.Comma);
            if (build is null)
            {
                incomplete = true;
                if (_listEndsEarly)
                {
                    _listEndsEarly = false;
                    break;
                }
                SkipToLineEnd();
                if (_position == before && !IsClosing(Current.Kind))
                    Advance();
                continue;
            }
            items.Add(build(FinishTrivia(leading, blankLine)));
            if (!comma && !AtLineEnd && !At(close) && mayFollowOnSameLine?.Invoke() != true)
                ReportMissingSeparator(separation, close);
        }
        var end = opened ? Expect(close).Span.End : Previous.Span.End;
        return new ListResult<TItem>(items, dangling, multiLine, Shift(SourceSpan.FromBounds(openStart, Math.Max(end, openStart))), incomplete);
    }

    private static bool IsClosing(TokenKind kind) => kind is TokenKind.CloseBrace or TokenKind.CloseBracket or TokenKind.CloseParen;

    private void ReportMissingSeparator(Separation separation, TokenKind close)
    {
        switch (separation)
        {
            // Only when an attribute follows: any other token is reported by the item parser as what it is.
            case Separation.Attributes when At(TokenKind.Identifier) && PeekToken(1).Kind is TokenKind.Equals or TokenKind.OpenBrace:
                Report(DiagnosticCatalog.AttributesNeedSeparator.Create(Current.Span, Current.Text));
                break;
            case Separation.Attributes:
                break;
            case Separation.Lines when At(TokenKind.Comma):
                ReportExpected("a line break");
                Advance();
                break;
            case Separation.Lines:
                Report(DiagnosticCatalog.ExpectedLineBreak.Create(Current.Span, Describe(Current)));
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
                Report(DiagnosticCatalog.ExpectedObjectKey.Create(token.Span, Describe(token)));
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
