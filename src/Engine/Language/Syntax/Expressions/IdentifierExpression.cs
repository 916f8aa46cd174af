using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>A bare word used as a value, such as the keys in <c>|pick:[id, name]</c>.</summary>
public sealed record IdentifierExpression(string Name, SourceSpan Span) : ExpressionNode(Span);
