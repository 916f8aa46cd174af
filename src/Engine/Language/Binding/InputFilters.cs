using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

/// <summary>The validation filters an input accepts, by type (reference §3.8).</summary>
internal static class InputFilters
{
    private static readonly string[] Text = ["trim", "min", "max", "startsWith", "prevent", "lower", "upper", "alphaOk", "digitOk", "ok", "pattern"];
    private static readonly string[] Number = ["min", "max"];
    private static readonly string[] Email = ["trim", "lower"];
    private static readonly string[] Password = ["min", "max", "minAlpha", "minLowerAlpha", "minUpperAlpha", "minDigit", "minSymbol"];

    public static IReadOnlyList<string> For(InputField field)
    {
        var byType = field.Type switch
        {
            "text" => Text,
            "int" or "decimal" => Number,
            "email" => Email,
            "password" => Password,
            _ => [],
        };
        // Lists also take min/max, bounding their length.
        return field.Array is null ? byType : [.. byType.Union(Number)];
    }
}
