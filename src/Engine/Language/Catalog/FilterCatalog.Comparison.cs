namespace Platform.Engine.Language.Catalog;

// Reference §8.2. "Empty" is the set of §7.6: "", null, 0, "0", false, [] and {}.
public static partial class FilterCatalog
{
    private static IEnumerable<FilterSchema> ComparisonFilters() =>
    [
        Filter("equals", FilterFamily.Comparison, "True when the input equals the value.", "4|equals:4", "true",
            P("value", "Value to compare with.")),
        Filter("not_equals", FilterFamily.Comparison, "True when the input differs from the value.", "4|not_equals:5", "true",
            P("value", "Value to compare with.")),
        Filter("greater_than", FilterFamily.Comparison, "True when the input is greater than the value.", "4|greater_than:2", "true",
            P("value", "Value to compare with.")),
        Filter("greater_than_or_equal", FilterFamily.Comparison, "True when the input is greater than or equal to the value.",
            "4|greater_than_or_equal:4", "true", P("value", "Value to compare with.")),
        Filter("less_than", FilterFamily.Comparison, "True when the input is less than the value.", "4|less_than:2", "false",
            P("value", "Value to compare with.")),
        Filter("less_than_or_equal", FilterFamily.Comparison, "True when the input is less than or equal to the value.",
            "2|less_than_or_equal:4", "true", P("value", "Value to compare with.")),
        Filter("not", FilterFamily.Comparison, "The boolean opposite of the input's truthiness.", "0|not", "true"),
        Filter("in", FilterFamily.Comparison, "True when the value is an element of the input array.", "[1,2,3]|in:3", "true",
            P("value", "Element to look for.")),
        Filter("is_null", FilterFamily.Comparison, "True when the input is null.", "null|is_null", "true"),
        Filter("is_empty", FilterFamily.Comparison, "True when the input is empty: \"\", null, 0, \"0\", false, [] or {}.",
            "\"0\"|is_empty", "true"),
        Filter("is_array", FilterFamily.Comparison, "True when the input is a list indexed 0 to n-1.", "[1,2,3]|is_array", "true"),
        Filter("is_object", FilterFamily.Comparison, "True when the input is an object.", "{a: 1}|is_object", "true"),
        Filter("is_int", FilterFamily.Comparison, "True when the input is an integer.", "123|is_int", "true"),
        Filter("is_decimal", FilterFamily.Comparison, "True when the input is a decimal number.", "1.5|is_decimal", "true"),
        Filter("is_bool", FilterFamily.Comparison, "True when the input is a boolean.", "false|is_bool", "true"),
        Filter("is_text", FilterFamily.Comparison, "True when the input is text.", "\"213\"|is_text", "true"),
        Filter("is_uuid", FilterFamily.Comparison, "True when the input is text in UUID form.",
            "\"550e8400-e29b-41d4-a716-446655440000\"|is_uuid", "true"),
    ];
}
