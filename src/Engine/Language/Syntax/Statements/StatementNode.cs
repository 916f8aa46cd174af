using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>One step of a stack. <see cref="Disabled"/> is the leading <c>!</c> that keeps it in the script but skips it.</summary>
public abstract record StatementNode(string Keyword, SourceSpan KeywordSpan, bool Disabled, Trivia Trivia, SourceSpan Span) : SyntaxNode(Span);
