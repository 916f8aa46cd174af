using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>The fields of an <c>input { }</c> or <c>schema { }</c> block.</summary>
public sealed record InputBlock(IReadOnlyList<InputField> Fields, IReadOnlyList<Comment> DanglingComments, SourceSpan Span) : SyntaxNode(Span);
