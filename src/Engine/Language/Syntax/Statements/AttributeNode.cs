using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>name = value</c>, or a nested <c>name { ... }</c> block in configuration constructs.</summary>
public sealed record AttributeNode(string Name, SourceSpan NameSpan, ExpressionNode? Value, AttributeBlock? Block, Trivia Trivia, SourceSpan Span)
    : SyntaxNode(Span);
