using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>
/// <c>type[bounds]? name?=default filters=f1|f2:arg { attributes }</c>: one input or column. <see cref="Schema"/> is the
/// nested <c>schema { }</c> of an <c>object</c> field; <see cref="Name"/> is null for <c>dblink { }</c>.
/// </summary>
public sealed record InputField(
    string Type,
    SourceSpan TypeSpan,
    ArrayShape? Array,
    bool Nullable,
    NameNode? Name,
    bool Optional,
    ExpressionNode? Default,
    IReadOnlyList<FilterCall> Filters,
    AttributeBlock? Attributes,
    InputBlock? Schema,
    Trivia Trivia,
    SourceSpan Span) : SyntaxNode(Span);
