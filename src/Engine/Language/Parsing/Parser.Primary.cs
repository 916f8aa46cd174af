using System.Globalization;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

internal sealed partial class Parser
{
    private ExpressionNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer or TokenKind.Decimal:
                return ParseNumber(negative: false);
            case TokenKind.Minus:
                return ParseNumber(negative: true);
            case TokenKind.String or TokenKind.SingleQuotedString or TokenKind.TripleQuotedString:
                Advance();
                return new LiteralExpression(TextKindOf(token), token.Text, token.Value, SpanOf(token));
            case TokenKind.Timestamp:
                Advance();
                return new LiteralExpression(LiteralKind.Timestamp, token.Text, ParseTimestamp(token), SpanOf(token));
            case TokenKind.Identifier:
                Advance();
                return (ExpressionNode?)WordLiteral(token) ?? new IdentifierExpression(token.Text, SpanOf(token));
            case TokenKind.Variable:
                Advance();
                return new VariableExpression(token.Text, SpanOf(token));
            case TokenKind.OpenParen:
                return ParseParenthesized();
            case TokenKind.OpenBracket:
                return ParseArray();
            case TokenKind.OpenBrace:
                return ParseObject();
            case TokenKind.Backtick or TokenKind.TripleBacktick:
                return ParseBacktick();
            case TokenKind.TypeCast:
                return ParseTypedLiteral();
            case TokenKind.DotDotDot:
                return ParseSpread();
            default:
                Report(DiagnosticCatalog.ExpectedExpression.Create(token.Span, Describe(token)));
                return Missing();
        }
    }

    private static LiteralKind TextKindOf(Token token) => token.Kind switch
    {
        TokenKind.SingleQuotedString => LiteralKind.SingleQuotedString,
        TokenKind.TripleQuotedString => LiteralKind.TripleQuotedString,
        _ => LiteralKind.String,
    };

    private LiteralExpression? WordLiteral(Token token) => token.Text switch
    {
        "true" => new LiteralExpression(LiteralKind.True, "true", true, SpanOf(token)),
        "false" => new LiteralExpression(LiteralKind.False, "false", false, SpanOf(token)),
        "null" => new LiteralExpression(LiteralKind.Null, "null", null, SpanOf(token)),
        "now" => new LiteralExpression(LiteralKind.Now, "now", null, SpanOf(token)),
        _ => null,
    };

    private LiteralExpression ParseNumber(bool negative)
    {
        var start = Current.Span.Start;
        if (negative)
            Advance();
        var token = Advance();
        var text = negative ? "-" + token.Text : token.Text;
        var span = Shift(SourceSpan.FromBounds(start, token.Span.End));
        if (token.Kind == TokenKind.Decimal)
            return new LiteralExpression(LiteralKind.Decimal, text, double.Parse(text, CultureInfo.InvariantCulture), span);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return new LiteralExpression(LiteralKind.Integer, text, value, span);
        Report(DiagnosticCatalog.NumberOutOfRange.Create(SourceSpan.FromBounds(start, token.Span.End), text));
        return new LiteralExpression(LiteralKind.Integer, text, null, span);
    }

    private DateTimeOffset? ParseTimestamp(Token token)
    {
        if (TimestampLiteral.TryParse(token.Text, out var value))
            return value;
        Report(DiagnosticCatalog.InvalidTimestamp.Create(token.Span, token.Text));
        return null;
    }

    private ExpressionNode ParseParenthesized()
    {
        var open = Advance();
        if (!TryEnter())
            return Missing();
        try
        {
            var inner = WithLinesInsignificant(() =>
            {
                SkipLinesInsideItem();
                // "(|uuid)": a filter with no input is written inside parentheses.
                var expression = At(TokenKind.Pipe) ? ParseFilterChain(null) : ParseExpression();
                SkipLinesInsideItem();
                return expression;
            });
            Expect(TokenKind.CloseParen);
            return new ParenthesizedExpression(inner, SpanFrom(open.Span.Start));
        }
        finally
        {
            Leave();
        }
    }

    private ExpressionNode ParseTypedLiteral()
    {
        var cast = Advance();
        if (Current.Kind is not (TokenKind.String or TokenKind.SingleQuotedString))
        {
            Report(DiagnosticCatalog.ExpectedExpression.Create(Current.Span, Describe(Current)));
            return Missing();
        }
        var literal = Advance();
        var literalNode = new LiteralExpression(TextKindOf(literal), literal.Text, literal.Value, SpanOf(literal));
        return new TypedLiteralExpression(cast.Text[1..], literalNode, SpanFrom(cast.Span.Start));
    }

    private SpreadExpression ParseSpread()
    {
        var spread = Advance();
        if (!_inBacktick)
            Report(DiagnosticCatalog.SpreadOrRangeOutsideBacktick.Create(spread.Span, "..."));
        var operand = ParseUnary();
        return new SpreadExpression(operand, SpanOf(spread).Union(operand.Span));
    }

    private BacktickExpression ParseBacktick()
    {
        var token = Advance();
        var triple = token.Kind == TokenKind.TripleBacktick;
        var source = token.Value ?? "";
        // Single backticks map positions exactly; multi-line content is re-indented, so its messages point at the opening.
        var contentOffset = triple ? token.Span.Start : token.Span.Start + 1;
        var expression = ParseNested(source, contentOffset);
        return new BacktickExpression(source, triple, expression, SpanOf(token));
    }

    private ExpressionNode? ParseNested(string source, int contentOffset)
    {
        var lexerDiagnostics = new List<Diagnostic>();
        var tokens = Lexer.Tokenize(source, _strings, lexerDiagnostics);
        var offset = _offset + contentOffset;
        foreach (var diagnostic in lexerDiagnostics)
            _diagnostics.Add(diagnostic with { Span = new SourceSpan(diagnostic.Span.Start + offset, diagnostic.Span.Length) });
        var nested = new Parser(tokens, _diagnostics, _strings, offset, _depth)
        {
            _inBacktick = true,
            _queryMode = _queryMode,
            _linesInsignificant = true,
        };
        nested.SkipLinesInsideItem();
        if (nested.At(TokenKind.EndOfFile))
            return null;
        var expression = nested.ParseExpression();
        nested.SkipLinesInsideItem();
        if (!nested.At(TokenKind.EndOfFile))
            nested.Report(DiagnosticCatalog.Expected.Create(nested.Current.Span, "the end of the expression", Describe(nested.Current)));
        return expression;
    }
}
