using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>test "name" { input = {...}  expect.to_equal (...) { ... } }</c>: a unit test of the construct.</summary>
public sealed record TestClause(string Name, SourceSpan NameSpan, NameNode TestName, StatementBlock Body, Trivia Trivia, SourceSpan Span)
    : ClauseNode(Name, NameSpan, Trivia, Span);
