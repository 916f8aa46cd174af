namespace Platform.Engine.Language.Catalog;

// Bootstrap: a few filters so the parser can be developed; replaced by the full family files.
public static partial class FilterCatalog
{
    private static IEnumerable<FilterSchema> MathFilters() => [Filter("add", FilterFamily.Math, "Adds.", "1|add:2", "3", P("value", "Amount."))];

    private static IEnumerable<FilterSchema> ComparisonFilters() => [];

    private static IEnumerable<FilterSchema> TextFilters() =>
    [
        Filter("trim", FilterFamily.Text, "Trims.", "\" a \"|trim", "\"a\"", Optional("characters", "Characters.")),
        Filter("to_upper", FilterFamily.Text, "Upper.", "\"a\"|to_upper", "\"A\""),
    ];

    private static IEnumerable<FilterSchema> ArrayFilters() =>
    [
        Filter("count", FilterFamily.Array, "Counts.", "[1,2]|count", "2"),
        Filter("sum", FilterFamily.Array, "Sums.", "[1,2]|sum", "3"),
    ];

    private static IEnumerable<FilterSchema> HigherOrderFilters() => [];

    private static IEnumerable<FilterSchema> ObjectFilters() => [];

    private static IEnumerable<FilterSchema> ConversionFilters() => [];

    private static IEnumerable<FilterSchema> TimestampFilters() =>
    [
        Filter("transform_timestamp", FilterFamily.Timestamp, "Transforms.", "now|transform_timestamp:\"-1 day\"", null, P("relative", "Expr."), Optional("timezone", "Zone.")),
        Filter("timestamp_subtract_months", FilterFamily.Timestamp, "Subtracts months.", "now|timestamp_subtract_months:1", null, P("months", "Months.")) with { Context = FilterContext.Both },
    ];

    private static IEnumerable<FilterSchema> SecurityFilters() => [];

    private static IEnumerable<FilterSchema> QueryFilters() => [];

    private static IEnumerable<FilterAlias> Aliases() => [new("upper", "to_upper")];
}
