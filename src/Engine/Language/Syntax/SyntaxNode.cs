using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>Every node of the tree knows where it came from in the source.</summary>
public abstract record SyntaxNode(SourceSpan Span);
