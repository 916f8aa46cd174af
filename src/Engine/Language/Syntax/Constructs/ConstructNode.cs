using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>task name { clauses }</c>; <see cref="Arguments"/> holds header extras such as <c>verb=GET</c>.</summary>
public sealed record ConstructNode(
    string Keyword,
    SourceSpan KeywordSpan,
    NameNode? Name,
    IReadOnlyList<HeaderArgument> Arguments,
    IReadOnlyList<ClauseNode> Clauses,
    IReadOnlyList<Comment> DanglingComments,
    Trivia Trivia,
    SourceSpan Span) : SyntaxNode(Span)
{
    public ClauseNode? FindClause(string name) => Clauses.FirstOrDefault(c => c.Name == name);
}
