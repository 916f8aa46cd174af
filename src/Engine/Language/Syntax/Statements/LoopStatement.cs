using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>foreach (list) { each as $item { } }</c>, <c>for (n) { each as $i { } }</c> or <c>while (c) { each { } }</c>.</summary>
public sealed record LoopStatement(
    string Keyword,
    SourceSpan KeywordSpan,
    ExpressionNode Source,
    IReadOnlyList<AttributeNode> Attributes,
    EachClause? Each,
    IReadOnlyList<Comment> DanglingComments,
    bool Disabled,
    Trivia Trivia,
    SourceSpan Span) : StatementNode(Keyword, KeywordSpan, Disabled, Trivia, Span);
