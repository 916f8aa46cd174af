using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

/// <summary>
/// Recursive descent for constructs and statements, Pratt for expressions. It never throws on user input: it
/// returns a tree plus diagnostics, recovers at the next line or closing brace, and reports hostile nesting
/// as a diagnostic instead of overflowing the stack.
/// </summary>
internal sealed partial class Parser
{
    public const int MaxDepth = 100;

    /// <summary>
    /// Levels one expression tree may have. Left-assoc chains (<c>a + b + c</c>, <c>$a.b.c</c>) grow the tree one level
    /// per operator without nesting the parser, and every walker after it recurses once per level.
    /// </summary>
    public const int MaxExpressionHeight = 250;

    private readonly List<Token> _tokens;
    private readonly List<Diagnostic> _diagnostics;
    private readonly HashSet<int> _reportedPositions = [];
    private readonly StringTable _strings;
    private readonly int _offset;
    private int _position;
    private int _depth;

    // Expressions being parsed inside one another; the outermost one is measured once it is whole.
    private int _expressionLevel;
    private bool _nestingReported;

    // Comments met inside an item (e.g. between the lines of a multi-line expression) join that item's leading comments.
    private List<Comment> _strayComments = [];

    private Parser(List<Token> tokens, List<Diagnostic> diagnostics, StringTable strings, int offset, int depth)
    {
        _tokens = tokens;
        _diagnostics = diagnostics;
        _strings = strings;
        _offset = offset;
        _depth = depth;
        foreach (var reported in diagnostics.Where(d => d.IsError))
            _reportedPositions.Add(reported.Span.Start);
    }

    private Token Current => _tokens[_position];

    private Token PeekToken(int ahead) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    private Token Previous => _tokens[Math.Max(_position - 1, 0)];

    private bool At(TokenKind kind) => Current.Kind == kind;

    private bool AtWord(string word) => Current.IsWord(word);

    private Token Advance()
    {
        var token = Current;
        if (_position < _tokens.Count - 1)
            _position++;
        return token;
    }

    private bool TryConsume(TokenKind kind)
    {
        if (!At(kind))
            return false;
        Advance();
        return true;
    }

    /// <summary>Consumes the expected token, or reports what was found instead and leaves it in place.</summary>
    private Token Expect(TokenKind kind, string? what = null)
    {
        if (At(kind))
            return Advance();
        ReportExpected(what ?? Quote(TokenFacts.TextOf(kind)));
        return new Token(kind, new SourceSpan(Current.Span.Start, 0), "");
    }

    private static string Quote(string text) => text.StartsWith('a') && text.Contains(' ', StringComparison.Ordinal) ? text : $"'{text}'";

    /// <summary>How a token reads in a message; inside a backtick the end of input is the end of the expression.</summary>
    private string Describe(Token token) =>
        token.Kind == TokenKind.EndOfFile && _inBacktick ? "the end of the expression" : token.Describe();

    private void ReportExpected(string what) => Report(DiagnosticCatalog.Expected.Create(Current.Span, what, Describe(Current)));

    /// <summary>Reports a diagnostic unless one was already reported at the same place, so one mistake gives one message.</summary>
    private void Report(Diagnostic diagnostic)
    {
        var shifted = _offset == 0 ? diagnostic : diagnostic with { Span = new SourceSpan(diagnostic.Span.Start + _offset, diagnostic.Span.Length) };
        if (diagnostic.IsError && !_reportedPositions.Add(shifted.Span.Start))
            return;
        _diagnostics.Add(shifted);
    }

    private SourceSpan Shift(SourceSpan span) => _offset == 0 ? span : new SourceSpan(span.Start + _offset, span.Length);

    private SourceSpan SpanFrom(int start) => Shift(SourceSpan.FromBounds(start, Math.Max(start, Previous.Span.End)));

    private SourceSpan SpanOf(Token token) => Shift(token.Span);

    private string Intern(string text) => _strings.Intern(text);

    // ---- line breaks and comments

    /// <summary>True when a line break lies between the previous token and the current one.</summary>
    private bool AtLineStart => _position == 0 || Previous.Kind is TokenKind.NewLine or TokenKind.Comment;

    private bool AtLineEnd => Current.Kind is TokenKind.NewLine or TokenKind.Comment or TokenKind.EndOfFile;

    // Whether the gap skipped by the last SkipLinesCollectingComments held an empty line.
    private bool _gapHadBlankLine;

    /// <summary>Skips line breaks and comments, keeping the comments as the leading comments of what comes next.</summary>
    private List<Comment> SkipLinesCollectingComments()
    {
        var comments = _strayComments;
        _strayComments = [];
        _gapHadBlankLine = false;
        var previousWasNewLine = false;
        while (Current.IsTrivia)
        {
            var token = Advance();
            if (token.Kind == TokenKind.Comment)
                comments.Add(new Comment(token.Text, SpanOf(token)));
            _gapHadBlankLine |= previousWasNewLine && token.Kind == TokenKind.NewLine;
            previousWasNewLine = token.Kind == TokenKind.NewLine;
        }
        return comments;
    }

    /// <summary>Skips line breaks inside brackets, parking comments until the enclosing item is complete.</summary>
    private void SkipLinesInsideItem()
    {
        while (Current.IsTrivia)
        {
            var token = Advance();
            if (token.Kind == TokenKind.Comment)
                _strayComments.Add(new Comment(token.Text, SpanOf(token)));
        }
    }

    /// <summary>A comment after the item on its last line, if any.</summary>
    private Comment? TakeTrailingComment()
    {
        if (!At(TokenKind.Comment))
            return null;
        var token = Advance();
        Report(DiagnosticCatalog.TrailingComment.Create(token.Span));
        return new Comment(token.Text, SpanOf(token));
    }

    /// <summary>The trivia of an item that just ended: its leading comments, stray ones met inside it, and its trailing one.</summary>
    private Trivia FinishTrivia(List<Comment> leading, bool blankLineBefore = false)
    {
        if (_strayComments.Count > 0)
        {
            leading = [.. leading, .. _strayComments];
            _strayComments = [];
        }
        var trailing = TakeTrailingComment();
        return leading.Count == 0 && trailing is null && !blankLineBefore ? Trivia.None : new Trivia(leading, trailing, blankLineBefore);
    }

    // ---- recovery

    /// <summary>Skips the rest of a broken line, stopping before a '}' that closes the enclosing block.</summary>
    private void SkipToLineEnd()
    {
        var depth = 0;
        while (!At(TokenKind.EndOfFile))
        {
            switch (Current.Kind)
            {
                case TokenKind.NewLine when depth == 0:
                case TokenKind.Comment when depth == 0:
                    return;
                case TokenKind.CloseBrace or TokenKind.CloseBracket or TokenKind.CloseParen:
                    if (depth == 0)
                        return;
                    depth--;
                    break;
                case TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.OpenParen:
                    depth++;
                    break;
            }
            Advance();
        }
    }

    // ---- nesting guard

    /// <summary>Enters one nesting level; false (with a diagnostic and the nested text skipped) when too deep.</summary>
    private bool TryEnter()
    {
        if (_depth < MaxDepth)
        {
            _depth++;
            return true;
        }
        if (!_nestingReported)
        {
            _nestingReported = true;
            _diagnostics.Add(DiagnosticCatalog.NestingTooDeep.Create(SpanOf(Current), MaxDepth));
        }
        SkipBalanced();
        return false;
    }

    private void Leave() => _depth--;

    /// <summary>The expression, or a located error standing in its place when its tree is too deep for the walkers.</summary>
    private ExpressionNode Bounded(ExpressionNode expression)
    {
        if (!ExpressionHeight.Exceeds(expression, MaxExpressionHeight))
            return expression;
        Report(DiagnosticCatalog.ExpressionTooDeep.Create(new SourceSpan(expression.Span.Start - _offset, expression.Span.Length), MaxExpressionHeight));
        return new MissingExpression(expression.Span);
    }

    /// <summary>Skips one bracketed group (or one token), without recursion, so hostile nesting cannot overflow the stack.</summary>
    private void SkipBalanced()
    {
        var depth = 0;
        do
        {
            switch (Current.Kind)
            {
                case TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.OpenParen:
                    depth++;
                    break;
                case TokenKind.CloseBrace or TokenKind.CloseBracket or TokenKind.CloseParen:
                    depth--;
                    break;
                case TokenKind.EndOfFile:
                    return;
            }
            Advance();
        }
        while (depth > 0);
    }
}
