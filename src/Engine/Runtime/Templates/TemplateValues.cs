using System.Globalization;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

/// <summary>How Twig (PHP) turns values into text, decides emptiness and walks collections.</summary>
internal static class TemplateValues
{
    /// <summary>
    /// Printed text: null and false are "", true is "1" (PHP's echo), numbers as PHP writes them. Lists and objects,
    /// which Twig prints as "Array", print as compact JSON here.
    /// </summary>
    public static string ToText(XsValue value) => value.Kind switch
    {
        ValueKind.Null => "",
        ValueKind.Bool => value.AsBool ? "1" : "",
        _ => ValueConversions.ToText(value),
    };

    /// <summary>Twig's <c>empty</c>: null, false, "", an empty list or object. Unlike XanoScript, 0 and "0" are not empty.</summary>
    public static bool IsEmpty(XsValue value) => value.Kind switch
    {
        ValueKind.Null => true,
        ValueKind.Bool => !value.AsBool,
        ValueKind.Text => value.AsText.Length == 0,
        ValueKind.Array => value.AsArray.Count == 0,
        ValueKind.Object => value.AsObject.Count == 0,
        _ => false,
    };

    /// <summary>The entries a for loop walks: a list's (index, element), an object's (key, value); anything else none.</summary>
    public static IReadOnlyList<(XsValue Key, XsValue Value)> Entries(XsValue value) => value.Kind switch
    {
        ValueKind.Array => [.. value.AsArray.Select((item, i) => (XsValue.Int(i), item))],
        ValueKind.Object => [.. value.AsObject.Select(entry => (XsValue.Text(entry.Key), entry.Value))],
        _ => [],
    };

    /// <summary>A list's elements or an object's values; text and scalars have none.</summary>
    public static IReadOnlyList<XsValue> Items(XsValue value) => value.Kind switch
    {
        ValueKind.Array => value.AsArray,
        ValueKind.Object => [.. value.AsObject.Values],
        _ => [],
    };

    public static bool TryNumber(XsValue value, out double number)
    {
        number = 0;
        if (!ValueConversions.TryToNumber(value, out var parsed))
            return false;
        number = parsed.ToDouble();
        return true;
    }

    /// <summary>A whole result stays an int, as PHP keeps int arithmetic whole.</summary>
    public static XsValue FromNumber(double number) =>
        Math.Abs(number) < 9e15 && number == Math.Floor(number) ? XsValue.Int((long)number) : XsValue.Decimal(number);

    public static string Invariant(double number) => number.ToString(CultureInfo.InvariantCulture);
}
