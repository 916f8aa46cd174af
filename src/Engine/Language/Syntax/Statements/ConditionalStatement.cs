using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>conditional { if (c) { } elseif (c) { } else { } }</c>.</summary>
public sealed record ConditionalStatement(
    SourceSpan KeywordSpan,
    IReadOnlyList<AttributeNode> Attributes,
    IReadOnlyList<ConditionalBranch> Branches,
    IReadOnlyList<Comment> DanglingComments,
    bool Disabled,
    Trivia Trivia,
    SourceSpan Span) : StatementNode("conditional", KeywordSpan, Disabled, Trivia, Span);
