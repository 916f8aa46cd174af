using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>The name of a construct, table or function: bare (<c>user</c>) or quoted (<c>"math/add"</c>).</summary>
public sealed record NameNode(string Name, bool Quoted, SourceSpan Span) : SyntaxNode(Span);
