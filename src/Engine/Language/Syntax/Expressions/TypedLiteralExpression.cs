using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>!int "42"</c>: a text literal read as another type.</summary>
public sealed record TypedLiteralExpression(string Type, LiteralExpression Literal, SourceSpan Span) : ExpressionNode(Span);
