using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

/// <summary>
/// Turns script text into tokens, keeping line breaks and comments as tokens (the parser attaches comments to
/// the tree, so the formatter can print them back). Never throws: bad input becomes diagnostics.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _text;
    private readonly StringTable _strings;
    private readonly List<Token> _tokens;
    private readonly List<Diagnostic> _diagnostics;
    private int _position;

    private Lexer(string text, StringTable strings, List<Diagnostic> diagnostics)
    {
        _text = text;
        _strings = strings;
        _diagnostics = diagnostics;
        _tokens = new List<Token>(text.Length / 4 + 8);
    }

    public static IReadOnlyList<Token> Tokenize(string text, List<Diagnostic> diagnostics) =>
        Tokenize(text, new StringTable(), diagnostics);

    internal static List<Token> Tokenize(string text, StringTable strings, List<Diagnostic> diagnostics)
    {
        var lexer = new Lexer(text, strings, diagnostics);
        lexer.Run();
        return lexer._tokens;
    }

    private char Current => Peek(0);

    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private bool AtEnd => _position >= _text.Length;

    private void Run()
    {
        while (!AtEnd)
            ScanToken();
        _tokens.Add(new Token(TokenKind.EndOfFile, new SourceSpan(_text.Length, 0), ""));
    }

    private void ScanToken()
    {
        var c = Current;
        switch (c)
        {
            case '\n':
                Add(TokenKind.NewLine, _position, 1);
                return;
            case ' ' or '\t' or '\r' or '\f' or '\v' or '\u00A0' or '\uFEFF':
                _position++;
                return;
            case '/' when Peek(1) == '/':
                ScanComment();
                return;
            case '"' or '\'':
                ScanQuoted(c);
                return;
            case '`':
                ScanBacktick();
                return;
            case '$':
                ScanVariable();
                return;
            case '!':
                ScanBang();
                return;
        }
        if (char.IsAsciiDigit(c))
            ScanNumberOrTimestamp();
        else if (char.IsAsciiLetter(c) || c == '_')
            ScanIdentifier();
        else if (!TryScanOperator())
            ScanBadCharacter();
    }

    private void Add(TokenKind kind, int start, int length, string? value = null)
    {
        var text = kind switch
        {
            TokenKind.Identifier or TokenKind.Variable or TokenKind.Integer or TokenKind.Decimal or TokenKind.TypeCast =>
                _strings.Intern(_text.AsSpan(start, length)),
            TokenKind.NewLine => "\n",
            >= TokenKind.OpenBrace => TokenFacts.TextOf(kind),
            _ => _text.Substring(start, length),
        };
        _tokens.Add(new Token(kind, new SourceSpan(start, length), text, value));
        _position = start + length;
    }

    private void ScanComment()
    {
        var start = _position;
        var end = _text.IndexOf('\n', start);
        if (end < 0)
            end = _text.Length;
        var length = end - start;
        if (length > 0 && _text[end - 1] == '\r')
            length--;
        Add(TokenKind.Comment, start, length);
        _position = end;
    }

    private void ScanIdentifier()
    {
        var start = _position;
        while (char.IsAsciiLetterOrDigit(Current) || Current == '_')
            _position++;
        Add(TokenKind.Identifier, start, _position - start);
    }

    private void ScanVariable()
    {
        var start = _position;
        if (Peek(1) == '$')
        {
            Add(TokenKind.Variable, start, 2);
            return;
        }
        if (!(char.IsAsciiLetter(Peek(1)) || Peek(1) == '_'))
        {
            ScanBadCharacter();
            return;
        }
        _position++;
        while (char.IsAsciiLetterOrDigit(Current) || Current == '_')
            _position++;
        Add(TokenKind.Variable, start, _position - start);
    }

    // "!int \"42\"" is a typed literal; "!var $x" a disabled statement; "!=" and "!~" operators; else "!".
    private void ScanBang()
    {
        var start = _position;
        if (Peek(1) == '=')
        {
            Add(Peek(2) == '=' ? TokenKind.BangEqualsEquals : TokenKind.BangEquals, start, Peek(2) == '=' ? 3 : 2);
            return;
        }
        if (Peek(1) == '~')
        {
            Add(TokenKind.BangTilde, start, 2);
            return;
        }
        var wordEnd = start + 1;
        while (wordEnd < _text.Length && char.IsAsciiLetter(_text[wordEnd]))
            wordEnd++;
        var word = _text.AsSpan(start + 1, wordEnd - start - 1);
        var afterSpaces = wordEnd;
        while (afterSpaces < _text.Length && _text[afterSpaces] is ' ' or '\t')
            afterSpaces++;
        var castFollows = afterSpaces > wordEnd && afterSpaces < _text.Length && _text[afterSpaces] is '"' or '\'';
        if (castFollows && IsCastType(word))
        {
            Add(TokenKind.TypeCast, start, wordEnd - start);
            return;
        }
        Add(TokenKind.Bang, start, 1);
    }

    private static bool IsCastType(ReadOnlySpan<char> word)
    {
        foreach (var type in TokenFacts.CastTypes)
        {
            if (word.SequenceEqual(type))
                return true;
        }
        return false;
    }

    private void ScanBadCharacter()
    {
        var start = _position;
        var length = char.IsSurrogatePair(_text, start) ? 2 : 1;
        _diagnostics.Add(DiagnosticCatalog.UnexpectedCharacter.Create(new SourceSpan(start, length), _text.Substring(start, length)));
        Add(TokenKind.BadCharacter, start, length);
    }
}
