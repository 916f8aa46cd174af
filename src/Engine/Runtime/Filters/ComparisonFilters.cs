using System.Text.RegularExpressions;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Comparison and type-test filters (reference §8.2): the language's loose <c>==</c> and ordering
/// (<see cref="ValueComparer"/>), the emptiness of §7.6, and one test per value kind.
/// </summary>
internal static partial class ComparisonFilters
{
    public static void Register(FilterRegistry registry)
    {
        registry.Add("equals", call => XsValue.Bool(ValueComparer.LooseEquals(call.Input, call.Argument(0))));
        registry.Add("not_equals", call => XsValue.Bool(!ValueComparer.LooseEquals(call.Input, call.Argument(0))));
        registry.Add("greater_than", call => XsValue.Bool(Order(call) > 0));
        registry.Add("greater_than_or_equal", call => XsValue.Bool(Order(call) >= 0));
        registry.Add("less_than", call => XsValue.Bool(Order(call) < 0));
        registry.Add("less_than_or_equal", call => XsValue.Bool(Order(call) <= 0));
        registry.Add("not", call => XsValue.Bool(!ValueConversions.IsTruthy(call.Input)));
        registry.Add("in", In);
        registry.Add("is_null", call => XsValue.Bool(call.Input.IsNull));
        registry.Add("is_empty", call => XsValue.Bool(!ValueConversions.IsTruthy(call.Input)));
        registry.Add("is_array", call => XsValue.Bool(call.Input.Kind == ValueKind.Array));
        registry.Add("is_object", call => XsValue.Bool(call.Input.Kind == ValueKind.Object));
        registry.Add("is_int", call => XsValue.Bool(call.Input.IsInteger));
        registry.Add("is_decimal", call => XsValue.Bool(call.Input.Kind == ValueKind.Decimal));
        registry.Add("is_bool", call => XsValue.Bool(call.Input.Kind == ValueKind.Bool));
        registry.Add("is_text", call => XsValue.Bool(call.Input.Kind == ValueKind.Text));
        registry.Add("is_uuid", call => XsValue.Bool(call.Input.Kind == ValueKind.Text && UuidPattern().IsMatch(call.Input.AsText)));
    }

    private static int Order(FilterCall call) => ValueComparer.Compare(call.Input, call.Argument(0));

    /// <summary>PHP's in_array (loose): the value is an element of the input list, or a value of the input object.</summary>
    private static XsValue In(FilterCall call)
    {
        var value = call.Argument(0);
        IEnumerable<XsValue> elements = call.Input.Kind switch
        {
            ValueKind.Null => [],
            ValueKind.Array => call.Input.AsArray,
            ValueKind.Object => call.Input.AsObject.Values,
            _ => throw call.Error($"it looks in a list, not in {ValueConversions.KindName(call.Input)}; to find text in text use |contains."),
        };
        return XsValue.Bool(elements.Any(element => ValueComparer.LooseEquals(element, value)));
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();
}
