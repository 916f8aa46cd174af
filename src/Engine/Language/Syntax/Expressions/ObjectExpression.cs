using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>{key: value, ...}</c>. <see cref="MultiLine"/> remembers whether the author spread it over lines.</summary>
public sealed record ObjectExpression(IReadOnlyList<ObjectEntry> Entries, IReadOnlyList<Comment> DanglingComments, bool MultiLine, SourceSpan Span)
    : ExpressionNode(Span)
{
    public ObjectEntry? Find(string key) => Entries.LastOrDefault(e => e.Key.Name == key);
}
