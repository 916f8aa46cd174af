using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>
/// <c>input|filter:arg|other</c>: a chain of filters applied to the operand right before it (Model L). The input is
/// null for a filter with no input, written <c>(|uuid)</c>.
/// </summary>
public sealed record FilterExpression(ExpressionNode? Input, IReadOnlyList<FilterCall> Filters, SourceSpan Span) : ExpressionNode(Span);
