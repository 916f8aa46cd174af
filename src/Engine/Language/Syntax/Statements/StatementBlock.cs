using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>{ statements }</c>: the body of a stack, branch, loop or test.</summary>
public sealed record StatementBlock(IReadOnlyList<StatementNode> Statements, IReadOnlyList<Comment> DanglingComments, SourceSpan Span) : SyntaxNode(Span);
