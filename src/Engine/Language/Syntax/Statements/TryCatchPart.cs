using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>The <c>try</c>, <c>catch</c> or <c>finally</c> block of a try_catch.</summary>
public sealed record TryCatchPart(string Keyword, SourceSpan KeywordSpan, StatementBlock Body, Trivia Trivia, SourceSpan Span) : SyntaxNode(Span);
