using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

internal sealed partial class Parser
{
    // Inside a unit test body, 'input = {...}' and 'datasource = "x"' are settings, not statements.
    private bool _inTestBody;

    /// <summary><c>{ statements }</c>, one per line.</summary>
    private StatementBlock ParseStatementBlock()
    {
        if (!At(TokenKind.OpenBrace))
        {
            ReportExpected("'{' and the statements");
            if (!AtLineEnd)
                return new StatementBlock([], [], Shift(new SourceSpan(Current.Span.Start, 0)));
            // The lines that follow are the body; the '}' that ends them belongs to the enclosing block.
            var body = WithLinesSignificant(() => ParseList<StatementNode>(TokenKind.CloseBrace, Separation.Lines, _ => ParseStatement(), opened: false));
            return new StatementBlock(body.Items, body.Dangling, body.Span);
        }
        if (!TryEnter())
            return new StatementBlock([], [], SpanOf(Previous));
        try
        {
            var open = Current;
            var list = WithLinesSignificant(() => ParseList<StatementNode>(TokenKind.CloseBrace, Separation.Lines, _ => ParseStatement()));
            if (!list.MultiLine)
                Report(DiagnosticCatalog.OneLineBlock.Create(open.Span));
            return new StatementBlock(list.Items, list.Dangling, list.Span);
        }
        finally
        {
            Leave();
        }
    }

    private Func<Trivia, StatementNode>? ParseStatement()
    {
        var start = Current.Span.Start;
        var disabled = TryConsume(TokenKind.Bang);
        if (!At(TokenKind.Identifier))
        {
            Report(DiagnosticCatalog.Expected.Create(Current.Span, "a statement", Describe(Current)));
            return null;
        }
        if (_inTestBody && !disabled && PeekToken(1).Kind == TokenKind.Equals)
            return ParseSetting();
        var (keyword, keywordSpan) = ReadStatementKeyword();
        var schema = StatementCatalog.Find(keyword);
        if (schema is null)
            return ParseUnknownStatement(keyword, keywordSpan, disabled, start);
        return schema.Body switch
        {
            StatementBody.Conditional => ParseConditional(keywordSpan, disabled, start),
            StatementBody.Switch => ParseSwitch(schema, keywordSpan, disabled, start),
            StatementBody.Each or StatementBody.While => ParseLoop(schema, keywordSpan, disabled, start),
            StatementBody.TryCatch => ParseTryCatch(keywordSpan, disabled, start),
            StatementBody.Stack => ParseStackStatement(schema, keywordSpan, disabled, start),
            _ => ParseCallStatement(schema, keyword, keywordSpan, disabled, start),
        };
    }

    private Func<Trivia, StatementNode> ParseSetting()
    {
        var name = Advance();
        Advance();
        var value = ParseAttributeValue(queryMode: false);
        var span = SpanFrom(name.Span.Start);
        return trivia => new SettingStatement(name.Text, SpanOf(name), value, trivia, span);
    }

    /// <summary>Reads a dotted keyword, taking the longest prefix that names a known statement (so <c>db.query user</c> stops at query).</summary>
    private (string Keyword, SourceSpan Span) ReadStatementKeyword()
    {
        var first = Current;
        var parts = new List<(string Text, int NextPosition, int End)> { (Advance().Text, _position, first.Span.End) };
        while (At(TokenKind.Dot) && PeekToken(1).Kind == TokenKind.Identifier && Current.Span.Start == Previous.Span.End)
        {
            Advance();
            var part = Advance();
            parts.Add((part.Text, _position, part.Span.End));
        }
        for (var count = parts.Count; count > 0; count--)
        {
            var name = string.Join('.', parts.Take(count).Select(p => p.Text));
            if (StatementCatalog.Find(name) is null)
                continue;
            _position = parts[count - 1].NextPosition;
            return (Intern(name), Shift(SourceSpan.FromBounds(first.Span.Start, parts[count - 1].End)));
        }
        return (Intern(string.Join('.', parts.Select(p => p.Text))), Shift(SourceSpan.FromBounds(first.Span.Start, parts[^1].End)));
    }

    // Statements this server runs first, so a hint prefers them (remove → foreach.remove, not redis.remove).
    private static readonly string[] StatementNames =
        [.. StatementCatalog.All.OrderBy(s => s.Support != StatementSupport.Supported).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Name)];

    private Func<Trivia, StatementNode> ParseUnknownStatement(string keyword, SourceSpan keywordSpan, bool disabled, int start)
    {
        var diagnostic = keyword switch
        {
            "if" => DiagnosticCatalog.MisplacedIf.Create(keywordSpan),
            "elseif" or "else" => DiagnosticCatalog.MisplacedBranch.Create(keywordSpan, keyword),
            _ => DiagnosticCatalog.UnknownStatement.Create(keywordSpan, keyword, NameSuggestion.Hint(keyword, StatementNames)),
        };
        Report(diagnostic);
        SyntaxNode? target = Current.Kind switch
        {
            TokenKind.Identifier or TokenKind.String => ParseName(),
            TokenKind.Variable => ParseAccessors(ParsePrimary()),
            TokenKind.OpenParen => ParseParenthesizedCondition(keyword, keyword + " (…)"),
            _ => null,
        };
        // Its body is read as attributes only when it looks like them; otherwise it is skipped whole.
        AttributeBlock? attributes = null;
        if (At(TokenKind.OpenBrace) && BlockStartsWithAttribute())
            attributes = ParseAttributeBlock(null);
        else if (At(TokenKind.OpenBrace))
            SkipBalanced();
        var binding = AtWord("as") ? ParseBinding() : null;
        if (!AtLineEnd && !At(TokenKind.CloseBrace))
            SkipToLineEnd();
        var span = SpanFrom(start);
        return trivia => new CallStatement(keyword, keywordSpan, target, [], null, attributes, binding, disabled, trivia, span);
    }

    private bool BlockStartsWithAttribute()
    {
        var ahead = _position + 1;
        while (_tokens[ahead].IsTrivia)
            ahead++;
        return _tokens[ahead].Kind == TokenKind.CloseBrace
            || (_tokens[ahead].Kind == TokenKind.Identifier && _tokens[ahead + 1].Kind == TokenKind.Equals);
    }

    private Func<Trivia, StatementNode> ParseCallStatement(StatementSchema schema, string keyword, SourceSpan keywordSpan, bool disabled, int start)
    {
        var target = ParseTarget(schema);
        var arguments = ParseHeaderArguments();
        ExpressionNode? condition = null;
        if (schema.HasCondition)
        {
            if (AtWord("if"))
                Advance();
            else
                ReportExpected($"'if (condition)' after {keyword} (…)");
            condition = ParseParenthesizedCondition(keyword, $"{keyword} (list) if (condition)");
        }
        var attributes = At(TokenKind.OpenBrace) ? ParseAttributeBlock(schema) : null;
        var binding = AtWord("as") ? ParseBinding() : null;
        var span = SpanFrom(start);
        return trivia => new CallStatement(keyword, keywordSpan, target, arguments, condition, attributes, binding, disabled, trivia, span);
    }

    private SyntaxNode? ParseTarget(StatementSchema schema)
    {
        switch (schema.Target)
        {
            case StatementTarget.Name when Current.Kind is TokenKind.Identifier or TokenKind.String or TokenKind.SingleQuotedString:
                if (Current.IsWord("as") && schema.TargetOptional)
                    return null;
                return ParseName();
            case StatementTarget.Variable when At(TokenKind.Variable):
                return ParseAccessors(ParsePrimary());
            case StatementTarget.Variable when At(TokenKind.Identifier) && !AtWord("as"):
                Report(DiagnosticCatalog.ExpectedVariable.Create(Current.Span, schema.Name, Describe(Current)));
                var bare = Advance();
                return new VariableExpression(Intern("$" + bare.Text), SpanOf(bare));
            case StatementTarget.Expression:
                return ParseParenthesizedCondition(schema.Name, schema.HasCondition ? $"{schema.Name} (list) if (condition)" : $"{schema.Name} (…)");
            case StatementTarget.None when !At(TokenKind.OpenBrace) && !AtWord("as") && !AtLineEnd && !At(TokenKind.CloseBrace):
                Report(DiagnosticCatalog.UnexpectedTarget.Create(Current.Span, schema.Name, Describe(Current)));
                SkipUntilBodyOrLineEnd();
                return null;
            case StatementTarget.None:
                return null;
        }
        if (!schema.TargetOptional)
        {
            var diagnostic = schema.Target == StatementTarget.Variable
                ? DiagnosticCatalog.ExpectedVariable.Create(Current.Span, schema.Name, Describe(Current))
                : DiagnosticCatalog.ExpectedName.Create(Current.Span, schema.Name, Describe(Current));
            Report(diagnostic);
        }
        return null;
    }

    private void SkipUntilBodyOrLineEnd()
    {
        while (!AtLineEnd && !At(TokenKind.OpenBrace) && !AtWord("as") && !At(TokenKind.CloseBrace))
            Advance();
    }

    private NameNode ParseName()
    {
        var token = Advance();
        var quoted = token.Kind != TokenKind.Identifier;
        return new NameNode(quoted ? token.Value ?? "" : token.Text, quoted, SpanOf(token));
    }

    /// <summary>Header extras such as <c>verb=GET</c>: a name, '=' and a value, before the body.</summary>
    private List<HeaderArgument> ParseHeaderArguments()
    {
        var arguments = new List<HeaderArgument>();
        while (At(TokenKind.Identifier) && PeekToken(1).Kind == TokenKind.Equals)
        {
            var name = Advance();
            Advance();
            var value = ParsePrimary();
            arguments.Add(new HeaderArgument(name.Text, value, SpanFrom(name.Span.Start)));
        }
        return arguments;
    }

    /// <summary><c>as $name</c> (or <c>as $var.name</c>; the older <c>as name</c> is accepted with a warning).</summary>
    private BindingNode ParseBinding()
    {
        var asToken = Advance();
        switch (Current.Kind)
        {
            case TokenKind.Variable:
                var variable = ParseAccessors(ParsePrimary());
                return new BindingNode(variable, SpanOf(asToken).Union(variable.Span));
            case TokenKind.Identifier:
                var name = Advance();
                Report(DiagnosticCatalog.AsWithoutDollar.Create(name.Span, name.Text));
                var implied = new VariableExpression(Intern("$" + name.Text), SpanOf(name));
                return new BindingNode(implied, SpanOf(asToken).Union(implied.Span));
            default:
                Report(DiagnosticCatalog.ExpectedVariable.Create(Current.Span, "as", Describe(Current)));
                return new BindingNode(Missing(), SpanOf(asToken));
        }
    }
}
