using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>The <c>[]</c> after a field type, with optional length bounds: <c>[1:10]</c>, <c>[1:]</c>, <c>[:3]</c>.</summary>
public sealed record ArrayShape(string? Minimum, string? Maximum, SourceSpan Span) : SyntaxNode(Span);
