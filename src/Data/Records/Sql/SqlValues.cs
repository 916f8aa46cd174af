using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records.Sql;

/// <summary>
/// A script value made comparable with an expression of a kind, loosely as the runtime compares (numeric text is a
/// number, a number is text, 1/0 and "true"/"false" are booleans, ISO text compared with a number is epoch
/// milliseconds). Null when the value can never equal anything of that kind.
/// </summary>
internal static class SqlValues
{
    public static XsValue? Coerce(XsValue value, SqlKind kind) => kind switch
    {
        SqlKind.Number => Number(value),
        SqlKind.Text => Text(value),
        SqlKind.Bool => Bool(value),
        _ => value,
    };

    private static XsValue? Number(XsValue value)
    {
        if (value.IsNumber)
            return value;
        if (value.Kind == ValueKind.Bool)
            return XsValue.Int(value.AsBool ? 1 : 0);
        if (value.Kind != ValueKind.Text)
            return null;
        if (ValueConversions.TryParseNumber(value.AsText, out var number))
            return number;
        return FieldText.TryParseInstant(value.AsText, out var epoch) ? XsValue.Int(epoch) : null;
    }

    private static XsValue? Text(XsValue value) => value.Kind switch
    {
        ValueKind.Text => value,
        ValueKind.Int or ValueKind.Decimal => XsValue.Text(ValueConversions.ToText(value)),
        _ => null,
    };

    private static XsValue? Bool(XsValue value) => value.Kind switch
    {
        ValueKind.Bool => value,
        ValueKind.Int when value.AsInt is 0 or 1 => XsValue.Bool(value.AsInt == 1),
        ValueKind.Text when value.AsText is "true" or "1" => XsValue.True,
        ValueKind.Text when value.AsText is "false" or "0" or "" => XsValue.False,
        _ => null,
    };
}
