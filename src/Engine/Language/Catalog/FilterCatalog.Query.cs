namespace Platform.Engine.Language.Catalog;

// Reference §8.10: filters allowed only on $db column operands in query mode (where, eval, join.where). Examples use
// literals in place of columns. Geometry and full-text ranking need database services this server does not have.
public static partial class FilterCatalog
{
    private static IEnumerable<FilterSchema> QueryFilters() =>
    [
        Query("between", "True when the value lies between two bounds, both included.", "15|between:10:100", "true",
            P("min", "Lower bound."), P("max", "Upper bound.")),
        Query("coalesce", "The value unless it is null, otherwise the fallback.", "null|coalesce:\"John\"", "\"John\"",
            P("fallback", "Value used when the column is null.")),
        Query("length", "The number of elements in an array column.", "[\"admin\",\"user\",\"guest\"]|length", "3"),
        Query("sub", "The value minus a number.", "10|sub:2.5", "7.5", P("value", "Number to take away.")),
        Query("mul", "The value times a number.", "2.5|mul:3", "7.5", P("value", "Number to multiply by.")),
        Query("div", "The value divided by a number.", "10|div:4", "2.5", P("value", "Number to divide by.")),
        Query("l1_distance_manhattan", "The L1 (Manhattan) distance between two vectors.", "[1,2]|l1_distance_manhattan:[4,6]", "7",
            P("vector", "Vector to measure against, same size.")),
        Query("l2_distance_euclidean", "The L2 (Euclidean) distance between two vectors.", "[1,2]|l2_distance_euclidean:[4,6]", "5",
            P("vector", "Vector to measure against, same size.")),
        Query("inner_product", "The inner (dot) product of two vectors.", "[1,2]|inner_product:[3,4]", "11",
            P("vector", "Other vector, same size.")),
        Query("negative_inner_product", "The negated inner (dot) product of two vectors, for nearest-first sorting.",
            "[1,2]|negative_inner_product:[3,4]", "-11", P("vector", "Other vector, same size.")),
        Query("cosine_similarity", "The cosine similarity of two vectors, from -1 to 1.", "[3,4]|cosine_similarity:[4,3]", "0.96",
            P("vector", "Other vector, same size.")),
        Query("cosine_distance", "The cosine distance of two vectors: 1 minus their cosine similarity.", "[1,0]|cosine_distance:[0,1]", "1",
            P("vector", "Other vector, same size.")),
        Query("covers", "True when the geometry covers the other geometry.",
            "{type: \"point\", data: {lng: 0, lat: 0}}|covers:{type: \"point\", data: {lng: 0, lat: 0}}", null,
            P("geometry", "Geometry that must lie inside.")) with { Supported = false },
        Query("distance", "The distance in meters between two geometries.",
            "{type: \"point\", data: {lng: 0, lat: 0}}|distance:{type: \"point\", data: {lng: 0, lat: 1}}", null,
            P("geometry", "Geometry to measure to.")) with { Supported = false },
        Query("within", "True when the geometry lies within a radius of a point.",
            "{type: \"point\", data: {lng: 0, lat: 0}}|within:{type: \"point\", data: {lng: 0, lat: 1}}:200000", null,
            P("point", "Centre of the circle."), P("meters", "Radius in meters.")) with { Supported = false },
        Query("search_rank", "The full-text relevance of the column's text for a search query.",
            "\"the quick brown fox\"|search_rank:\"fox\"", null,
            P("query", "Search terms.")) with { Supported = false },
    ];

    private static FilterSchema Query(string name, string summary, string example, string? result, params FilterParameter[] parameters) =>
        Filter(name, FilterFamily.Query, summary, example, result, parameters) with { Context = FilterContext.Query };
}
