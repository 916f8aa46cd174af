using System.Globalization;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// Converts one given input to its declared type (reference §3.8) and applies its input filters. Text that reads as
/// the type is accepted ("5" for an int, "true" for a bool, a date-time text for a timestamp); anything else is an
/// input error naming the input. A list (<c>int[]</c>) converts each element; its bounds and min/max limit its length.
/// </summary>
internal static class InputValues
{
    public static ScriptErrorException Invalid(string message) => new(new XsError(XsError.InputError, message));

    public static XsValue Convert(InputField field, XsValue value, string label, TimeProvider clock)
    {
        if (field.Array is not { } shape)
            return InputFilterRules.Apply(field, ConvertOne(field, value, label, clock), label);
        if (value.Kind != ValueKind.Array)
            throw Invalid($"The input '{label}' must be a list, not {ValueConversions.KindName(value)}.");
        CheckLength(label, value.AsArray.Count, Bound(shape.Minimum), Bound(shape.Maximum));
        var items = value.AsArray.Select((item, i) => InputFilterRules.ApplyToElement(field, ConvertOne(field, item, $"{label}[{i}]", clock), $"{label}[{i}]"));
        return InputFilterRules.ApplyToList(field, XsValue.Array(XsArray.Create(items)), label);
    }

    private static long? Bound(string? text) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bound) ? bound : null;

    public static void CheckLength(string label, long count, long? minimum, long? maximum)
    {
        if (count < minimum)
            throw Invalid($"The input '{label}' needs at least {minimum} item{(minimum == 1 ? "" : "s")}, but has {count}.");
        if (count > maximum)
            throw Invalid($"The input '{label}' takes at most {maximum} item{(maximum == 1 ? "" : "s")}, but has {count}.");
    }

    private static XsValue ConvertOne(InputField field, XsValue value, string label, TimeProvider clock)
    {
        if (value.IsNull)
            return value;
        return field.Type switch
        {
            "int" => ToInt(value, label),
            "decimal" => ValueConversions.TryToNumber(value, out var number) && value.Kind != ValueKind.Bool
                ? XsValue.Decimal(number.ToDouble())
                : throw Expected(label, "a number", value),
            "bool" => ToBool(value, label),
            "text" or "password" => ToText(value, label),
            "email" => ToEmail(value, label),
            "uuid" => Guid.TryParse(ToText(value, label).AsText, out _) ? value : throw Expected(label, "a UUID", value),
            "timestamp" => ToTimestamp(value, label, clock),
            "date" => ToDate(value, label, clock),
            "enum" => ToEnum(field, value, label),
            "object" when field.Schema is { } schema => value.Kind == ValueKind.Object
                ? XsValue.Object(FunctionInputs.BindFields(schema, value.AsObject, label + ".", clock))
                : throw Expected(label, "an object", value),
            "object" => value.Kind == ValueKind.Object ? value : throw Expected(label, "an object", value),
            _ => value,
        };
    }

    private static ScriptErrorException Expected(string label, string what, XsValue value) =>
        Invalid($"The input '{label}' must be {what}, not {Describe(value)}.");

    private static string Describe(XsValue value) => value.Kind == ValueKind.Text
        ? $"the text \"{(value.AsText.Length > 40 ? value.AsText[..40] + "…" : value.AsText)}\""
        : ValueConversions.KindName(value);

    private static XsValue ToInt(XsValue value, string label)
    {
        if (value.Kind != ValueKind.Bool && ValueConversions.TryToNumber(value, out var number))
        {
            if (number.Kind == ValueKind.Int)
                return number;
            var fraction = number.AsDecimal;
            if (fraction == Math.Floor(fraction) && Math.Abs(fraction) < 9.2e18)
                return XsValue.Int((long)fraction);
        }
        throw Expected(label, "a whole number", value);
    }

    private static XsValue ToBool(XsValue value, string label) => value.Kind switch
    {
        ValueKind.Bool => value,
        ValueKind.Int when value.AsInt is 0 or 1 => XsValue.Bool(value.AsInt == 1),
        ValueKind.Text when value.AsText.Trim().ToLowerInvariant() is "true" or "1" => XsValue.True,
        ValueKind.Text when value.AsText.Trim().ToLowerInvariant() is "false" or "0" => XsValue.False,
        _ => throw Expected(label, "true or false", value),
    };

    private static XsValue ToText(XsValue value, string label) => value.Kind switch
    {
        ValueKind.Text => value,
        ValueKind.Int or ValueKind.Decimal or ValueKind.Bool => XsValue.Text(ValueConversions.ToText(value)),
        _ => throw Expected(label, "text", value),
    };

    // Checked after trimming, since the usual trim filter only runs after the type is known.
    private static XsValue ToEmail(XsValue value, string label)
    {
        var email = ToText(value, label);
        return IsEmail(email.AsText.Trim()) ? email : throw Expected(label, "an e-mail address", value);
    }

    private static bool IsEmail(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == address.LastIndexOf('@') && address.IndexOf('.', at) > at + 1 && !address.EndsWith('.') && !address.Any(char.IsWhiteSpace);
    }

    private static XsValue ToTimestamp(XsValue value, string label, TimeProvider clock) => value.Kind switch
    {
        ValueKind.Timestamp => value,
        ValueKind.Int => XsValue.Timestamp(value.AsInt),
        ValueKind.Text when long.TryParse(value.AsText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milliseconds) => XsValue.Timestamp(milliseconds),
        ValueKind.Text when TimestampParser.TryParse(value.AsText, clock.GetUtcNow(), TimeZoneInfo.Utc, out var instant) => XsValue.Timestamp(instant.ToUnixTimeMilliseconds()),
        _ => throw Expected(label, "a date and time", value),
    };

    // A date is the text YYYY-MM-DD; a timestamp or a date-time text gives its UTC day.
    private static XsValue ToDate(XsValue value, string label, TimeProvider clock)
    {
        var timestamp = ToTimestamp(value, label, clock);
        return XsValue.Text(DateTimeOffset.FromUnixTimeMilliseconds(timestamp.AsInt).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static XsValue ToEnum(InputField field, XsValue value, string label)
    {
        if (field.Attributes?.Find("values")?.Value is not { } expression || ConstantEvaluator.Evaluate(expression) is not { Kind: ValueKind.Array } allowed)
            return value;
        if (allowed.AsArray.Any(option => ValueComparer.LooseEquals(option, value)))
            return value;
        var options = string.Join(", ", allowed.AsArray.Select(ValueConversions.ToText));
        throw Invalid($"The input '{label}' must be one of {options}, not {Describe(value)}.");
    }
}
