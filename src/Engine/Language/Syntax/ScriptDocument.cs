using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>A whole script: one construct, with the comments before it (in its trivia) and after it.</summary>
public sealed record ScriptDocument(ConstructNode? Construct, IReadOnlyList<Comment> TrailingComments, SourceSpan Span) : SyntaxNode(Span);
