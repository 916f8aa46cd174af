using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

public abstract record ExpressionNode(SourceSpan Span) : SyntaxNode(Span);
