using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

// sort:path?:type?:descending? (reference §8.4, §13 #18). Stable, like PHP 8's sort.
internal static partial class ArrayFilters
{
    private static XsValue Sort(FilterCall call)
    {
        var items = call.InputArray;
        var at = ElementExpressions.AtPath(call.PathArgument(0));
        var (order, descending) = SortOrder(call);
        var keys = items.Select((item, i) => at(item, i, call.Input, XsValue.Null)).ToArray();
        var comparer = Comparer<int>.Create((a, b) => order(keys[a], keys[b]));
        var indexes = Enumerable.Range(0, items.Count);
        var sorted = descending ? indexes.OrderDescending(comparer) : indexes.Order(comparer);
        return XsValue.Array(XsArray.Create(sorted.Select(i => items[i])));
    }

    // The type names the comparison; "asc" and "desc" in its place (an older spelling) name the direction instead.
    private static (Comparison<XsValue> Order, bool Descending) SortOrder(FilterCall call)
    {
        var type = call.Argument(1).IsNull ? "itext" : call.Text(1);
        var descending = ValueConversions.IsTruthy(call.Argument(2));
        return type switch
        {
            "" or "itext" => (CompareText(StringComparison.OrdinalIgnoreCase), descending),
            "text" or "string" => (CompareText(StringComparison.Ordinal), descending),
            "number" or "numeric" or "int" or "decimal" => (CompareNumbers, descending),
            "natural" => (CompareNatural(ignoreCase: false), descending),
            "inatural" => (CompareNatural(ignoreCase: true), descending),
            "asc" or "desc" => (CompareText(StringComparison.OrdinalIgnoreCase), type == "desc"),
            _ => throw call.Error($"the type must be \"number\", \"text\", \"itext\", \"natural\" or \"inatural\", not \"{type}\"."),
        };
    }

    private static int CompareNumbers(XsValue left, XsValue right) => SortNumber(left).CompareTo(SortNumber(right));

    // PHP's SORT_NUMERIC: numeric text reads as its number, other text as its leading number ("12 kg" is 12).
    private static double SortNumber(XsValue value) =>
        ValueConversions.TryToNumber(value, out var number) ? number.ToDouble()
        : value.Kind == ValueKind.Text ? ValueConversions.LeadingNumber(value.AsText)
        : 0;

    // Case-insensitive text orders as PHP's strcasecmp does: lower-cased, then by code point ("_" before "a").
    private static Comparison<XsValue> CompareText(StringComparison comparison) => comparison == StringComparison.Ordinal
        ? (left, right) => string.CompareOrdinal(ValueConversions.ToText(left), ValueConversions.ToText(right))
        : (left, right) => string.CompareOrdinal(ValueConversions.ToText(left).ToLowerInvariant(), ValueConversions.ToText(right).ToLowerInvariant());

    private static Comparison<XsValue> CompareNatural(bool ignoreCase) => (left, right) =>
    {
        var (a, b) = (ValueConversions.ToText(left), ValueConversions.ToText(right));
        return ignoreCase ? NaturalOrder.Compare(a.ToLowerInvariant(), b.ToLowerInvariant()) : NaturalOrder.Compare(a, b);
    };

    /// <summary>PHP's strnatcmp: runs of digits compare as numbers ("img2" before "img10"), everything else by code point.</summary>
    internal static class NaturalOrder
    {
        public static int Compare(string left, string right)
        {
            var (i, j) = (0, 0);
            while (i < left.Length && j < right.Length)
            {
                if (char.IsAsciiDigit(left[i]) && char.IsAsciiDigit(right[j]))
                {
                    var order = CompareDigits(left, ref i, right, ref j);
                    if (order != 0)
                        return order;
                    continue;
                }
                if (left[i] != right[j])
                    return left[i].CompareTo(right[j]);
                i++;
                j++;
            }
            return (left.Length - i).CompareTo(right.Length - j);
        }

        // Compares the digit runs starting at i and j (leading zeros ignored) and moves past them.
        private static int CompareDigits(string left, ref int i, string right, ref int j)
        {
            var (a, b) = (Run(left, ref i).TrimStart('0'), Run(right, ref j).TrimStart('0'));
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
        }

        private static string Run(string text, ref int index)
        {
            var start = index;
            while (index < text.Length && char.IsAsciiDigit(text[index]))
                index++;
            return text[start..index];
        }
    }
}
