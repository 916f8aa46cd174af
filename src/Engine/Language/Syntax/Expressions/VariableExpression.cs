using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>$name</c>, <c>$$</c>, <c>$input</c>, <c>$env</c>, <c>$db</c>…</summary>
public sealed record VariableExpression(string Name, SourceSpan Span) : ExpressionNode(Span);
