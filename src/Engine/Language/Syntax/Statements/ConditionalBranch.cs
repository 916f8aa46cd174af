using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>An <c>if</c>, <c>elseif</c> or <c>else</c> branch; <see cref="Condition"/> is null for <c>else</c>.</summary>
public sealed record ConditionalBranch(string Keyword, SourceSpan KeywordSpan, ExpressionNode? Condition, StatementBlock Body, Trivia Trivia, SourceSpan Span)
    : SyntaxNode(Span);
