using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>key: value</c>; a <see cref="Disabled"/> entry is written <c>!key: value</c>.</summary>
public sealed record ObjectEntry(ObjectKey Key, ExpressionNode Value, bool Disabled, Trivia Trivia, SourceSpan Span) : SyntaxNode(Span);
