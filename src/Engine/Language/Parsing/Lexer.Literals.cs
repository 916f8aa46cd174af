using System.Text;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

public sealed partial class Lexer
{
    private void ScanNumberOrTimestamp()
    {
        if (TryScanTimestamp())
            return;
        var start = _position;
        while (char.IsAsciiDigit(Current))
            _position++;
        var kind = TokenKind.Integer;
        if (Current == '.' && char.IsAsciiDigit(Peek(1)))
        {
            kind = TokenKind.Decimal;
            _position++;
            while (char.IsAsciiDigit(Current))
                _position++;
        }
        Add(kind, start, _position - start);
    }

    // YYYY-MM-DD HH:MM:SS±HHMM. Without the offset it is still read as one (invalid) timestamp, reported by the parser.
    private bool TryScanTimestamp()
    {
        const string Shape = "dddd-dd-dd dd:dd:dd+dddd";
        const int DateTimeLength = 19;
        var length = MatchingLength(Shape);
        if (length < DateTimeLength || (length > DateTimeLength && length < Shape.Length))
            return false;
        length = length == Shape.Length ? Shape.Length : DateTimeLength;
        if (char.IsAsciiLetterOrDigit(Peek(length)))
            return false;
        Add(TokenKind.Timestamp, _position, length);
        return true;
    }

    private int MatchingLength(string shape)
    {
        var length = 0;
        while (length < shape.Length && _position + length < _text.Length)
        {
            var c = _text[_position + length];
            var fits = shape[length] switch
            {
                'd' => char.IsAsciiDigit(c),
                '+' => c is '+' or '-',
                _ => c == shape[length],
            };
            if (!fits)
                break;
            length++;
        }
        return length;
    }

    private void ScanQuoted(char quote)
    {
        if (Peek(1) == quote && Peek(2) == quote)
        {
            ScanTripleQuoted(quote, TokenKind.TripleQuotedString);
            return;
        }
        var start = _position;
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd || Current == '\n')
            {
                _diagnostics.Add(DiagnosticCatalog.UnterminatedString.Create(SourceSpan.FromBounds(start, _position), quote));
                break;
            }
            var c = Current;
            if (c == quote)
            {
                _position++;
                break;
            }
            if (c == '\\' && _position + 1 < _text.Length && _text[_position + 1] != '\n')
            {
                _position += quote == '"' ? ReadDoubleQuoteEscape(value) : ReadSingleQuoteEscape(value, quote);
                continue;
            }
            value.Append(c);
            _position++;
        }
        Add(quote == '"' ? TokenKind.String : TokenKind.SingleQuotedString, start, _position - start, value.ToString());
    }

    // PHP stripcslashes: \n \t \r \v \f \a \b \e, octal \0-\777, hex \xHH; any other escaped character stands for itself.
    private int ReadDoubleQuoteEscape(StringBuilder value)
    {
        var next = _text[_position + 1];
        switch (next)
        {
            case 'n': value.Append('\n'); return 2;
            case 't': value.Append('\t'); return 2;
            case 'r': value.Append('\r'); return 2;
            case 'v': value.Append('\v'); return 2;
            case 'f': value.Append('\f'); return 2;
            case 'a': value.Append('\a'); return 2;
            case 'b': value.Append('\b'); return 2;
            case 'e': value.Append('\u001b'); return 2;
            case 'x' when IsHexDigit(Peek(2)):
                var hexLength = IsHexDigit(Peek(3)) ? 2 : 1;
                value.Append((char)Convert.ToInt32(_text.Substring(_position + 2, hexLength), 16));
                return 2 + hexLength;
            case >= '0' and <= '7':
                var octalLength = 1;
                while (octalLength < 3 && Peek(1 + octalLength) is >= '0' and <= '7')
                    octalLength++;
                value.Append((char)(Convert.ToInt32(_text.Substring(_position + 1, octalLength), 8) & 0xFF));
                return 1 + octalLength;
            default:
                // Quotes, backslash and slash are ordinary escapes; anything else (\d, \.) silently loses its
                // backslash under PHP's rules, which breaks regular expressions, so say so.
                if (next is not ('"' or '\'' or '\\' or '/' or '$' or '`'))
                    _diagnostics.Add(DiagnosticCatalog.UnknownEscape.Create(new SourceSpan(_position, 2), next));
                value.Append(next);
                return 2;
        }
    }

    private int ReadSingleQuoteEscape(StringBuilder value, char quote)
    {
        var next = _text[_position + 1];
        if (next == '\\' || next == quote)
        {
            value.Append(next);
            return 2;
        }
        value.Append('\\');
        return 1;
    }

    private static bool IsHexDigit(char c) => char.IsAsciiHexDigit(c);

    private void ScanBacktick()
    {
        if (Peek(1) == '`' && Peek(2) == '`')
        {
            ScanTripleQuoted('`', TokenKind.TripleBacktick);
            return;
        }
        var start = _position;
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd || Current == '\n')
            {
                _diagnostics.Add(DiagnosticCatalog.UnterminatedString.Create(SourceSpan.FromBounds(start, _position), '`'));
                break;
            }
            if (Current == '`')
            {
                _position++;
                break;
            }
            if (Current == '\\' && Peek(1) is '`' or '\\')
            {
                value.Append(Peek(1));
                _position += 2;
                continue;
            }
            value.Append(Current);
            _position++;
        }
        Add(TokenKind.Backtick, start, _position - start, value.ToString());
    }

    // Multi-line text: the opening delimiter ends its line; the closing one sits on its own line and its
    // indentation is removed from every content line; lines are joined with \n, with no final line break.
    private void ScanTripleQuoted(char quote, TokenKind kind)
    {
        var start = _position;
        var delimiter = new string(quote, 3);
        var afterOpen = start + 3;
        var lineEnd = _text.IndexOf('\n', afterOpen);
        var restOfLine = _text.AsSpan(afterOpen, (lineEnd < 0 ? _text.Length : lineEnd) - afterOpen);
        var closeOnSameLine = restOfLine.IndexOf(delimiter.AsSpan());
        if (closeOnSameLine >= 0)
        {
            // """text""" on one line: not the multi-line form; accept its content as is.
            _diagnostics.Add(DiagnosticCatalog.TripleQuoteNeedsNewLine.Create(new SourceSpan(start, 3), delimiter));
            Add(kind, start, 3 + closeOnSameLine + 3, restOfLine[..closeOnSameLine].ToString());
            return;
        }
        if (!restOfLine.IsWhiteSpace())
            _diagnostics.Add(DiagnosticCatalog.TripleQuoteNeedsNewLine.Create(new SourceSpan(start, 3), delimiter));
        var lines = new List<string>();
        if (!restOfLine.IsWhiteSpace())
            lines.Add(restOfLine.ToString());
        var position = lineEnd < 0 ? _text.Length : lineEnd + 1;
        while (position < _text.Length)
        {
            var end = _text.IndexOf('\n', position);
            if (end < 0)
                end = _text.Length;
            var line = _text.AsSpan(position, end - position).TrimEnd('\r');
            var trimmed = line.TrimStart(" \t");
            if (trimmed.StartsWith(delimiter))
            {
                var indent = line.Length - trimmed.Length;
                var closeEnd = position + indent + 3;
                Add(kind, start, closeEnd - start, Dedent(lines, indent));
                return;
            }
            lines.Add(line.ToString());
            position = end + 1;
        }
        _diagnostics.Add(DiagnosticCatalog.UnterminatedBlockString.Create(new SourceSpan(start, 3), delimiter));
        Add(kind, start, _text.Length - start, Dedent(lines, 0));
    }

    private static string Dedent(List<string> lines, int indent)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
                builder.Append('\n');
            var line = lines[i];
            var remove = 0;
            while (remove < indent && remove < line.Length && line[remove] is ' ' or '\t')
                remove++;
            builder.Append(line, remove, line.Length - remove);
        }
        return builder.ToString();
    }

    private bool TryScanOperator()
    {
        var start = _position;
        var (kind, length) = (Current, Peek(1), Peek(2)) switch
        {
            ('=', '=', '=') => (TokenKind.EqualsEqualsEquals, 3),
            ('.', '.', '.') => (TokenKind.DotDotDot, 3),
            ('=', '=', _) => (TokenKind.EqualsEquals, 2),
            ('>', '=', _) => (TokenKind.GreaterEquals, 2),
            ('<', '=', _) => (TokenKind.LessEquals, 2),
            ('&', '&', _) => (TokenKind.AmpersandAmpersand, 2),
            ('|', '|', _) => (TokenKind.PipePipe, 2),
            ('?', '?', _) => (TokenKind.QuestionQuestion, 2),
            ('@', '>', _) => (TokenKind.AtGreater, 2),
            ('.', '.', _) => (TokenKind.DotDot, 2),
            ('{', _, _) => (TokenKind.OpenBrace, 1),
            ('}', _, _) => (TokenKind.CloseBrace, 1),
            ('(', _, _) => (TokenKind.OpenParen, 1),
            (')', _, _) => (TokenKind.CloseParen, 1),
            ('[', _, _) => (TokenKind.OpenBracket, 1),
            (']', _, _) => (TokenKind.CloseBracket, 1),
            (',', _, _) => (TokenKind.Comma, 1),
            ('.', _, _) => (TokenKind.Dot, 1),
            (':', _, _) => (TokenKind.Colon, 1),
            ('=', _, _) => (TokenKind.Equals, 1),
            ('|', _, _) => (TokenKind.Pipe, 1),
            ('?', _, _) => (TokenKind.Question, 1),
            ('+', _, _) => (TokenKind.Plus, 1),
            ('-', _, _) => (TokenKind.Minus, 1),
            ('*', _, _) => (TokenKind.Star, 1),
            ('/', _, _) => (TokenKind.Slash, 1),
            ('%', _, _) => (TokenKind.Percent, 1),
            ('~', _, _) => (TokenKind.Tilde, 1),
            ('<', _, _) => (TokenKind.Less, 1),
            ('>', _, _) => (TokenKind.Greater, 1),
            _ => (TokenKind.BadCharacter, 0),
        };
        if (length == 0)
            return false;
        Add(kind, start, length);
        return true;
    }
}
