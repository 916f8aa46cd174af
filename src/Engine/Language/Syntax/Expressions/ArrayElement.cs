using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

public sealed record ArrayElement(ExpressionNode Value, Trivia Trivia, SourceSpan Span) : SyntaxNode(Span);
