using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>stack { statements }</c>.</summary>
public sealed record StackClause(string Name, SourceSpan NameSpan, StatementBlock Block, Trivia Trivia, SourceSpan Span)
    : ClauseNode(Name, NameSpan, Trivia, Span);
