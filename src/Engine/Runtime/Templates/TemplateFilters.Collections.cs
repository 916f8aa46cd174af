using System.Globalization;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

internal static partial class TemplateFilters
{
    // Characters of text, elements of a list, keys of an object; a number counts the characters it prints as.
    private static XsValue Length(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __) => XsValue.Int(input.Kind switch
    {
        ValueKind.Null => 0,
        ValueKind.Array => input.AsArray.Count,
        ValueKind.Object => input.AsObject.Count,
        _ => new StringInfo(Text(input)).LengthInTextElements,
    });

    // join(glue = "", and = glue): the last two items are joined with 'and' when it is given.
    private static XsValue Join(XsValue input, IReadOnlyList<XsValue> arguments, TemplateEvaluator _)
    {
        var items = TemplateValues.Items(input).Select(Text).ToList();
        var glue = TextArgument(arguments, 0, "");
        if (items.Count < 2 || arguments.Count < 2)
            return XsValue.Text(string.Join(glue, items));
        return XsValue.Text(string.Join(glue, items.Take(items.Count - 1)) + TextArgument(arguments, 1, glue) + items[^1]);
    }

    private static XsValue First(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __) => input.Kind switch
    {
        ValueKind.Text => input.AsText.Length == 0 ? XsValue.EmptyText : XsValue.Text(input.AsText[..1]),
        _ => TemplateValues.Items(input) is { Count: > 0 } items ? items[0] : XsValue.Null,
    };

    private static XsValue Last(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __) => input.Kind switch
    {
        ValueKind.Text => input.AsText.Length == 0 ? XsValue.EmptyText : XsValue.Text(input.AsText[^1..]),
        _ => TemplateValues.Items(input) is { Count: > 0 } items ? items[^1] : XsValue.Null,
    };

    private static XsValue Keys(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __) =>
        XsValue.Array(XsArray.Create(TemplateValues.Entries(input).Select(e => e.Key)));

    // Ascending (stable); an object keeps each value's key, as PHP's asort.
    private static XsValue Sort(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __) => input.Kind switch
    {
        ValueKind.Array => XsValue.Array(XsArray.Create(input.AsArray.OrderBy(v => v, Comparer<XsValue>.Create(ValueComparer.Compare)))),
        ValueKind.Object => XsValue.Object(XsObject.Create(input.AsObject.OrderBy(e => e.Value, Comparer<XsValue>.Create(ValueComparer.Compare)))),
        ValueKind.Null => XsValue.Array(XsArray.Empty),
        _ => throw Execution.ScriptErrorException.Fatal($"it sorts lists and objects, not {ValueConversions.KindName(input)}."),
    };

    private static XsValue Reverse(XsValue input, IReadOnlyList<XsValue> _, TemplateEvaluator __) => input.Kind switch
    {
        ValueKind.Array => XsValue.Array(XsArray.Create(input.AsArray.Reverse())),
        ValueKind.Object => XsValue.Object(XsObject.Create(input.AsObject.Reverse())),
        ValueKind.Null => XsValue.Null,
        _ => XsValue.Text(string.Concat(Enumerable.Reverse(TextElements(Text(input))))),
    };

    // slice(start, length): a negative start counts from the end; a negative length stops that far from the end.
    private static XsValue Slice(XsValue input, IReadOnlyList<XsValue> arguments, TemplateEvaluator _)
    {
        var start = (long)NumberArgument(arguments, 0, 0);
        long? length = arguments.Count > 1 && !arguments[1].IsNull ? (long)NumberArgument(arguments, 1, 0) : null;
        return input.Kind switch
        {
            ValueKind.Array => XsValue.Array(XsArray.Create(Window(input.AsArray, start, length))),
            ValueKind.Object => XsValue.Object(XsObject.Create(Window([.. input.AsObject], start, length))),
            ValueKind.Null => XsValue.Null,
            _ => XsValue.Text(string.Concat(Window(TextElements(Text(input)), start, length))),
        };
    }

    private static IEnumerable<T> Window<T>(IReadOnlyList<T> items, long start, long? length)
    {
        var from = start < 0 ? Math.Max(0, items.Count + start) : Math.Min(start, items.Count);
        var to = length switch
        {
            null => items.Count,
            < 0 => Math.Max(from, items.Count + Math.Max(length.Value, -items.Count)),
            _ => from + Math.Min(items.Count - from, length.Value),
        };
        return items.Skip((int)from).Take((int)(to - from));
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
            elements.Add(enumerator.GetTextElement());
        return elements;
    }
}
