namespace Platform.Engine.Runtime.Filters;

/// <summary>Every filter family's registration, in one list.</summary>
internal static class Families
{
    public static readonly Action<FilterRegistry>[] All =
    [
        ConversionFilters.Register,
        TimestampFilters.Register,
        SecurityFilters.Register,
    ];
}
