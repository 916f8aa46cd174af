using System.Text.Json;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records;

/// <summary>
/// What a field accepts on write and gives back on read (the coercion rules in docs/architecture.md). A value the
/// field cannot take is a script error naming the table, the field, what it expects and what it found.
/// </summary>
internal sealed class FieldCoercion(string table, long now, IRecordPasswordHasher passwords)
{
    public XsValue ForWrite(TableField field, XsValue value)
    {
        if (value.IsNull)
            return field.IsNullable ? value : throw Error(field, "a value (it cannot be null)", value);
        // PostgreSQL text cannot hold U+0000; refused on both providers so data moves freely between them.
        if (HasNul(value))
            throw Error(field, "values without the NUL character", value);
        if (!field.IsList)
            return One(field, value);
        if (value.Kind != ValueKind.Array)
            throw Error(field, $"a list of {Describe(field)}", value);
        return XsValue.Array(XsArray.Create(value.AsArray.Select(item => item.IsNull ? item : One(field, item))));
    }

    private XsValue One(TableField field, XsValue value) => field.Type switch
    {
        FieldType.Int or FieldType.Reference => Integer(value) ?? throw Error(field, "an integer", value),
        FieldType.Decimal => ValueConversions.TryToNumber(value, out var n) && value.Kind != ValueKind.Bool
            ? XsValue.Decimal(n.ToDouble()) : throw Error(field, "a number", value),
        FieldType.Text => Text(value) ?? throw Error(field, "text", value),
        FieldType.Email => Email(value) ?? throw Error(field, "an e-mail address", value),
        FieldType.Password => Password(value) ?? throw Error(field, "a password (non-empty text)", value),
        FieldType.Bool => Bool(value) ?? throw Error(field, "true or false", value),
        FieldType.Timestamp => Timestamp(value) ?? throw Error(field, "a timestamp (epoch milliseconds, ISO 8601 text or \"now\")", value),
        FieldType.Date => Date(value) ?? throw Error(field, "a date (YYYY-MM-DD)", value),
        FieldType.Uuid => value.Kind == ValueKind.Text && Guid.TryParse(value.AsText, out var uuid)
            ? XsValue.Text(uuid.ToString("D")) : throw Error(field, "a UUID", value),
        FieldType.Enum => value.Kind == ValueKind.Text && field.EnumValues.Contains(value.AsText)
            ? value : throw Error(field, $"one of {string.Join(", ", field.EnumValues.Select(v => $"\"{v}\""))}", value),
        FieldType.Object => value.Kind == ValueKind.Object ? Plain(value) : throw Error(field, "an object", value),
        _ => Plain(value),
    };

    private static XsValue? Integer(XsValue value)
    {
        if (!ValueConversions.TryToNumber(value, out var number) || value.Kind == ValueKind.Bool)
            return null;
        if (number.IsInteger)
            return XsValue.Int(number.AsInt);
        var whole = number.AsDecimal;
        return whole == Math.Floor(whole) && Math.Abs(whole) < 9e15 ? XsValue.Int((long)whole) : null;
    }

    private static XsValue? Text(XsValue value) => value.Kind switch
    {
        ValueKind.Text => value,
        ValueKind.Int or ValueKind.Decimal => XsValue.Text(ValueConversions.ToText(value)),
        _ => null,
    };

    private static XsValue? Email(XsValue value) =>
        value.Kind == ValueKind.Text && (value.AsText.Length == 0 || FieldText.IsEmail(value.AsText)) ? value : null;

    private XsValue? Password(XsValue value) => value.Kind switch
    {
        ValueKind.Text when passwords.IsHash(value.AsText) => value,
        ValueKind.Text when value.AsText.Length > 0 => XsValue.Text(passwords.Hash(value.AsText)),
        _ => null,
    };

    private static XsValue? Bool(XsValue value) => value.Kind switch
    {
        ValueKind.Bool => value,
        ValueKind.Int when value.AsInt is 0 or 1 => XsValue.Bool(value.AsInt == 1),
        ValueKind.Text when value.AsText is "true" or "1" => XsValue.True,
        ValueKind.Text when value.AsText is "false" or "0" => XsValue.False,
        _ => null,
    };

    private XsValue? Timestamp(XsValue value)
    {
        if (value.Kind == ValueKind.Text && value.AsText == "now")
            return XsValue.Timestamp(now);
        if (value.Kind == ValueKind.Text && FieldText.TryParseInstant(value.AsText, out var instant))
            return XsValue.Timestamp(instant);
        return Integer(value) is { } epoch ? XsValue.Timestamp(epoch.AsInt) : null;
    }

    private static XsValue? Date(XsValue value)
    {
        if (value.Kind == ValueKind.Timestamp)
            return XsValue.Text(FieldText.Format(FieldText.DateOfInstant(value.AsInt)));
        return value.Kind == ValueKind.Text && FieldText.TryParseDate(value.AsText, out var date) ? XsValue.Text(FieldText.Format(date)) : null;
    }

    // JSON has no timestamps: inside json and object fields they are their epoch milliseconds.
    private static XsValue Plain(XsValue value) => value.Kind switch
    {
        ValueKind.Timestamp => XsValue.Int(value.AsInt),
        ValueKind.Array => XsValue.Array(XsArray.Create(value.AsArray.Select(Plain))),
        ValueKind.Object => XsValue.Object(XsObject.Create(value.AsObject.Select(p => new KeyValuePair<string, XsValue>(p.Key, Plain(p.Value))))),
        _ => value,
    };

    private static bool HasNul(XsValue value) => value.Kind switch
    {
        ValueKind.Text => value.AsText.Contains('\0', StringComparison.Ordinal),
        ValueKind.Array => value.AsArray.Any(HasNul),
        ValueKind.Object => value.AsObject.Any(p => p.Key.Contains('\0', StringComparison.Ordinal) || HasNul(p.Value)),
        _ => false,
    };

    /// <summary>A stored JSON value as the field's type: timestamps as timestamps, decimals as decimals.</summary>
    public static XsValue FromJson(TableField field, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
            return XsValue.Null;
        if (field.IsList && element.ValueKind == JsonValueKind.Array)
            return XsValue.Array(XsArray.Create(element.EnumerateArray().Select(item => One(field.Type, item))));
        return One(field.Type, element);
    }

    private static XsValue One(FieldType type, JsonElement element) => (type, element.ValueKind) switch
    {
        (FieldType.Timestamp, JsonValueKind.Number) => XsValue.Timestamp(element.TryGetInt64(out var ms) ? ms : (long)element.GetDouble()),
        (FieldType.Decimal, JsonValueKind.Number) => XsValue.Decimal(element.GetDouble()),
        (FieldType.Int or FieldType.Reference, JsonValueKind.Number) when element.TryGetInt64(out var whole) => XsValue.Int(whole),
        _ => JsonValues.FromElement(element),
    };

    private ScriptErrorException Error(TableField field, string expected, XsValue found) =>
        ScriptErrorException.Fatal($"The field '{field.Name}' of table '{table}' expects {expected}; found {Operators.Describe(found)}.");

    private static string Describe(TableField field) => field.Type.ToString().ToLowerInvariant() + " values";
}
