using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>name { attributes }</c>: the older <c>schedule { events = [...] }</c>, and configuration blocks.</summary>
public sealed record BlockClause(string Name, SourceSpan NameSpan, AttributeBlock Block, Trivia Trivia, SourceSpan Span)
    : ClauseNode(Name, NameSpan, Trivia, Span);
