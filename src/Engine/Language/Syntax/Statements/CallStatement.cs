using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>
/// Every statement with the common shape <c>keyword [target] [if (condition)] [{ attributes }] [as $name]</c>:
/// <c>var $x {…}</c>, <c>db.query user {…} as $rows</c>, <c>precondition (…) {…}</c>, <c>array.find (…) if (…) as $r</c>.
/// The target is a <see cref="NameNode"/> or an expression (a variable path or the parenthesised value).
/// </summary>
public sealed record CallStatement(
    string Keyword,
    SourceSpan KeywordSpan,
    SyntaxNode? Target,
    IReadOnlyList<HeaderArgument> Arguments,
    ExpressionNode? Condition,
    AttributeBlock? Attributes,
    BindingNode? Binding,
    bool Disabled,
    Trivia Trivia,
    SourceSpan Span) : StatementNode(Keyword, KeywordSpan, Disabled, Trivia, Span);
