using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

internal sealed partial class Parser
{
    /// <summary>Member access, indexing and — unless inside a filter argument — a filter chain, which binds to this operand (Model L).</summary>
    private ExpressionNode ParsePostfix(ExpressionNode operand)
    {
        var expression = ParseAccessors(operand);
        return !_argumentMode && AtFilterChain() ? ParseFilterChain(expression) : expression;
    }

    // Statement targets (var.update $a.b, as $x) are chains outside any expression: measured here.
    private ExpressionNode ParseAccessors(ExpressionNode target)
    {
        while (true)
        {
            if (At(TokenKind.Dot))
                target = ParseMember(target);
            else if (At(TokenKind.OpenBracket))
                target = ParseIndex(target, dotted: false);
            else
                return _expressionLevel == 0 ? Bounded(target) : target;
        }
    }

    private ExpressionNode ParseMember(ExpressionNode target)
    {
        var dot = Advance();
        var member = Current;
        switch (member.Kind)
        {
            case TokenKind.Identifier or TokenKind.Variable or TokenKind.Integer:
                Advance();
                return new MemberAccessExpression(target, member.Text, SpanOf(member), target.Span.Union(SpanOf(member)));
            case TokenKind.Decimal:
                // "$list.0.1" lexes "0.1" as one number: read it as two members.
                Advance();
                var parts = member.Text.Split('.');
                var first = new SourceSpan(member.Span.Start, parts[0].Length);
                var second = new SourceSpan(member.Span.Start + parts[0].Length + 1, parts[1].Length);
                var inner = new MemberAccessExpression(target, Intern(parts[0]), Shift(first), target.Span.Union(Shift(first)));
                return new MemberAccessExpression(inner, Intern(parts[1]), Shift(second), target.Span.Union(SpanOf(member)));
            case TokenKind.OpenBracket:
                return ParseIndex(target, dotted: true);
            default:
                Report(DiagnosticCatalog.ExpectedName.Create(member.Span, ".", Describe(member)));
                return new MemberAccessExpression(target, "", Shift(new SourceSpan(dot.Span.End, 0)), target.Span.Union(SpanOf(dot)));
        }
    }

    private IndexExpression ParseIndex(ExpressionNode target, bool dotted)
    {
        Advance();
        var index = WithLinesInsignificant(() =>
        {
            SkipLinesInsideItem();
            return ParseExpression();
        });
        SkipLinesInsideItem();
        Expect(TokenKind.CloseBracket);
        return new IndexExpression(target, index, dotted, target.Span.Union(SpanOf(Previous)));
    }

    /// <summary>At a '|' — or at a line break followed by a line that starts with '|', which continues the chain.</summary>
    private bool AtFilterChain()
    {
        if (At(TokenKind.Pipe))
            return true;
        if (!Current.IsTrivia)
            return false;
        var ahead = _position;
        while (_tokens[ahead].IsTrivia)
            ahead++;
        return _tokens[ahead].Kind == TokenKind.Pipe;
    }

    private FilterExpression ParseFilterChain(ExpressionNode? input)
    {
        var filters = new List<FilterCall>();
        var start = input?.Span ?? SpanOf(Current);
        while (AtFilterChain())
        {
            SkipLinesInsideItem();
            filters.Add(ParseFilterCall());
        }
        return new FilterExpression(input, filters, start.Union(filters[^1].Span));
    }

    private FilterCall ParseFilterCall()
    {
        var pipe = Advance();
        var disabled = TryConsume(TokenKind.Bang);
        var name = Current;
        if (name.Kind != TokenKind.Identifier)
        {
            Report(DiagnosticCatalog.ExpectedName.Create(name.Span, "|", Describe(name)));
            return new FilterCall("", Shift(new SourceSpan(pipe.Span.End, 0)), disabled, [], SpanOf(pipe));
        }
        Advance();
        var arguments = new List<ExpressionNode>();
        while (At(TokenKind.Colon))
        {
            Advance();
            arguments.Add(ParseFilterArgument());
        }
        return new FilterCall(name.Text, SpanOf(name), disabled, arguments, SpanFrom(pipe.Span.Start));
    }

    /// <summary>A filter argument is a full expression that ends at the next ':' or '|' (reference §7.2).</summary>
    private ExpressionNode ParseFilterArgument()
    {
        var saved = _argumentMode;
        _argumentMode = true;
        try
        {
            return ParseExpression();
        }
        finally
        {
            _argumentMode = saved;
        }
    }
}
