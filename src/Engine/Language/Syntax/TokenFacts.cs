namespace Platform.Engine.Language.Syntax;

/// <summary>Fixed spellings of punctuation and operators.</summary>
public static class TokenFacts
{
    public static string TextOf(TokenKind kind) => kind switch
    {
        TokenKind.OpenBrace => "{",
        TokenKind.CloseBrace => "}",
        TokenKind.OpenParen => "(",
        TokenKind.CloseParen => ")",
        TokenKind.OpenBracket => "[",
        TokenKind.CloseBracket => "]",
        TokenKind.Comma => ",",
        TokenKind.Dot => ".",
        TokenKind.DotDot => "..",
        TokenKind.DotDotDot => "...",
        TokenKind.Colon => ":",
        TokenKind.Equals => "=",
        TokenKind.Pipe => "|",
        TokenKind.Question => "?",
        TokenKind.QuestionQuestion => "??",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.Percent => "%",
        TokenKind.Tilde => "~",
        TokenKind.Bang => "!",
        TokenKind.BangTilde => "!~",
        TokenKind.EqualsEquals => "==",
        TokenKind.BangEquals => "!=",
        TokenKind.EqualsEqualsEquals => "===",
        TokenKind.BangEqualsEquals => "!==",
        TokenKind.Less => "<",
        TokenKind.LessEquals => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterEquals => ">=",
        TokenKind.AmpersandAmpersand => "&&",
        TokenKind.PipePipe => "||",
        TokenKind.AtGreater => "@>",
        TokenKind.NewLine => "a line break",
        TokenKind.EndOfFile => "the end of the script",
        TokenKind.Identifier => "a name",
        TokenKind.Variable => "a variable",
        _ => kind.ToString(),
    };

    /// <summary>The types a typed literal may name: <c>!int "42"</c>.</summary>
    public static readonly IReadOnlySet<string> CastTypes =
        new HashSet<string>(StringComparer.Ordinal) { "int", "decimal", "bool", "text", "array", "object", "timestamp", "expr" };
}
