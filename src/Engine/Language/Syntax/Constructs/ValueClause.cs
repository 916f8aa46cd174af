using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>name = value</c>: description, active, datasource, schedule, tags, history, response…</summary>
public sealed record ValueClause(string Name, SourceSpan NameSpan, ExpressionNode Value, Trivia Trivia, SourceSpan Span)
    : ClauseNode(Name, NameSpan, Trivia, Span);
