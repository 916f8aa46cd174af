using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

internal sealed partial class Parser
{
    // Query mode (where, eval, join): word operators, '=' as equality, null-safe '?' suffixes, no ternary.
    private bool _queryMode;

    // Inside a filter argument: ':' and '|' end the argument, and a ternary must be parenthesised.
    private bool _argumentMode;

    // Inside parentheses line breaks mean nothing; elsewhere they end the expression.
    private bool _linesInsignificant;

    // Inside a backtick expression, where spread and range are part of the language.
    private bool _inBacktick;

    private enum InfixKind
    {
        Binary,
        Between,
        Range,
    }

    /// <summary>An infix operator at the cursor: which, how it binds, and how many tokens spell it.</summary>
    private readonly record struct Infix(InfixKind Kind, BinaryOperator Operator, bool Negated, int TokenCount, int Precedence);

    private ExpressionNode ParseExpression() => ParseExpression(0);

    private ExpressionNode ParseExpression(int minPrecedence)
    {
        if (_expressionLevel > 0)
            return ParseInnerExpression(minPrecedence);
        _expressionLevel++;
        try
        {
            return Bounded(ParseInnerExpression(minPrecedence));
        }
        finally
        {
            _expressionLevel--;
        }
    }

    private ExpressionNode ParseInnerExpression(int minPrecedence)
    {
        if (!TryEnter())
            return Missing();
        try
        {
            if (_linesInsignificant)
                SkipLinesInsideItem();
            var left = ParseUnary();
            while (true)
            {
                if (_linesInsignificant)
                    SkipLinesInsideItem();
                if (PeekInfix() is not { } infix || infix.Precedence <= minPrecedence)
                    break;
                left = infix.Kind switch
                {
                    InfixKind.Range => ParseRange(left),
                    InfixKind.Between => ParseBetween(left, infix),
                    _ => ParseBinary(left, infix),
                };
            }
            return minPrecedence < OperatorFacts.TernaryPrecedence ? ParseTernaryRest(left) : left;
        }
        finally
        {
            Leave();
        }
    }

    private SourceSpan ConsumeOperator(Infix infix, ExpressionNode left, string text)
    {
        var start = Current.Span.Start;
        for (var i = 0; i < infix.TokenCount; i++)
            Advance();
        var span = Shift(SourceSpan.FromBounds(start, Previous.Span.End));
        if (left is FilterExpression filtered)
            Report(DiagnosticCatalog.FilteredOperandBeforeOperator.Create(span, text, FilteredText(filtered)));
        return span;
    }

    private static string FilteredText(FilterExpression filtered) =>
        (filtered.Input is null ? "" : "…") + "|" + filtered.Filters[^1].Name;

    private BinaryExpression ParseBinary(ExpressionNode left, Infix infix)
    {
        var text = OperatorFacts.TextOf(infix.Operator);
        var operatorSpan = ConsumeOperator(infix, left, text);
        if (OperatorFacts.IsQueryOnly(infix.Operator) && !_queryMode)
            Report(DiagnosticCatalog.QueryOperatorOutsideQuery.Create(operatorSpan, text));
        var nullSafe = TryConsumeNullSafeSuffix();
        var right = ParseExpression(infix.Precedence);
        if (right is FilterExpression rightFilters && !_argumentMode)
            Report(DiagnosticCatalog.AmbiguousFilterBinding.Create(rightFilters.Filters[0].NameSpan, rightFilters.Filters[0].Name));
        return new BinaryExpression(left, infix.Operator, operatorSpan, nullSafe, right, left.Span.Union(right.Span));
    }

    private BetweenExpression ParseBetween(ExpressionNode value, Infix infix)
    {
        var operatorSpan = ConsumeOperator(infix, value, infix.Negated ? "not between" : "between");
        if (!_queryMode)
            Report(DiagnosticCatalog.QueryOperatorOutsideQuery.Create(operatorSpan, "between"));
        var nullSafe = TryConsumeNullSafeSuffix();
        var savedArgument = _argumentMode;
        _argumentMode = true;
        var low = ParseExpression(infix.Precedence);
        _argumentMode = savedArgument;
        Expect(TokenKind.Colon, "':' between the two bounds (low:high)");
        var high = ParseExpression(infix.Precedence);
        return new BetweenExpression(value, infix.Negated, nullSafe, low, high, value.Span.Union(high.Span));
    }

    private RangeExpression ParseRange(ExpressionNode start)
    {
        var operatorToken = Advance();
        if (!_inBacktick)
            Report(DiagnosticCatalog.SpreadOrRangeOutsideBacktick.Create(operatorToken.Span, ".."));
        var end = ParseExpression(OperatorFacts.RangePrecedence);
        return new RangeExpression(start, end, start.Span.Union(end.Span));
    }

    private ExpressionNode ParseTernaryRest(ExpressionNode condition)
    {
        if (_argumentMode || !At(TokenKind.Question))
            return condition;
        var question = Advance();
        if (_queryMode)
            Report(DiagnosticCatalog.TernaryInQuery.Create(question.Span));
        if (condition is FilterExpression filtered)
            Report(DiagnosticCatalog.FilteredOperandBeforeOperator.Create(SpanOf(question), "?", FilteredText(filtered)));
        var whenTrue = ParseExpression(OperatorFacts.TernaryPrecedence - 1);
        if (_linesInsignificant)
            SkipLinesInsideItem();
        Expect(TokenKind.Colon, "':' and the value when the condition is false");
        var whenFalse = ParseExpression(OperatorFacts.TernaryPrecedence - 1);
        return new ConditionalExpression(condition, whenTrue, whenFalse, condition.Span.Union(whenFalse.Span));
    }

    private bool TryConsumeNullSafeSuffix()
    {
        if (!_queryMode || !At(TokenKind.Question) || Current.Span.Start != Previous.Span.End)
            return false;
        Advance();
        return true;
    }

    private Infix? PeekInfix()
    {
        if (At(TokenKind.DotDot))
            return new Infix(InfixKind.Range, default, false, 1, OperatorFacts.RangePrecedence);
        BinaryOperator? op = Current.Kind switch
        {
            TokenKind.Plus => BinaryOperator.Add,
            TokenKind.Minus => BinaryOperator.Subtract,
            TokenKind.Star => BinaryOperator.Multiply,
            TokenKind.Slash => BinaryOperator.Divide,
            TokenKind.Percent => BinaryOperator.Modulo,
            TokenKind.Tilde => _queryMode ? BinaryOperator.RegexMatch : BinaryOperator.Concat,
            TokenKind.EqualsEquals => BinaryOperator.Equal,
            TokenKind.BangEquals => BinaryOperator.NotEqual,
            TokenKind.EqualsEqualsEquals => BinaryOperator.StrictEqual,
            TokenKind.BangEqualsEquals => BinaryOperator.StrictNotEqual,
            TokenKind.Less => BinaryOperator.Less,
            TokenKind.LessEquals => BinaryOperator.LessOrEqual,
            TokenKind.Greater => BinaryOperator.Greater,
            TokenKind.GreaterEquals => BinaryOperator.GreaterOrEqual,
            TokenKind.AmpersandAmpersand => BinaryOperator.And,
            TokenKind.PipePipe => BinaryOperator.Or,
            TokenKind.QuestionQuestion => BinaryOperator.Coalesce,
            TokenKind.Equals when _queryMode => BinaryOperator.QueryEqual,
            TokenKind.BangTilde => BinaryOperator.RegexNotMatch,
            TokenKind.AtGreater => BinaryOperator.JsonContains,
            _ => null,
        };
        return op is { } found
            ? new Infix(InfixKind.Binary, found, false, 1, OperatorFacts.PrecedenceOf(found))
            : PeekWordOperator();
    }

    // Query word operators: in, not in, contains, like, between… Outside a query they are still recognised (and
    // reported), so 'x in [1, 2]' outside a where clause gets a clear message instead of a confusing one.
    private Infix? PeekWordOperator()
    {
        if (Current.Kind != TokenKind.Identifier)
            return null;
        var negated = Current.Text == "not";
        var word = negated ? PeekToken(1) : Current;
        if (word.Kind != TokenKind.Identifier || (word.Text == "search" && !_queryMode))
            return null;
        var tokens = negated ? 2 : 1;
        var equality = OperatorFacts.PrecedenceOf(BinaryOperator.In);
        if (word.Text == "between")
            return new Infix(InfixKind.Between, default, negated, tokens, equality);
        return OperatorFacts.QueryWord(word.Text, negated) is { } op
            ? new Infix(InfixKind.Binary, op, negated, tokens, equality)
            : null;
    }

    private ExpressionNode ParseUnary()
    {
        if (At(TokenKind.Bang) || (At(TokenKind.Minus) && !NumberFollows()))
        {
            if (!TryEnter())
                return Missing();
            try
            {
                var operatorToken = Advance();
                var operand = ParseUnary();
                var op = operatorToken.Kind == TokenKind.Bang ? UnaryOperator.Not : UnaryOperator.Negate;
                return new UnaryExpression(op, operand, SpanOf(operatorToken).Union(operand.Span));
            }
            finally
            {
                Leave();
            }
        }
        return ParsePostfix(ParsePrimary());
    }

    // "-5" and "- 5" are both the literal -5 (so formatting "- 5" as "-5" keeps the tree); "-$x" is a negation.
    private bool NumberFollows() => PeekToken(1).Kind is TokenKind.Integer or TokenKind.Decimal;

    private MissingExpression Missing() => new(Shift(new SourceSpan(Current.Span.Start, 0)));

    private T WithLinesInsignificant<T>(Func<T> parse)
    {
        var (savedLines, savedArgument) = (_linesInsignificant, _argumentMode);
        (_linesInsignificant, _argumentMode) = (true, false);
        try
        {
            return parse();
        }
        finally
        {
            (_linesInsignificant, _argumentMode) = (savedLines, savedArgument);
        }
    }

    private T WithLinesSignificant<T>(Func<T> parse)
    {
        var (savedLines, savedArgument) = (_linesInsignificant, _argumentMode);
        (_linesInsignificant, _argumentMode) = (false, false);
        try
        {
            return parse();
        }
        finally
        {
            (_linesInsignificant, _argumentMode) = (savedLines, savedArgument);
        }
    }
}
