using System.Text;

namespace Platform.Engine.Runtime.Templates;

/// <summary>
/// Splits a template into text and the tokens of its tags, in one pass without recursion. Whitespace control is
/// applied here: <c>-</c> next to a delimiter trims all whitespace on that side, <c>~</c> trims spaces and tabs,
/// and, as in Twig, the first newline after <c>%}</c> or <c>#}</c> is dropped. Comments produce no tokens.
/// </summary>
internal sealed class TemplateLexer
{
    private static readonly string[] Symbols =
    [
        "==", "!=", "<=", ">=", "//", "**", "??", "?:", "..",
        "<", ">", "+", "-", "*", "/", "%", "~", ".", ",", ":", "|", "(", ")", "[", "]", "{", "}", "?", "=",
    ];

    private readonly string _source;
    private readonly List<TemplateToken> _tokens = [];
    private int _position;
    private int _line = 1;

    // How the text after the last tag is trimmed: 'all' (-), 'line' (~), or only one newline (after %} and #}).
    private Trim _pendingTrim;

    private enum Trim
    {
        None,
        OneNewline,
        Line,
        All,
    }

    private TemplateLexer(string source) => _source = source;

    public static IReadOnlyList<TemplateToken> Tokenize(string source)
    {
        var lexer = new TemplateLexer(source);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (_position < _source.Length)
        {
            var open = NextOpening(_position);
            var textEnd = open < 0 ? _source.Length : open;
            var trimRight = open < 0 ? Trim.None : TrimOf(_source, open + 2);
            EmitText(_source[_position..textEnd], trimRight);
            if (open < 0)
                break;
            var kind = _source[open + 1];
            _position = open + 2 + (trimRight == Trim.None ? 0 : 1);
            if (kind == '#')
                SkipComment();
            else
                LexTag(kind == '{' ? TemplateTokenKind.PrintStart : TemplateTokenKind.TagStart);
        }
        _tokens.Add(new TemplateToken(TemplateTokenKind.End, "", _line));
    }

    private int NextOpening(int from)
    {
        var at = from;
        while ((at = _source.IndexOf('{', at)) >= 0 && at + 1 < _source.Length)
        {
            if (_source[at + 1] is '{' or '%' or '#')
                return at;
            at++;
        }
        return -1;
    }

    private static Trim TrimOf(string source, int at) => at < source.Length
        ? source[at] switch { '-' => Trim.All, '~' => Trim.Line, _ => Trim.None }
        : Trim.None;

    private void EmitText(string text, Trim trimRight)
    {
        var startLine = _line;
        _line += Count(text, '\n');
        text = _pendingTrim switch
        {
            Trim.All => text.TrimStart(),
            Trim.Line => text.TrimStart(' ', '\t'),
            Trim.OneNewline when text.StartsWith("\r\n", StringComparison.Ordinal) => text[2..],
            Trim.OneNewline when text.StartsWith('\n') => text[1..],
            _ => text,
        };
        text = trimRight switch
        {
            Trim.All => text.TrimEnd(),
            Trim.Line => text.TrimEnd(' ', '\t'),
            _ => text,
        };
        _pendingTrim = Trim.None;
        if (text.Length > 0)
            _tokens.Add(new TemplateToken(TemplateTokenKind.Text, text, startLine));
    }

    private void SkipComment()
    {
        var startLine = _line;
        var close = _source.IndexOf("#}", _position, StringComparison.Ordinal);
        if (close < 0)
            throw new TemplateException("This comment '{#' is never closed with '#}'.", startLine);
        _line += Count(_source.AsSpan(_position, close - _position), '\n');
        _pendingTrim = close > _position ? TrimBefore(_source[close - 1], Trim.OneNewline) : Trim.OneNewline;
        _position = close + 2;
    }

    private static Trim TrimBefore(char c, Trim otherwise) => c switch { '-' => Trim.All, '~' => Trim.Line, _ => otherwise };

    private void LexTag(TemplateTokenKind start)
    {
        var startLine = _line;
        var closer = start == TemplateTokenKind.PrintStart ? "}}" : "%}";
        _tokens.Add(new TemplateToken(start, start == TemplateTokenKind.PrintStart ? "{{" : "{%", startLine));
        while (true)
        {
            SkipWhitespace();
            if (_position >= _source.Length)
                throw new TemplateException($"This tag '{_tokens.Last(t => t.Kind == start).Text}' is never closed with '{closer}'.", startLine);
            if (TryClose(closer, start))
                return;
            LexToken();
        }
    }

    private bool TryClose(string closer, TemplateTokenKind start)
    {
        var modifier = _source[_position] is '-' or '~' ? 1 : 0;
        if (string.CompareOrdinal(_source, _position + modifier, closer, 0, 2) != 0)
            return false;
        var isTag = start == TemplateTokenKind.TagStart;
        _tokens.Add(new TemplateToken(isTag ? TemplateTokenKind.TagEnd : TemplateTokenKind.PrintEnd, closer, _line));
        _pendingTrim = modifier == 1 ? TrimBefore(_source[_position], Trim.None) : isTag ? Trim.OneNewline : Trim.None;
        _position += modifier + 2;
        return true;
    }

    private void SkipWhitespace()
    {
        while (_position < _source.Length && char.IsWhiteSpace(_source[_position]))
        {
            if (_source[_position] == '\n')
                _line++;
            _position++;
        }
    }

    private void LexToken()
    {
        var c = _source[_position];
        if (char.IsAsciiLetter(c) || c is '_' or '$')
            LexName();
        else if (char.IsAsciiDigit(c))
            LexNumber();
        else if (c is '"' or '\'')
            LexString(c);
        else
            LexSymbol(c);
    }

    private void LexName()
    {
        var start = _position++;
        while (_position < _source.Length && (char.IsAsciiLetterOrDigit(_source[_position]) || _source[_position] == '_'))
            _position++;
        _tokens.Add(new TemplateToken(TemplateTokenKind.Name, _source[start.._position], _line));
    }

    private void LexNumber()
    {
        var start = _position;
        SkipDigits();
        // "1..5" is a range, not the decimal "1."
        if (_position + 1 < _source.Length && _source[_position] == '.' && char.IsAsciiDigit(_source[_position + 1]))
        {
            _position++;
            SkipDigits();
        }
        _tokens.Add(new TemplateToken(TemplateTokenKind.Number, _source[start.._position], _line));
    }

    private void SkipDigits()
    {
        while (_position < _source.Length && char.IsAsciiDigit(_source[_position]))
            _position++;
    }

    private void LexString(char quote)
    {
        var startLine = _line;
        var builder = new StringBuilder();
        _position++;
        while (true)
        {
            if (_position >= _source.Length)
                throw new TemplateException("This text has no closing quote.", startLine);
            var c = _source[_position++];
            if (c == quote)
                break;
            if (c == '\n')
                _line++;
            if (c == '\\' && _position < _source.Length)
                c = Unescape(_source[_position++]);
            builder.Append(c);
        }
        _tokens.Add(new TemplateToken(TemplateTokenKind.String, builder.ToString(), startLine));
    }

    private static char Unescape(char c) => c switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => c };

    private void LexSymbol(char c)
    {
        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(_source, _position, symbol, 0, symbol.Length) == 0)
            {
                _tokens.Add(new TemplateToken(TemplateTokenKind.Symbol, symbol, _line));
                _position += symbol.Length;
                return;
            }
        }
        throw new TemplateException($"Unexpected character '{c}' in a tag.", _line);
    }

    private static int Count(ReadOnlySpan<char> text, char c) => text.Count(c);
}
