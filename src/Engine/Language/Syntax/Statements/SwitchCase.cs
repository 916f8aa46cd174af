using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>A <c>case (value) { }</c>, or <c>default { }</c> when <see cref="Value"/> is null; <see cref="Break"/> is the <c>break</c> after it.</summary>
public sealed record SwitchCase(ExpressionNode? Value, StatementBlock Body, bool Break, Trivia Trivia, SourceSpan Span) : SyntaxNode(Span);
