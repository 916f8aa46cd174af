using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>( inner )</c>, kept so the formatter prints the parentheses the author wrote.</summary>
public sealed record ParenthesizedExpression(ExpressionNode Inner, SourceSpan Span) : ExpressionNode(Span);
