using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>
/// A literal. <see cref="Value"/> is a <see cref="long"/>, <see cref="double"/>, <see cref="string"/> (decoded text),
/// <see cref="bool"/>, a <see cref="DateTimeOffset"/> for timestamps, or null. <see cref="RawText"/> is the source spelling.
/// </summary>
public sealed record LiteralExpression(LiteralKind Kind, string RawText, object? Value, SourceSpan Span) : ExpressionNode(Span)
{
    public bool IsText => Kind is LiteralKind.String or LiteralKind.SingleQuotedString or LiteralKind.TripleQuotedString;
}
