using System.Collections.Frozen;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

/// <summary>The shape of a template filter: the input, its evaluated arguments, and the evaluator (for the clock and limits).</summary>
internal delegate XsValue TemplateFilterFunction(XsValue input, IReadOnlyList<XsValue> arguments, TemplateEvaluator evaluator);

internal sealed record TemplateFilter(string Name, int MinArguments, int MaxArguments, TemplateFilterFunction Function)
{
    public string DescribeArity() => (MinArguments, MaxArguments) switch
    {
        (0, 0) => "no arguments",
        var (min, max) when min == max => $"{min} argument{(min == 1 ? "" : "s")}",
        (0, var max) => $"at most {max} argument{(max == 1 ? "" : "s")}",
        var (min, max) => $"{min} to {max} arguments",
    };
}

/// <summary>
/// The Twig filters this engine supports (docs/template-engine.md), each listed once. Families are in the partial
/// files: TemplateFilters.Text.cs, TemplateFilters.Collections.cs, TemplateFilters.Numbers.cs.
/// </summary>
internal static partial class TemplateFilters
{
    private static readonly FrozenDictionary<string, TemplateFilter> ByName = new TemplateFilter[]
    {
        new("upper", 0, 0, Upper),
        new("lower", 0, 0, Lower),
        new("capitalize", 0, 0, Capitalize),
        new("title", 0, 0, Title),
        new("trim", 0, 2, Trim),
        new("escape", 0, 1, Escape),
        new("e", 0, 1, Escape),
        new("raw", 0, 0, (input, _, _) => input),
        new("nl2br", 0, 0, NewLinesToBreaks),
        new("striptags", 0, 0, StripTags),
        new("url_encode", 0, 0, UrlEncode),
        new("replace", 1, 1, Replace),
        new("split", 1, 2, Split),
        new("json_encode", 0, 0, (input, _, _) => XsValue.Text(JsonValues.Serialize(input))),
        new("date", 0, 2, Date),
        new("length", 0, 0, Length),
        new("join", 0, 2, Join),
        new("default", 0, 1, (input, arguments, _) => TemplateValues.IsEmpty(input) ? Argument(arguments, 0) : input),
        new("first", 0, 0, First),
        new("last", 0, 0, Last),
        new("keys", 0, 0, Keys),
        new("sort", 0, 0, Sort),
        new("reverse", 0, 0, Reverse),
        new("slice", 1, 2, Slice),
        new("round", 0, 2, Round),
        new("number_format", 0, 3, NumberFormat),
        new("abs", 0, 0, (input, _, _) => TemplateValues.FromNumber(Math.Abs(Number(input)))),
    }.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static TemplateFilter? Find(string name) => ByName.GetValueOrDefault(name);

    public static XsValue Apply(FilterValue call, XsValue input, TemplateEvaluator evaluator)
    {
        var filter = ByName[call.Name];
        var arguments = call.Arguments.Select(evaluator.Evaluate).ToList();
        try
        {
            return filter.Function(input, arguments, evaluator);
        }
        catch (ScriptErrorException error)
        {
            throw new TemplateException($"|{call.Name}: {error.Error.Message}", call.Line);
        }
    }

    private static XsValue Argument(IReadOnlyList<XsValue> arguments, int index) => index < arguments.Count ? arguments[index] : XsValue.Null;

    private static string TextArgument(IReadOnlyList<XsValue> arguments, int index, string fallback) =>
        index < arguments.Count && !arguments[index].IsNull ? TemplateValues.ToText(arguments[index]) : fallback;

    private static double Number(XsValue value) =>
        TemplateValues.TryNumber(value, out var number)
            ? number
            : throw ScriptErrorException.Fatal($"it works on numbers, not {ValueConversions.KindName(value)}.");

    private static double NumberArgument(IReadOnlyList<XsValue> arguments, int index, double fallback) =>
        index >= arguments.Count || arguments[index].IsNull
            ? fallback
            : TemplateValues.TryNumber(arguments[index], out var number)
                ? number
                : throw ScriptErrorException.Fatal($"argument {index + 1} must be a number, not {ValueConversions.KindName(arguments[index])}.");
}
