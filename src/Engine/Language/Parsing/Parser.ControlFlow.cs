using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// The items of a control-flow body: its own attributes (description…) and its parts (branches, cases,
    /// each, try/catch/finally, stack), parsed by <paramref name="parsePart"/> when it recognises the word.
    /// </summary>
    private (List<AttributeNode> Attributes, List<SyntaxNode> Parts, List<Comment> Dangling, SourceSpan Span)? ParseControlBody(
        StatementSchema? schema, string owner, string shape, Func<Func<Trivia, SyntaxNode>?> parsePart, Func<bool>? mayFollowOnSameLine = null)
    {
        if (!At(TokenKind.OpenBrace))
        {
            Report(DiagnosticCatalog.MissingBody.Create(Current.Span, owner, shape));
            return null;
        }
        if (!TryEnter())
            return null;
        try
        {
            var list = WithLinesSignificant(() => ParseList<SyntaxNode>(TokenKind.CloseBrace, Separation.Lines, _ =>
            {
                if (At(TokenKind.Identifier) && PeekToken(1).Kind == TokenKind.Equals)
                    return ParseAttribute(schema) is { } attribute ? trivia => attribute(trivia) : null;
                return parsePart();
            }, mayFollowOnSameLine));
            return ([.. list.Items.OfType<AttributeNode>()], [.. list.Items.Where(i => i is not AttributeNode)], list.Dangling, list.Span);
        }
        finally
        {
            Leave();
        }
    }

    private Func<Trivia, StatementNode> ParseConditional(SourceSpan keywordSpan, bool disabled, int start)
    {
        var body = ParseControlBody(StatementCatalog.Find("conditional"), "conditional", "conditional { if (…) { … } }",
            ParseBranch, () => AtWord("else") || AtWord("elseif"));
        var branches = body?.Parts.OfType<ConditionalBranch>().ToList() ?? [];
        CheckBranchOrder(branches);
        var span = SpanFrom(start);
        return trivia => new ConditionalStatement(keywordSpan, body?.Attributes ?? [], branches, body?.Dangling ?? [], disabled, trivia, span);
    }

    private Func<Trivia, SyntaxNode>? ParseBranch()
    {
        if (!(AtWord("if") || AtWord("elseif") || AtWord("else")))
        {
            Report(DiagnosticCatalog.Expected.Create(Current.Span, "'if', 'elseif' or 'else'", Describe(Current)));
            return null;
        }
        var keywordToken = Current;
        if (!AtLineStart && Previous.Kind == TokenKind.CloseBrace)
            Report(DiagnosticCatalog.ElseOnSameLine.Create(keywordToken.Span, keywordToken.Text));
        Advance();
        var keyword = keywordToken.Text;
        if (keyword == "else" && AtWord("if"))
        {
            Report(DiagnosticCatalog.ElseIfWritten.Create(SourceSpan.FromBounds(keywordToken.Span.Start, Current.Span.End)));
            Advance();
            keyword = "elseif";
        }
        var condition = keyword == "else" ? null : ParseParenthesizedCondition(keyword, $"{keyword} (condition) {{ … }}");
        var block = ParseStatementBlock();
        var span = SpanFrom(keywordToken.Span.Start);
        return trivia => new ConditionalBranch(Intern(keyword), SpanOf(keywordToken), condition, block, trivia, span);
    }

    private void CheckBranchOrder(List<ConditionalBranch> branches)
    {
        if (branches.Count == 0)
            return;
        if (branches[0].Keyword != "if")
            Report(DiagnosticCatalog.MisplacedBranch.Create(branches[0].KeywordSpan, branches[0].Keyword));
        for (var i = 1; i < branches.Count; i++)
        {
            if (branches[i].Keyword == "if")
                Report(DiagnosticCatalog.MisplacedIf.Create(branches[i].KeywordSpan));
            else if (branches[i - 1].Keyword == "else")
                Report(DiagnosticCatalog.MisplacedBranch.Create(branches[i].KeywordSpan, branches[i].Keyword));
        }
    }

    private Func<Trivia, StatementNode> ParseSwitch(StatementSchema schema, SourceSpan keywordSpan, bool disabled, int start)
    {
        var value = ParseParenthesizedCondition("switch", "switch (value) { case (…) { … } break }");
        var body = ParseControlBody(schema, "switch", "switch (value) { case (…) { … } break }", ParseCase, () => AtWord("case") || AtWord("default"));
        var span = SpanFrom(start);
        var cases = body?.Parts.OfType<SwitchCase>().ToList() ?? [];
        return trivia => new SwitchStatement(keywordSpan, value, body?.Attributes ?? [], cases, body?.Dangling ?? [], disabled, trivia, span);
    }

    private Func<Trivia, SyntaxNode>? ParseCase()
    {
        if (!(AtWord("case") || AtWord("default")))
        {
            Report(DiagnosticCatalog.Expected.Create(Current.Span, "'case (value) { … }' or 'default { … }'", Describe(Current)));
            return null;
        }
        var keyword = Advance();
        var value = keyword.Text == "case" ? ParseParenthesizedCondition("case", "case (value) { … }") : null;
        var block = ParseStatementBlock();
        var hasBreak = TryConsumeCaseBreak();
        var span = SpanFrom(keyword.Span.Start);
        return trivia => new SwitchCase(value, block, hasBreak, trivia, span);
    }

    // 'break' after a case's closing brace, on the same line or the next one.
    private bool TryConsumeCaseBreak()
    {
        if (AtWord("break"))
        {
            Advance();
            return true;
        }
        var ahead = _position;
        while (_tokens[ahead].IsTrivia)
            ahead++;
        if (!_tokens[ahead].IsWord("break") || _tokens[ahead + 1].Kind is TokenKind.Dot)
            return false;
        SkipLinesInsideItem();
        Advance();
        return true;
    }

    private Func<Trivia, StatementNode> ParseLoop(StatementSchema schema, SourceSpan keywordSpan, bool disabled, int start)
    {
        var isWhile = schema.Body == StatementBody.While;
        var shape = isWhile ? "while (condition) { each { … } }" : $"{schema.Name} (…) {{ each as $item {{ … }} }}";
        var source = ParseParenthesizedCondition(schema.Name, shape);
        var body = ParseControlBody(schema, schema.Name, shape, () => ParseEach(isWhile));
        var each = body?.Parts.OfType<EachClause>().FirstOrDefault();
        var span = SpanFrom(start);
        return trivia => new LoopStatement(schema.Name, keywordSpan, source, body?.Attributes ?? [], each, body?.Dangling ?? [], disabled, trivia, span);
    }

    private Func<Trivia, SyntaxNode>? ParseEach(bool isWhile)
    {
        if (!AtWord("each"))
        {
            Report(DiagnosticCatalog.Expected.Create(Current.Span, isWhile ? "'each { … }'" : "'each as $item { … }'", Describe(Current)));
            return null;
        }
        var keyword = Advance();
        var variable = AtWord("as") ? ParseBinding() : null;
        if (variable is null && !isWhile)
            Report(DiagnosticCatalog.Expected.Create(Current.Span, "'as $item'", Describe(Current)));
        var block = ParseStatementBlock();
        var span = SpanFrom(keyword.Span.Start);
        return trivia => new EachClause(variable, block, trivia, span);
    }

    private Func<Trivia, StatementNode> ParseTryCatch(SourceSpan keywordSpan, bool disabled, int start)
    {
        var body = ParseControlBody(StatementCatalog.Find("try_catch"), "try_catch", "try_catch { try { … } catch { … } }",
            () => ParseNamedBlock(["try", "catch", "finally"], (keyword, span, block, trivia, whole) => new TryCatchPart(keyword, span, block, trivia, whole)));
        var span = SpanFrom(start);
        var parts = body?.Parts.OfType<TryCatchPart>().ToList() ?? [];
        return trivia => new TryCatchStatement(keywordSpan, body?.Attributes ?? [], parts, body?.Dangling ?? [], disabled, trivia, span);
    }

    private Func<Trivia, StatementNode> ParseStackStatement(StatementSchema schema, SourceSpan keywordSpan, bool disabled, int start)
    {
        var body = ParseControlBody(schema, schema.Name, $"{schema.Name} {{ stack {{ … }} }}",
            () => ParseNamedBlock(["stack"], (_, _, block, _, _) => block));
        var stack = body?.Parts.OfType<StatementBlock>().FirstOrDefault();
        var span = SpanFrom(start);
        return trivia => new StackStatement(schema.Name, keywordSpan, body?.Attributes ?? [], stack, body?.Dangling ?? [], disabled, trivia, span);
    }

    private Func<Trivia, SyntaxNode>? ParseNamedBlock(
        string[] names, Func<string, SourceSpan, StatementBlock, Trivia, SourceSpan, SyntaxNode> create)
    {
        if (Current.Kind != TokenKind.Identifier || !names.Contains(Current.Text))
        {
            var expected = string.Join(", ", names.Select(n => $"'{n} {{ … }}'"));
            Report(DiagnosticCatalog.Expected.Create(Current.Span, expected, Describe(Current)));
            return null;
        }
        var keyword = Advance();
        var block = ParseStatementBlock();
        var span = SpanFrom(keyword.Span.Start);
        return trivia => create(keyword.Text, SpanOf(keyword), block, trivia, span);
    }
}
