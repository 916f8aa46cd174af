using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>A <c>//</c> comment, text included, kept in the tree so the formatter can print it back.</summary>
public sealed record Comment(string Text, SourceSpan Span);
