using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>An object key: a name, a dotted name (<c>user.name</c>, used in sort), or quoted text.</summary>
public sealed record ObjectKey(string Name, bool Quoted, SourceSpan Span) : SyntaxNode(Span);
