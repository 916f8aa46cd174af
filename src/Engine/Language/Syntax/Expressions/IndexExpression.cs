using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>target[index]</c>, or <c>target.[index]</c> when <see cref="Dotted"/>.</summary>
public sealed record IndexExpression(ExpressionNode Target, ExpressionNode Index, bool Dotted, SourceSpan Span) : ExpressionNode(Span);
