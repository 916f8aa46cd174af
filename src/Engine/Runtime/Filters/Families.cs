namespace Platform.Engine.Runtime.Filters;

/// <summary>Every filter family's registration, in one list.</summary>
internal static class Families
{
    public static readonly Action<FilterRegistry>[] All =
    [
        ArrayFilters.Register,
        HigherOrderFilters.Register,
        ObjectFilters.Register,
        MathFilters.Register,
        ComparisonFilters.Register,
        TextFilters.Register,
        ConversionFilters.Register,
        TimestampFilters.Register,
        SecurityFilters.Register,
    ];
}
