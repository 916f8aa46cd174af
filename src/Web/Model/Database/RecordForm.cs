using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;

namespace Platform.Web.Model.Database;

/// <summary>What the user typed for one field, in the shape of its input: number, switch, date and time, or text.</summary>
public sealed class FieldInput(FieldDefinition field)
{
    public FieldDefinition Field { get; } = field;

    public string Text { get; set; } = "";

    public long? WholeNumber { get; set; }

    public double? Number { get; set; }

    public bool Flag { get; set; }

    /// <summary>A timestamp as the user's wall-clock time in their browser's zone.</summary>
    public DateTime? Local { get; set; }

    /// <summary>What the input held when the form was filled; an edit sends only inputs the user changed.</summary>
    private InputState _filled = new("", null, null, false, null);

    public bool IsChanged => State != _filled;

    private InputState State => new(Text, WholeNumber, Number, Flag, Local);

    public void MarkFilled() => _filled = State;

    public InputKind Kind => Field.IsList ? InputKind.Json : Field.Type switch
    {
        FieldType.Int or FieldType.Reference => InputKind.WholeNumber,
        FieldType.Decimal => InputKind.Number,
        FieldType.Bool => Field.IsNullable && !Field.IsRequired ? InputKind.TriState : InputKind.Switch,
        FieldType.Timestamp => InputKind.DateTime,
        FieldType.Date => InputKind.Date,
        FieldType.Enum => InputKind.Choice,
        FieldType.Json or FieldType.Object => InputKind.Json,
        FieldType.Password => InputKind.Password,
        FieldType.Email => InputKind.Email,
        _ => InputKind.Text,
    };
}

internal readonly record struct InputState(string Text, long? WholeNumber, double? Number, bool Flag, DateTime? Local);

public enum InputKind
{
    Text,
    Email,
    Password,
    WholeNumber,
    Number,
    Switch,

    /// <summary>A bool that may be null: true, false or (null), held in <see cref="FieldInput.Text"/> as "true", "false" or "".</summary>
    TriState,
    DateTime,
    Date,
    Choice,
    Json,
}

/// <summary>
/// The add/edit record form: one typed input per field, filled from an existing record, and turned back into the
/// data the record store validates. On add, empty inputs are left out so field defaults apply; on edit, only inputs
/// the user changed are sent (the store edits just those fields), so values an input cannot show exactly — an empty
/// text, milliseconds — are never rewritten; a cleared input clears the value. A bool that may be null (nullable,
/// not required) has three states, so it can be cleared too; any other bool is a switch. Passwords are write-only and
/// change only when a new one is typed.
/// </summary>
public sealed class RecordForm
{
    /// <summary>What a <see cref="InputKind.TriState"/> input holds for true ("" is null).</summary>
    public const string TrueText = "true";

    /// <summary>What a <see cref="InputKind.TriState"/> input holds for false.</summary>
    public const string FalseText = "false";

    private RecordForm(IReadOnlyList<FieldInput> inputs, bool isEdit)
    {
        Inputs = inputs;
        IsEdit = isEdit;
    }

    public IReadOnlyList<FieldInput> Inputs { get; }

    public bool IsEdit { get; }

    public static RecordForm For(TableDocument table, XsObject? existing, TimeZoneInfo zone) =>
        new([.. table.Fields.Select(field => Fill(new FieldInput(field), existing?.Get(field.Name) ?? XsValue.Null, zone))], existing is not null);

    public Result<XsObject> ToData(TimeZoneInfo zone)
    {
        var builder = new XsObject.Builder();
        foreach (var input in Inputs.Where(i => !IsEdit || i.IsChanged))
        {
            var value = ValueOf(input, zone);
            if (!value.Succeeded)
                return value.Problem;
            if (value.Value is { } v)
                builder.Set(input.Field.Name, v);
        }
        return builder.ToObject();
    }

    /// <summary>The value to send for an input; null leaves the field out of the data.</summary>
    private Result<XsValue?> ValueOf(FieldInput input, TimeZoneInfo zone)
    {
        XsValue? Optional(XsValue value) => value.IsNull && !IsEdit ? null : value;
        switch (input.Kind)
        {
            case InputKind.WholeNumber:
                return Optional(input.WholeNumber is { } i ? XsValue.Int(i) : XsValue.Null);
            case InputKind.Number:
                return Optional(input.Number is { } n ? XsValue.Decimal(n) : XsValue.Null);
            case InputKind.Switch:
                return (XsValue?)XsValue.Bool(input.Flag);
            case InputKind.TriState:
                return Optional(input.Text.Length == 0 ? XsValue.Null : XsValue.Bool(input.Text == TrueText));
            case InputKind.DateTime:
                return Optional(input.Local is { } local
                    ? XsValue.Timestamp(new DateTimeOffset(GridQuery.ToUtc(local, zone)).ToUnixTimeMilliseconds())
                    : XsValue.Null);
            case InputKind.Password:
                return input.Text.Length == 0 ? (XsValue?)null : XsValue.Text(input.Text);
            case InputKind.Json:
                if (input.Text.Trim().Length == 0)
                    return Optional(XsValue.Null);
                return JsonValues.TryParse(input.Text, out var json)
                    ? json
                    : Problem.Invalid($"The field '{input.Field.Name}' expects {(input.Field.IsList ? "a JSON list" : "JSON")}; what is typed is not valid JSON.", input.Field.Name);
            default:
                return Optional(input.Text.Length == 0 && (!IsEdit || input.Field.IsNullable) ? XsValue.Null : XsValue.Text(input.Text));
        }
    }

    private static FieldInput Fill(FieldInput input, XsValue value, TimeZoneInfo zone)
    {
        if (!value.IsNull)
            Show(input, value, zone);
        input.MarkFilled();
        return input;
    }

    private static void Show(FieldInput input, XsValue value, TimeZoneInfo zone)
    {
        switch (input.Kind)
        {
            case InputKind.WholeNumber when value.Kind == ValueKind.Int:
                input.WholeNumber = value.AsInt;
                break;
            case InputKind.Number when value.Kind is ValueKind.Decimal or ValueKind.Int:
                input.Number = value.ToDouble();
                break;
            case InputKind.Switch:
                input.Flag = value.Kind == ValueKind.Bool && value.AsBool;
                break;
            case InputKind.TriState when value.Kind == ValueKind.Bool:
                input.Text = value.AsBool ? TrueText : FalseText;
                break;
            case InputKind.DateTime when value.Kind is ValueKind.Timestamp or ValueKind.Int:
                input.Local = TimeZoneInfo.ConvertTimeFromUtc(FieldDisplay.ToUtc(value.AsInt), zone);
                break;
            case InputKind.Password:
                break;
            case InputKind.Json:
                input.Text = JsonValues.Serialize(value, indented: true);
                break;
            default:
                input.Text = value.Kind == ValueKind.Text ? value.AsText : CsvValues.Write(value) ?? "";
                break;
        }
    }
}
