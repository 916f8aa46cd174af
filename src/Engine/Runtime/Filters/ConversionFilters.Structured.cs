using Platform.Engine.Runtime.Formats;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

// CSV and URL query arguments.
internal static partial class ConversionFilters
{
    private static XsValue CsvDecode(FilterCall call) =>
        XsValue.Array(XsArray.Create(CsvValues.Parse(call.InputText, Dialect(call, 0)).Select(TextRow)));

    // The first row names the fields; a short row leaves the missing fields null, a long one loses its extra fields.
    private static XsValue CsvParse(FilterCall call)
    {
        var rows = CsvValues.Parse(call.InputText, Dialect(call, 0));
        if (rows.Count == 0)
            return XsValue.Array(XsArray.Empty);
        var header = rows[0];
        return XsValue.Array(XsArray.Create(rows.Skip(1).Select(row => XsValue.Object(XsObject.Create(
            header.Select((name, i) => new KeyValuePair<string, XsValue>(name, i < row.Count ? XsValue.Text(row[i]) : XsValue.Null)))))));
    }

    private static XsValue CsvEncode(FilterCall call) =>
        XsValue.Text(CsvValues.Write(call.InputArray.Select(row => Cells(call, row)), Dialect(call, 0)));

    private static XsValue CsvCreate(FilterCall call)
    {
        var rows = call.Argument(0);
        if (rows.Kind is not (ValueKind.Array or ValueKind.Null))
            throw call.Error($"the rows must be a list of lists, not {ValueConversions.KindName(rows)}.");
        var all = new[] { Cells(call, call.Input) }.Concat((rows.IsNull ? XsArray.Empty : rows.AsArray).Select(row => Cells(call, row)));
        return XsValue.Text(CsvValues.Write(all, Dialect(call, 1)));
    }

    private static XsValue TextRow(List<string> row) => XsValue.Array(XsArray.Create(row.Select(XsValue.Text)));

    // A row is a list of cells; an object gives its values.
    private static IEnumerable<string> Cells(FilterCall call, XsValue row) => row.Kind switch
    {
        ValueKind.Array => row.AsArray.Select(CsvValues.Cell),
        ValueKind.Object => row.AsObject.Values.Select(CsvValues.Cell),
        _ => throw call.Error($"each row must be a list of cells, not {ValueConversions.KindName(row)}."),
    };

    private static CsvDialect Dialect(FilterCall call, int first) =>
        new(Character(call, first, ','), Character(call, first + 1, '"'), Character(call, first + 2, '"'));

    private static char Character(FilterCall call, int index, char fallback)
    {
        var value = call.ArgumentOr(index, XsValue.Null);
        if (value.IsNull || ValueConversions.ToText(value).Length == 0)
            return fallback;
        var text = ValueConversions.ToText(value);
        return text.Length == 1 ? text[0] : throw call.Error($"argument {index + 1} must be one character, not \"{text}\".");
    }

    // Replaces the argument where it is, or appends it; the name and value are encoded.
    private static XsValue UrlAddArgument(FilterCall call)
    {
        var name = call.Text(0);
        var rfc3986 = ValueConversions.IsTruthy(call.ArgumentOr(2, XsValue.False));
        var piece = UrlText.Encode(name, rfc3986) + "=" + UrlText.Encode(call.Text(1), rfc3986);
        var (head, arguments, fragment) = UrlText.Split(call.InputText);
        var position = arguments.FindIndex(argument => UrlText.ArgumentName(argument) == name);
        if (position >= 0)
            arguments[position] = piece;
        else
            arguments.Add(piece);
        return XsValue.Text(UrlText.Join(head, arguments, fragment));
    }

    private static XsValue UrlDeleteArgument(FilterCall call)
    {
        var name = call.Text(0);
        var (head, arguments, fragment) = UrlText.Split(call.InputText);
        arguments.RemoveAll(argument => UrlText.ArgumentName(argument) == name);
        return XsValue.Text(UrlText.Join(head, arguments, fragment));
    }

    private static string? FindArgument(FilterCall call)
    {
        var name = call.Text(0);
        return UrlText.Split(call.InputText).Arguments.FirstOrDefault(argument => UrlText.ArgumentName(argument) == name);
    }
}
