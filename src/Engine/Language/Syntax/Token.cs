using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>
/// One token. <see cref="Text"/> is the source text (identifiers and variables interned); <see cref="Value"/>
/// is the decoded content of string-like literals.
/// </summary>
public readonly record struct Token(TokenKind Kind, SourceSpan Span, string Text, string? Value = null)
{
    public bool IsTrivia => Kind is TokenKind.NewLine or TokenKind.Comment;

    public bool IsWord(string word) => Kind == TokenKind.Identifier && Text == word;

    /// <summary>How the token reads in a message: its text, or a name for line ends and the end of the script.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.EndOfFile => "the end of the script",
        TokenKind.NewLine => "a line break",
        TokenKind.Comment => "a comment",
        TokenKind.String or TokenKind.SingleQuotedString or TokenKind.TripleQuotedString => "text " + Shorten(Text),
        _ => "'" + Shorten(Text) + "'",
    };

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..21] + "…";
}
