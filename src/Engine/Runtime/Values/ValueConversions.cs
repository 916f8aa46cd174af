using System.Globalization;

namespace Platform.Engine.Runtime.Values;

/// <summary>How values become booleans, numbers and text (reference §7.4, §7.6, §12; decisions in docs/xanoscript-semantics.md).</summary>
public static class ValueConversions
{
    /// <summary>
    /// Falsy: null, false, 0, 0.0, "", "0", [] and {} (the emptiness of §7.6, PHP's rules). Everything else is truthy.
    /// </summary>
    public static bool IsTruthy(XsValue value) => value.Kind switch
    {
        ValueKind.Null => false,
        ValueKind.Bool => value.AsBool,
        ValueKind.Int or ValueKind.Timestamp => value.AsInt != 0,
        ValueKind.Decimal => value.AsDecimal != 0,
        ValueKind.Text => value.AsText.Length > 0 && value.AsText != "0",
        ValueKind.Array => value.AsArray.Count > 0,
        ValueKind.Object => value.AsObject.Count > 0,
        _ => false,
    };

    /// <summary>
    /// Text as a number when the whole of it is one (PHP numeric strings: surrounding whitespace, a sign, digits,
    /// a fraction, an exponent). Whole numbers that fit stay ints.
    /// </summary>
    public static bool TryParseNumber(string text, out XsValue number)
    {
        number = XsValue.Null;
        var span = text.AsSpan().Trim();
        if (span.IsEmpty || !(char.IsAsciiDigit(span[^1]) || span[^1] == '.'))
            return false;
        if (IsWholeNumber(span) && long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            number = XsValue.Int(whole);
            return true;
        }
        if (!double.TryParse(span, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            || double.IsInfinity(value))
            return false;
        number = XsValue.Decimal(value);
        return true;
    }

    private static bool IsWholeNumber(ReadOnlySpan<char> span)
    {
        var start = span[0] is '+' or '-' ? 1 : 0;
        if (start == span.Length)
            return false;
        foreach (var c in span[start..])
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }

    /// <summary>The leading number of a text, as PHP's (int)/(float) casts read it: "133.45 kg" is 133.45; none is 0.</summary>
    public static double LeadingNumber(string text)
    {
        var span = text.AsSpan().TrimStart();
        var length = 0;
        if (length < span.Length && span[length] is '+' or '-')
            length++;
        var digitsStart = length;
        while (length < span.Length && char.IsAsciiDigit(span[length]))
            length++;
        if (length < span.Length && span[length] == '.')
        {
            length++;
            while (length < span.Length && char.IsAsciiDigit(span[length]))
                length++;
        }
        if (length > digitsStart && length < span.Length && span[length] is 'e' or 'E')
        {
            var exponent = length + 1;
            if (exponent < span.Length && span[exponent] is '+' or '-')
                exponent++;
            var exponentDigits = exponent;
            while (exponent < span.Length && char.IsAsciiDigit(span[exponent]))
                exponent++;
            if (exponent > exponentDigits)
                length = exponent;
        }
        return double.TryParse(span[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    /// <summary>
    /// A value as text, as <c>~</c> and <c>|to_text</c> write it: null is "", booleans "true"/"false", decimals in their
    /// shortest round-trip form, timestamps as their epoch milliseconds, arrays and objects as compact JSON.
    /// </summary>
    public static string ToText(XsValue value) => value.Kind switch
    {
        ValueKind.Null => "",
        ValueKind.Bool => value.AsBool ? "true" : "false",
        ValueKind.Int or ValueKind.Timestamp => value.AsInt.ToString(CultureInfo.InvariantCulture),
        ValueKind.Decimal => FormatDecimal(value.AsDecimal),
        ValueKind.Text => value.AsText,
        _ => JsonValues.Serialize(value),
    };

    /// <summary>Shortest text that reads back as the same double; whole values keep no fraction ("2", not "2.0").</summary>
    public static string FormatDecimal(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : (double.IsNaN(value) ? "NAN" : value > 0 ? "INF" : "-INF");

    /// <summary>A number from a number, numeric text, a boolean or null; false when the value is not numeric.</summary>
    public static bool TryToNumber(XsValue value, out XsValue number)
    {
        switch (value.Kind)
        {
            case ValueKind.Int or ValueKind.Decimal:
                number = value;
                return true;
            case ValueKind.Timestamp:
                number = XsValue.Int(value.AsInt);
                return true;
            case ValueKind.Bool:
                number = XsValue.Int(value.AsBool ? 1 : 0);
                return true;
            case ValueKind.Null:
                number = XsValue.Int(0);
                return true;
            case ValueKind.Text:
                return TryParseNumber(value.AsText, out number);
            default:
                number = XsValue.Null;
                return false;
        }
    }

    /// <summary>A kind as messages name it.</summary>
    public static string KindName(XsValue value) => value.Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Bool => "a boolean",
        ValueKind.Int => "a number",
        ValueKind.Decimal => "a decimal",
        ValueKind.Text => "text",
        ValueKind.Timestamp => "a timestamp",
        ValueKind.Array => "a list",
        _ => "an object",
    };
}
