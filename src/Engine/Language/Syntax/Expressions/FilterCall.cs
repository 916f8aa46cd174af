using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>One filter in a chain: <c>|name:arg1:arg2</c>, skipped when written <c>|!name</c>.</summary>
public sealed record FilterCall(string Name, SourceSpan NameSpan, bool Disabled, IReadOnlyList<ExpressionNode> Arguments, SourceSpan Span) : SyntaxNode(Span);
