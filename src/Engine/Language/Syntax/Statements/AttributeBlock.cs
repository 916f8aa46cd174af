using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>
/// <c>{ name = value ... }</c>: a statement's attributes, or a configuration block. <see cref="Incomplete"/> when a
/// broken attribute was dropped, so "missing attribute" checks stay quiet about it.
/// </summary>
public sealed record AttributeBlock(IReadOnlyList<AttributeNode> Attributes, IReadOnlyList<Comment> DanglingComments, SourceSpan Span, bool Incomplete = false)
    : SyntaxNode(Span)
{
    public static AttributeBlock Empty(SourceSpan span) => new([], [], span);

    // A loop, not LINQ: the interpreter asks for attributes on every statement it runs.
    public AttributeNode? Find(string name)
    {
        for (var i = 0; i < Attributes.Count; i++)
        {
            if (string.Equals(Attributes[i].Name, name, StringComparison.Ordinal))
                return Attributes[i];
        }
        return null;
    }
}
