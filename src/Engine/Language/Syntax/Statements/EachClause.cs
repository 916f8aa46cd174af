using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>each as $item { }</c> (the loop variable is null for <c>while</c>'s <c>each { }</c>).</summary>
public sealed record EachClause(BindingNode? Variable, StatementBlock Body, Trivia Trivia, SourceSpan Span) : SyntaxNode(Span);
