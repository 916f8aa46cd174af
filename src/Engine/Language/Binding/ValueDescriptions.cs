using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

/// <summary>Words for types and literals in messages, and whether a literal fits an attribute type.</summary>
internal static class ValueDescriptions
{
    public static string Expected(AttributeType type) => type switch
    {
        AttributeType.Text => "text",
        AttributeType.Int => "a whole number",
        AttributeType.Number => "a number",
        AttributeType.Bool => "true or false",
        AttributeType.Object => "an object such as {key: value}",
        AttributeType.Array => "a list such as [a, b]",
        AttributeType.Timestamp => "a date and time",
        _ => "a value",
    };

    public static string Describe(ExpressionNode value) => value switch
    {
        LiteralExpression { IsText: true } text => $"the text {Shorten(text.RawText)}",
        LiteralExpression { Kind: LiteralKind.Integer or LiteralKind.Decimal } number => $"the number {number.RawText}",
        LiteralExpression { Kind: LiteralKind.True or LiteralKind.False } flag => flag.RawText,
        LiteralExpression { Kind: LiteralKind.Null } => "null",
        LiteralExpression literal => literal.RawText,
        ArrayExpression => "a list",
        ObjectExpression => "an object",
        _ => "an expression",
    };

    /// <summary>False only when the value is a literal of a kind the type can never accept; expressions are checked at run time.</summary>
    public static bool Fits(AttributeType type, ExpressionNode value) => (type, value) switch
    {
        (_, LiteralExpression { Kind: LiteralKind.Null }) => true,
        (AttributeType.Text, LiteralExpression literal) => literal.IsText,
        (AttributeType.Text, ArrayExpression or ObjectExpression) => false,
        (AttributeType.Int, LiteralExpression literal) => literal.Kind == LiteralKind.Integer,
        (AttributeType.Int or AttributeType.Number, ArrayExpression or ObjectExpression) => false,
        (AttributeType.Number, LiteralExpression literal) => literal.Kind is LiteralKind.Integer or LiteralKind.Decimal,
        (AttributeType.Bool, LiteralExpression literal) => literal.Kind is LiteralKind.True or LiteralKind.False,
        (AttributeType.Bool, ArrayExpression or ObjectExpression) => false,
        (AttributeType.Object, LiteralExpression or ArrayExpression) => false,
        (AttributeType.Array, LiteralExpression or ObjectExpression) => false,
        (AttributeType.Timestamp, LiteralExpression literal) => literal.IsText || literal.Kind is LiteralKind.Integer or LiteralKind.Now or LiteralKind.Timestamp,
        _ => true,
    };

    public static string ArgumentCount(FilterSchema filter)
    {
        var (min, max) = (filter.MinArguments, filter.MaxArguments);
        return (min, max) switch
        {
            (0, 0) => "no arguments",
            (_, null) => $"at least {Plural(min, "argument")}",
            _ when min == max => Plural(min, "argument"),
            _ => $"{min} to {max} arguments",
        };
    }

    public static string Given(int count) => count switch
    {
        0 => "none were",
        1 => "1 was",
        _ => $"{count} were",
    };

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..27] + "…";
}
