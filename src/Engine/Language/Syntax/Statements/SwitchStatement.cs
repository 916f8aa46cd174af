using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>switch (value) { case (x) { } break  default { } }</c>.</summary>
public sealed record SwitchStatement(
    SourceSpan KeywordSpan,
    ExpressionNode Value,
    IReadOnlyList<AttributeNode> Attributes,
    IReadOnlyList<SwitchCase> Cases,
    IReadOnlyList<Comment> DanglingComments,
    bool Disabled,
    Trivia Trivia,
    SourceSpan Span) : StatementNode("switch", KeywordSpan, Disabled, Trivia, Span);
