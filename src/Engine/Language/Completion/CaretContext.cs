using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Parsing;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Completion;

/// <summary>Where a caret is, structurally: which kind of block encloses it and who owns that block.</summary>
internal enum BlockKind
{
    Document,
    ConstructBody,
    Statements,
    Attributes,
    ConditionalBody,
    LoopBody,
    TryCatchBody,
    StackBody,
    SwitchBody,
    Inputs,
    Value,
}

/// <summary>
/// Reads the tokens around a caret, without needing the script to parse: the word being typed, what comes just
/// before it, and the enclosing block found by walking back to the unmatched '{'.
/// </summary>
internal sealed class CaretContext
{
    private readonly IReadOnlyList<Token> _tokens;

    private CaretContext(string text, int offset, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Offset = offset;
        _tokens = tokens;
        WordStart = FindWordStart(text, offset);
        (Block, Owner, BlockStartToken) = FindBlock();
    }

    public string Text { get; }

    public int Offset { get; }

    /// <summary>Start of the partly typed word (letters, digits, '_', '.', '$') that ends at the caret.</summary>
    public int WordStart { get; }

    public string Word => Text[WordStart..Offset];

    public SourceSpan WordSpan => SourceSpan.FromBounds(WordStart, Offset);

    public BlockKind Block { get; }

    /// <summary>The statement or construct keyword that owns the enclosing block, if any.</summary>
    public string? Owner { get; }

    private int BlockStartToken { get; }

    public static CaretContext Create(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var tokens = Lexer.Tokenize(text[..offset], []);
        return new CaretContext(text, offset, tokens);
    }

    /// <summary>True when only whitespace (or a '!' that disables a statement) precedes the word on its line.</summary>
    public bool AtItemStart
    {
        get
        {
            var lineStart = LineStart(Text, WordStart);
            var before = Text.AsSpan(lineStart, WordStart - lineStart).Trim();
            return before.IsEmpty || before.SequenceEqual("!") || before.SequenceEqual("}");
        }
    }

    /// <summary>The last token before the word being typed, skipping nothing else.</summary>
    public Token? TokenBeforeWord
    {
        get
        {
            for (var i = _tokens.Count - 1; i >= 0; i--)
            {
                var token = _tokens[i];
                if (token.Kind == TokenKind.EndOfFile || token.Span.Start >= WordStart)
                    continue;
                return token;
            }
            return null;
        }
    }

    /// <summary>Names already written at the top level of the enclosing block (attributes or clauses), to avoid suggesting them twice.</summary>
    public IReadOnlySet<string> NamesInBlock()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        for (var i = BlockStartToken + 1; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            depth += token.Kind is TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.OpenParen ? 1 : 0;
            depth -= token.Kind is TokenKind.CloseBrace or TokenKind.CloseBracket or TokenKind.CloseParen ? 1 : 0;
            if (depth == 0 && token.Kind == TokenKind.Identifier && IsLineStart(i) && token.Span.End < WordStart)
                names.Add(token.Text);
        }
        return names;
    }

    /// <summary>The offset where the line holding <paramref name="position"/> starts.</summary>
    public static int LineStart(string text, int position) =>
        position <= 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;

    private bool IsLineStart(int index) =>
        index == 0 || _tokens[index - 1].Kind is TokenKind.NewLine or TokenKind.Comment or TokenKind.OpenBrace or TokenKind.Comma;

    private static int FindWordStart(string text, int offset)
    {
        var start = offset;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.' or '$'))
            start--;
        return start;
    }

    private (BlockKind Kind, string? Owner, int TokenIndex) FindBlock()
    {
        var depth = 0;
        for (var i = _tokens.Count - 1; i >= 0; i--)
        {
            var token = _tokens[i];
            if (token.Span.Start >= WordStart)
                continue;
            switch (token.Kind)
            {
                case TokenKind.CloseBrace or TokenKind.CloseBracket or TokenKind.CloseParen:
                    depth++;
                    break;
                case TokenKind.OpenBracket or TokenKind.OpenParen:
                    if (depth == 0)
                        return (BlockKind.Value, null, i);
                    depth--;
                    break;
                case TokenKind.OpenBrace:
                    if (depth == 0)
                        return ClassifyBrace(i);
                    depth--;
                    break;
            }
        }
        return (BlockKind.Document, null, -1);
    }

    /// <summary>Decides what the '{' at <paramref name="index"/> opens, from the words on its line.</summary>
    private (BlockKind, string?, int) ClassifyBrace(int index)
    {
        var previous = index > 0 ? _tokens[index - 1] : default;
        if (previous.Kind is TokenKind.Equals or TokenKind.Colon or TokenKind.Comma or TokenKind.OpenBracket or TokenKind.OpenParen or TokenKind.Pipe)
            return (BlockKind.Value, null, index);
        var lineWords = LineWords(index);
        if (lineWords.Count == 0)
            return (BlockKind.Value, null, index);
        var first = lineWords[0];
        return first switch
        {
            "stack" or "try" or "catch" or "finally" or "if" or "elseif" or "else" or "case" or "default" or "each" or "test" => (BlockKind.Statements, first, index),
            "input" or "schema" => (BlockKind.Inputs, first, index),
            _ when ConstructCatalog.Find(first) is not null && lineWords.Count <= 3 => (BlockKind.ConstructBody, first, index),
            _ when StatementCatalog.Find(first) is { } statement => (BodyKindOf(statement), first, index),
            _ => (BlockKind.Attributes, first, index),
        };
    }

    private static BlockKind BodyKindOf(StatementSchema statement) => statement.Body switch
    {
        StatementBody.Conditional => BlockKind.ConditionalBody,
        StatementBody.Each or StatementBody.While => BlockKind.LoopBody,
        StatementBody.TryCatch => BlockKind.TryCatchBody,
        StatementBody.Stack => BlockKind.StackBody,
        StatementBody.Switch => BlockKind.SwitchBody,
        _ => BlockKind.Attributes,
    };

    /// <summary>The dotted words from the start of the brace's line (skipping '!' and closing braces).</summary>
    private List<string> LineWords(int braceIndex)
    {
        var start = braceIndex;
        while (start > 0 && _tokens[start - 1].Kind is not (TokenKind.NewLine or TokenKind.Comment))
            start--;
        while (start < braceIndex && _tokens[start].Kind is TokenKind.Bang or TokenKind.CloseBrace)
            start++;
        var words = new List<string>();
        var current = "";
        for (var i = start; i < braceIndex; i++)
        {
            var token = _tokens[i];
            if (token.Kind == TokenKind.Identifier)
            {
                current = current.EndsWith('.') ? current + token.Text : token.Text;
                if (i + 1 >= braceIndex || _tokens[i + 1].Kind != TokenKind.Dot)
                {
                    words.Add(current);
                    current = "";
                }
            }
            else if (token.Kind == TokenKind.Dot && current.Length > 0)
            {
                current += ".";
            }
            else if (token.Kind is TokenKind.String or TokenKind.Variable)
            {
                words.Add(token.Text);
            }
        }
        return words;
    }
}
