using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>{ name = value ... }</c>: a statement's attributes, or a configuration block.</summary>
public sealed record AttributeBlock(IReadOnlyList<AttributeNode> Attributes, IReadOnlyList<Comment> DanglingComments, SourceSpan Span) : SyntaxNode(Span)
{
    public static AttributeBlock Empty(SourceSpan span) => new([], [], span);

    public AttributeNode? Find(string name) => Attributes.FirstOrDefault(a => a.Name == name);
}
