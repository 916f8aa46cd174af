using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>try_catch { try { } catch { } finally { } }</c>.</summary>
public sealed record TryCatchStatement(
    SourceSpan KeywordSpan,
    IReadOnlyList<AttributeNode> Attributes,
    IReadOnlyList<TryCatchPart> Parts,
    IReadOnlyList<Comment> DanglingComments,
    bool Disabled,
    Trivia Trivia,
    SourceSpan Span) : StatementNode("try_catch", KeywordSpan, Disabled, Trivia, Span)
{
    public TryCatchPart? Find(string keyword)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (string.Equals(Parts[i].Keyword, keyword, StringComparison.Ordinal))
                return Parts[i];
        }
        return null;
    }
}
