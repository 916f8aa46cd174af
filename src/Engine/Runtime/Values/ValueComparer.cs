namespace Platform.Engine.Runtime.Values;

/// <summary>
/// Equality and ordering with PHP 8's rules (reference §12): loose <c>==</c> converts between types, strict
/// <c>===</c> does not. Timestamps are ints for both.
/// </summary>
public static class ValueComparer
{
    public static bool StrictEquals(XsValue left, XsValue right)
    {
        var (a, b) = (Normalize(left.Kind), Normalize(right.Kind));
        if (a != b)
            return false;
        return a switch
        {
            ValueKind.Null => true,
            ValueKind.Bool => left.AsBool == right.AsBool,
            ValueKind.Int => left.AsInt == right.AsInt,
            ValueKind.Decimal => left.AsDecimal.Equals(right.AsDecimal),
            ValueKind.Text => string.Equals(left.AsText, right.AsText, StringComparison.Ordinal),
            ValueKind.Array => SequenceEquals(left.AsArray, right.AsArray, StrictEquals),
            _ => ObjectEquals(left.AsObject, right.AsObject, StrictEquals, ordered: true),
        };
    }

    public static int StrictHashCode(XsValue value) => Normalize(value.Kind) switch
    {
        ValueKind.Null => 0,
        ValueKind.Bool or ValueKind.Int => value.AsInt.GetHashCode(),
        ValueKind.Decimal => value.AsDecimal.GetHashCode(),
        ValueKind.Text => StringComparer.Ordinal.GetHashCode(value.AsText),
        ValueKind.Array => value.AsArray.Count,
        _ => value.AsObject.Count * 31,
    };

    /// <summary>
    /// PHP 8 loose equality: null or a boolean against anything compares truthiness; numbers against numeric text
    /// compare as numbers, against other text as text; lists compare element by element and objects key by key.
    /// </summary>
    public static bool LooseEquals(XsValue left, XsValue right)
    {
        var (a, b) = (Normalize(left.Kind), Normalize(right.Kind));
        if (a is ValueKind.Null && b is ValueKind.Null)
            return true;
        if (a is ValueKind.Null or ValueKind.Bool || b is ValueKind.Null or ValueKind.Bool)
            return ValueConversions.IsTruthy(left) == ValueConversions.IsTruthy(right);
        if (IsNumeric(a) && IsNumeric(b))
            return left.ToDouble() == right.ToDouble();
        if (a == ValueKind.Text && b == ValueKind.Text)
        {
            return ValueConversions.TryParseNumber(left.AsText, out var x) && ValueConversions.TryParseNumber(right.AsText, out var y)
                ? x.ToDouble() == y.ToDouble()
                : string.Equals(left.AsText, right.AsText, StringComparison.Ordinal);
        }
        if (IsNumeric(a) && b == ValueKind.Text)
            return NumberEqualsText(left, right.AsText);
        if (a == ValueKind.Text && IsNumeric(b))
            return NumberEqualsText(right, left.AsText);
        if (a == ValueKind.Array && b == ValueKind.Array)
            return SequenceEquals(left.AsArray, right.AsArray, LooseEquals);
        if (a == ValueKind.Object && b == ValueKind.Object)
            return ObjectEquals(left.AsObject, right.AsObject, LooseEquals, ordered: false);
        // An empty list and an empty object are both PHP's empty array.
        return IsEmptyContainer(left) && IsEmptyContainer(right);
    }

    /// <summary>
    /// Ordering for &lt;, &gt;, sorting: numbers numerically; numeric text with numbers or numeric text numerically;
    /// other text ordinally; null and booleans by truthiness; lists by length then elements.
    /// </summary>
    public static int Compare(XsValue left, XsValue right)
    {
        var (a, b) = (Normalize(left.Kind), Normalize(right.Kind));
        if (a is ValueKind.Null or ValueKind.Bool || b is ValueKind.Null or ValueKind.Bool)
        {
            if (a == ValueKind.Null && b == ValueKind.Text)
                return right.AsText.Length == 0 ? 0 : -1;
            if (b == ValueKind.Null && a == ValueKind.Text)
                return left.AsText.Length == 0 ? 0 : 1;
            return ValueConversions.IsTruthy(left).CompareTo(ValueConversions.IsTruthy(right));
        }
        if (TryNumeric(left, out var x) && TryNumeric(right, out var y))
            return x.CompareTo(y);
        if (a == ValueKind.Array && b == ValueKind.Array)
            return CompareSequences(left.AsArray, right.AsArray);
        if (a is ValueKind.Array or ValueKind.Object || b is ValueKind.Array or ValueKind.Object)
            return (a is ValueKind.Array or ValueKind.Object).CompareTo(b is ValueKind.Array or ValueKind.Object);
        return string.CompareOrdinal(ValueConversions.ToText(left), ValueConversions.ToText(right));
    }

    private static ValueKind Normalize(ValueKind kind) => kind == ValueKind.Timestamp ? ValueKind.Int : kind;

    private static bool IsNumeric(ValueKind kind) => kind is ValueKind.Int or ValueKind.Decimal;

    private static bool TryNumeric(XsValue value, out double number)
    {
        number = 0;
        if (value.IsNumber)
        {
            number = value.ToDouble();
            return true;
        }
        if (value.Kind == ValueKind.Text && ValueConversions.TryParseNumber(value.AsText, out var parsed))
        {
            number = parsed.ToDouble();
            return true;
        }
        return false;
    }

    private static bool NumberEqualsText(XsValue number, string text) =>
        ValueConversions.TryParseNumber(text, out var parsed)
            ? parsed.ToDouble() == number.ToDouble()
            : string.Equals(ValueConversions.ToText(number), text, StringComparison.Ordinal);

    private static bool IsEmptyContainer(XsValue value) =>
        (value.Kind == ValueKind.Array && value.AsArray.Count == 0) || (value.Kind == ValueKind.Object && value.AsObject.Count == 0);

    private static bool SequenceEquals(XsArray left, XsArray right, Func<XsValue, XsValue, bool> equals)
    {
        if (left.Count != right.Count)
            return false;
        for (var i = 0; i < left.Count; i++)
        {
            if (!equals(left[i], right[i]))
                return false;
        }
        return true;
    }

    private static bool ObjectEquals(XsObject left, XsObject right, Func<XsValue, XsValue, bool> equals, bool ordered)
    {
        if (left.Count != right.Count)
            return false;
        if (ordered && !left.Keys.SequenceEqual(right.Keys, StringComparer.Ordinal))
            return false;
        foreach (var (key, value) in left)
        {
            if (!right.TryGet(key, out var other) || !equals(value, other))
                return false;
        }
        return true;
    }

    private static int CompareSequences(XsArray left, XsArray right)
    {
        if (left.Count != right.Count)
            return left.Count.CompareTo(right.Count);
        for (var i = 0; i < left.Count; i++)
        {
            var order = Compare(left[i], right[i]);
            if (order != 0)
                return order;
        }
        return 0;
    }
}
