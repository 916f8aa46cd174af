using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>One part of a construct body: <c>description = "…"</c>, <c>stack { }</c>, <c>input { }</c>…</summary>
public abstract record ClauseNode(string Name, SourceSpan NameSpan, Trivia Trivia, SourceSpan Span) : SyntaxNode(Span);
