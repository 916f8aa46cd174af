using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>group { stack { } }</c>, <c>db.transaction { stack { } }</c>, <c>util.post_process { stack { } }</c>.</summary>
public sealed record StackStatement(
    string Keyword,
    SourceSpan KeywordSpan,
    IReadOnlyList<AttributeNode> Attributes,
    StatementBlock? Stack,
    IReadOnlyList<Comment> DanglingComments,
    bool Disabled,
    Trivia Trivia,
    SourceSpan Span) : StatementNode(Keyword, KeywordSpan, Disabled, Trivia, Span);
