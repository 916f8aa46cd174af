using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>input { fields }</c> of a function, or <c>schema { columns }</c> of a table.</summary>
public sealed record InputClause(string Name, SourceSpan NameSpan, InputBlock Block, Trivia Trivia, SourceSpan Span)
    : ClauseNode(Name, NameSpan, Trivia, Span);
