namespace Platform.Engine.Language.Syntax;

public enum TokenKind
{
    EndOfFile,
    NewLine,
    Comment,
    BadCharacter,

    Identifier,

    /// <summary><c>$name</c> or <c>$$</c>.</summary>
    Variable,

    Integer,
    Decimal,

    /// <summary><c>"text"</c> with C-style escapes.</summary>
    String,

    /// <summary><c>'text'</c>, where only <c>\\</c> and <c>\'</c> are escapes.</summary>
    SingleQuotedString,

    /// <summary><c>"""</c> or <c>'''</c> multi-line text.</summary>
    TripleQuotedString,

    /// <summary><c>`expression`</c>: an expression written as text.</summary>
    Backtick,

    /// <summary><c>```</c> multi-line expression text.</summary>
    TripleBacktick,

    /// <summary><c>2025-10-01 06:00:00+0000</c></summary>
    Timestamp,

    /// <summary><c>!int</c>, <c>!text</c>…: the type of a typed literal such as <c>!int "42"</c>.</summary>
    TypeCast,

    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Comma,
    Dot,
    DotDot,
    DotDotDot,
    Colon,
    Equals,
    Pipe,
    Question,
    QuestionQuestion,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Tilde,
    Bang,
    BangTilde,
    EqualsEquals,
    BangEquals,
    EqualsEqualsEquals,
    BangEqualsEquals,
    Less,
    LessEquals,
    Greater,
    GreaterEquals,
    AmpersandAmpersand,
    PipePipe,
    AtGreater,
}
