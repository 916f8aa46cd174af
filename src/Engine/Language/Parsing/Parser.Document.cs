using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

internal sealed partial class Parser
{
    public static ScriptDocument ParseDocument(List<Token> tokens, List<Diagnostic> diagnostics, StringTable strings)
    {
        var parser = new Parser(tokens, diagnostics, strings, offset: 0, depth: 0);
        return parser.ParseDocument();
    }

    public static ExpressionNode ParseStandaloneExpression(List<Token> tokens, List<Diagnostic> diagnostics, StringTable strings, bool queryMode)
    {
        var parser = new Parser(tokens, diagnostics, strings, offset: 0, depth: 0) { _queryMode = queryMode, _linesInsignificant = true };
        parser.SkipLinesInsideItem();
        var expression = parser.ParseExpression();
        parser.SkipLinesInsideItem();
        if (!parser.At(TokenKind.EndOfFile))
            parser.ReportExpected("the end of the expression");
        return expression;
    }

    private ScriptDocument ParseDocument()
    {
        var leading = SkipLinesCollectingComments();
        if (At(TokenKind.EndOfFile))
        {
            Report(DiagnosticCatalog.EmptyScript.Create(Current.Span));
            return new ScriptDocument(null, leading, Shift(new SourceSpan(0, Current.Span.End)));
        }
        var construct = ParseConstruct(leading);
        var trailing = SkipLinesCollectingComments();
        if (!At(TokenKind.EndOfFile))
            Report(DiagnosticCatalog.TextAfterConstruct.Create(Current.Span, Describe(Current)));
        return new ScriptDocument(construct, trailing, new SourceSpan(0, _tokens[^1].Span.End));
    }

    private ConstructNode? ParseConstruct(List<Comment> leading)
    {
        var start = Current.Span.Start;
        if (!At(TokenKind.Identifier))
        {
            Report(DiagnosticCatalog.UnknownConstruct.Create(Current.Span, Describe(Current)));
            return null;
        }
        var keywordToken = Current;
        var keyword = ReadDottedWord();
        var keywordSpan = SpanFrom(keywordToken.Span.Start);
        var schema = ConstructCatalog.Find(keyword);
        if (schema is null)
            Report(DiagnosticCatalog.UnknownConstruct.Create(keywordSpan, $"'{keyword}'"));
        NameNode? name = null;
        if (Current.Kind is TokenKind.Identifier or TokenKind.String or TokenKind.SingleQuotedString && PeekToken(1).Kind != TokenKind.Equals)
            name = ParseName();
        else if (schema?.NameRequired == true)
            Report(DiagnosticCatalog.ExpectedName.Create(Current.Span, keyword, Describe(Current)));
        var arguments = ParseHeaderArguments();
        if (!At(TokenKind.OpenBrace))
        {
            ReportExpected($"'{{' to open the {keyword}");
            if (!AtLineEnd)
                return new ConstructNode(keyword, keywordSpan, name, arguments, [], [], FinishTrivia(leading), SpanFrom(start));
            // The lines that follow are still the body, up to a closing '}' if there is one.
            var unopened = WithLinesSignificant(() => ParseList<ClauseNode>(TokenKind.CloseBrace, Separation.Lines, _ => ParseClause(schema), opened: false));
            TryConsume(TokenKind.CloseBrace);
            return new ConstructNode(keyword, keywordSpan, name, arguments, unopened.Items, unopened.Dangling, FinishTrivia(leading), SpanFrom(start));
        }
        var body = WithLinesSignificant(() => ParseList<ClauseNode>(TokenKind.CloseBrace, Separation.Lines, _ => ParseClause(schema)));
        var trivia = FinishTrivia(leading);
        return new ConstructNode(keyword, keywordSpan, name, arguments, body.Items, body.Dangling, trivia, SpanFrom(start));
    }

    private string ReadDottedWord()
    {
        var text = Advance().Text;
        while (At(TokenKind.Dot) && PeekToken(1).Kind == TokenKind.Identifier && Current.Span.Start == Previous.Span.End)
        {
            Advance();
            text += "." + Advance().Text;
        }
        return Intern(text);
    }

    private Func<Trivia, ClauseNode>? ParseClause(ConstructSchema? construct)
    {
        var nameToken = Current;
        if (nameToken.Kind != TokenKind.Identifier)
        {
            Report(DiagnosticCatalog.Expected.Create(nameToken.Span, "a clause such as 'description = …' or 'stack { … }'", Describe(nameToken)));
            return null;
        }
        Advance();
        var name = nameToken.Text;
        var nameSpan = SpanOf(nameToken);
        var schema = construct?.FindClause(name);
        if (name == "test" && Current.Kind is TokenKind.String or TokenKind.SingleQuotedString or TokenKind.Identifier)
            return ParseTestClause(nameToken);
        if (At(TokenKind.Equals))
        {
            Advance();
            if (name == "guid")
                Report(DiagnosticCatalog.GuidClause.Create(nameToken.Span));
            var value = ParseAttributeValue(schema?.Type == AttributeType.Query);
            var valueSpan = SpanFrom(nameToken.Span.Start);
            return trivia => new ValueClause(name, nameSpan, value, trivia, valueSpan);
        }
        if (!At(TokenKind.OpenBrace))
        {
            ReportExpected($"'=' or '{{' after '{name}'");
            return null;
        }
        return ParseBlockClause(name, nameSpan, nameToken.Span.Start, schema);
    }

    private Func<Trivia, ClauseNode> ParseBlockClause(string name, SourceSpan nameSpan, int start, ClauseSchema? schema)
    {
        var kind = schema?.Kind switch
        {
            ClauseKind.Stack or ClauseKind.Input => schema.Kind,
            _ => name switch
            {
                "stack" => ClauseKind.Stack,
                "input" or "schema" => ClauseKind.Input,
                _ => ClauseKind.Attributes,
            },
        };
        switch (kind)
        {
            case ClauseKind.Stack:
                var block = ParseStatementBlock();
                var stackSpan = SpanFrom(start);
                return trivia => new StackClause(name, nameSpan, block, trivia, stackSpan);
            case ClauseKind.Input:
                var inputs = ParseInputBlock();
                var inputSpan = SpanFrom(start);
                return trivia => new InputClause(name, nameSpan, inputs, trivia, inputSpan);
            default:
                if (name == "schedule")
                    _diagnostics.Add(DiagnosticCatalog.OldScheduleForm.Create(nameSpan));
                var attributes = ParseAttributeBlock(null);
                var blockSpan = SpanFrom(start);
                return trivia => new BlockClause(name, nameSpan, attributes, trivia, blockSpan);
        }
    }

    private Func<Trivia, ClauseNode> ParseTestClause(Token nameToken)
    {
        var testName = ParseName();
        var saved = _inTestBody;
        _inTestBody = true;
        var body = ParseStatementBlock();
        _inTestBody = saved;
        var span = SpanFrom(nameToken.Span.Start);
        return trivia => new TestClause("test", SpanOf(nameToken), testName, body, trivia, span);
    }
}
