using System.Collections.Frozen;

namespace Platform.Engine.Language.Catalog;

/// <summary>Every filter the language knows, by name, plus the deprecated aliases. Families live in partial files.</summary>
public static partial class FilterCatalog
{
    private static readonly FrozenDictionary<string, FilterSchema> ByName =
        Families().SelectMany(family => family).ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FilterAlias> AliasesByName =
        Aliases().ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);

    public static IEnumerable<FilterSchema> All => ByName.Values;

    /// <summary>What an aggregate query return applies to columns (reference §8.11): <c>eval: {revenue: $db.order.total|sum}</c>.</summary>
    public static IReadOnlySet<string> AggregateFunctions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "sum", "avg", "median", "min", "max", "count", "count_distinct", "to_list", "to_list_asc", "to_list_desc",
        "to_distinct_list", "to_distinct_list_asc", "to_distinct_list_desc",
    };

    public static IEnumerable<FilterAlias> AllAliases => AliasesByName.Values;

    /// <summary>The filter with this name, following a deprecated alias to its target.</summary>
    public static FilterSchema? Find(string name) =>
        ByName.GetValueOrDefault(name) ?? (AliasesByName.TryGetValue(name, out var alias) ? ByName.GetValueOrDefault(alias.Target) : null);

    public static FilterAlias? FindAlias(string name) => AliasesByName.GetValueOrDefault(name);

    private static IEnumerable<IEnumerable<FilterSchema>> Families() =>
    [
        MathFilters(),
        ComparisonFilters(),
        TextFilters(),
        ArrayFilters(),
        HigherOrderFilters(),
        ObjectFilters(),
        ConversionFilters(),
        TimestampFilters(),
        SecurityFilters(),
        QueryFilters(),
    ];

    private static FilterSchema Filter(
        string name, FilterFamily family, string summary, string example, string? result, params FilterParameter[] parameters) =>
        new(name, family, FilterContext.Value, parameters, summary, example, result);

    private static FilterParameter P(string name, string summary) => new(name, summary);

    private static FilterParameter Optional(string name, string summary) => new(name, summary, Optional: true);

    private static FilterParameter Variadic(string name, string summary) => new(name, summary, Variadic: true);
}
