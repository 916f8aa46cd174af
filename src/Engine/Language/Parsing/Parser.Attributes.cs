using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Parsing;

internal sealed partial class Parser
{
    // Attributes whose values are query expressions even where no schema says so (join and eval hold them inside objects).
    private static readonly HashSet<string> QueryAttributeNames = new(StringComparer.Ordinal)
    {
        "where", "search", "additional_where", "eval", "join", "return",
    };

    private static bool IsQueryAttribute(string name, StatementSchema? schema) =>
        schema?.FindAttribute(name)?.Type == AttributeType.Query || QueryAttributeNames.Contains(name);

    /// <summary><c>{ name = value ... }</c>. Values of query attributes (where, eval…) parse in query mode.</summary>
    private AttributeBlock ParseAttributeBlock(StatementSchema? schema)
    {
        if (!TryEnter())
            return AttributeBlock.Empty(SpanOf(Previous));
        try
        {
            var list = WithLinesSignificant(() => ParseList<AttributeNode>(TokenKind.CloseBrace, Separation.Attributes, _ => ParseAttribute(schema)));
            return new AttributeBlock(list.Items, list.Dangling, list.Span, list.Incomplete);
        }
        finally
        {
            Leave();
        }
    }

    private Func<Trivia, AttributeNode>? ParseAttribute(StatementSchema? schema)
    {
        var nameToken = Current;
        if (nameToken.Kind != TokenKind.Identifier)
        {
            Report(DiagnosticCatalog.Expected.Create(nameToken.Span, "an attribute such as 'value = …'", Describe(nameToken)));
            return null;
        }
        Advance();
        if (At(TokenKind.OpenBrace))
        {
            var block = ParseAttributeBlock(null);
            var blockSpan = SpanFrom(nameToken.Span.Start);
            return trivia => new AttributeNode(nameToken.Text, SpanOf(nameToken), null, block, trivia, blockSpan);
        }
        if (!At(TokenKind.Equals))
        {
            if (StatementCatalog.Find(nameToken.Text) is not null || StatementCatalog.IsNamespace(nameToken.Text))
            {
                // The '}' of this block was forgotten: the next statement starts here.
                Report(DiagnosticCatalog.Expected.Create(nameToken.Span, "'}' to close the attributes above", $"the statement '{nameToken.Text}'"));
                _position--;
                _listEndsEarly = true;
                return null;
            }
            ReportExpected($"'=' after '{nameToken.Text}'");
            return null;
        }
        Advance();
        var value = ParseAttributeValue(IsQueryAttribute(nameToken.Text, schema));
        var span = SpanFrom(nameToken.Span.Start);
        return trivia => new AttributeNode(nameToken.Text, SpanOf(nameToken), value, null, trivia, span);
    }

    private ExpressionNode ParseAttributeValue(bool queryMode)
    {
        var saved = _queryMode;
        _queryMode = queryMode;
        try
        {
            return ParseExpression();
        }
        finally
        {
            _queryMode = saved;
        }
    }

    /// <summary><c>( expression )</c> after a statement keyword or branch; the inner expression is returned.</summary>
    private ExpressionNode ParseParenthesizedCondition(string owner, string shape)
    {
        if (!At(TokenKind.OpenParen))
        {
            Report(DiagnosticCatalog.ExpectedTarget.Create(Current.Span, owner, shape));
            // Read what is there anyway ("array.find $users if (…)"), so the rest of the line still parses.
            var startsOperand = Current.Kind is TokenKind.Variable or TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.OpenBracket
                || (At(TokenKind.Identifier) && !AtWord("if") && !AtWord("as"));
            return startsOperand ? ParseExpression() : Missing();
        }
        var parenthesized = ParseParenthesized();
        return parenthesized is ParenthesizedExpression { Inner: var inner } ? inner : parenthesized;
    }
}
