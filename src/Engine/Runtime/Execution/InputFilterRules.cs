using System.Text.RegularExpressions;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// Input filters (reference §3.8, Xano's input docs): trim, lower and upper transform; the rules reject. min/max bound
/// a number's value, a text's or password's length, and a list's length. alphaOk, digitOk and ok together list the
/// only characters allowed. A rule that fails is an input error naming the input.
/// </summary>
internal static class InputFilterRules
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    public static XsValue Apply(InputField field, XsValue value, string label) => Run(field, value, label, includeBounds: true);

    /// <summary>An element of a list: every filter but min/max, which bound the list.</summary>
    public static XsValue ApplyToElement(InputField field, XsValue value, string label) => Run(field, value, label, includeBounds: false);

    public static XsValue ApplyToList(InputField field, XsValue list, string label)
    {
        foreach (var filter in field.Filters.Where(f => !f.Disabled && f.Name is "min" or "max"))
        {
            var bound = (long)Number(filter, label);
            var count = list.AsArray.Count;
            InputValues.CheckLength(label, count, filter.Name == "min" ? bound : null, filter.Name == "max" ? bound : null);
        }
        return list;
    }

    private static XsValue Run(InputField field, XsValue value, string label, bool includeBounds)
    {
        if (value.IsNull)
            return value;
        foreach (var filter in field.Filters.Where(f => !f.Disabled))
        {
            if (!includeBounds && filter.Name is "min" or "max")
                continue;
            value = ApplyOne(filter, value, label);
        }
        return CheckAllowedCharacters(field, value, label);
    }

    private static XsValue ApplyOne(FilterCall filter, XsValue value, string label)
    {
        var text = ValueConversions.ToText(value);
        var isText = value.Kind == ValueKind.Text;
        switch (filter.Name)
        {
            // The transforms only change text: a number keeps its type.
            case "trim" when isText:
                return XsValue.Text(text.Trim());
            case "lower" when isText:
                return XsValue.Text(text.ToLowerInvariant());
            case "upper" when isText:
                return XsValue.Text(text.ToUpperInvariant());
            case "min" or "max":
                CheckBound(filter, value, label);
                return value;
            case "startsWith" when !text.StartsWith(Text(filter), StringComparison.Ordinal):
                throw InputValues.Invalid($"The input '{label}' must start with \"{Text(filter)}\".");
            case "prevent" when Text(filter).Length > 0 && text.Contains(Text(filter), StringComparison.Ordinal):
                throw InputValues.Invalid($"The input '{label}' may not contain \"{Text(filter)}\".");
            case "pattern" when !Matches(Text(filter), text, label):
                throw InputValues.Invalid($"The input '{label}' does not match the pattern {Text(filter)}.");
            case "minAlpha" or "minLowerAlpha" or "minUpperAlpha" or "minDigit" or "minSymbol":
                CheckCharacterCount(filter, text, label);
                return value;
            default:
                return value;
        }
    }

    // min/max: the value of a number, the length of anything else.
    private static void CheckBound(FilterCall filter, XsValue value, string label)
    {
        var bound = Number(filter, label);
        var isNumber = value.Kind is ValueKind.Int or ValueKind.Decimal;
        var measure = isNumber ? value.ToDouble() : ValueConversions.ToText(value).Length;
        var fails = filter.Name == "min" ? measure < bound : measure > bound;
        if (!fails)
            return;
        var what = isNumber
            ? $"{(filter.Name == "min" ? "at least" : "at most")} {ValueConversions.FormatDecimal(bound)}"
            : $"{(filter.Name == "min" ? "at least" : "at most")} {ValueConversions.FormatDecimal(bound)} characters long";
        throw InputValues.Invalid($"The input '{label}' must be {what}.");
    }

    private static void CheckCharacterCount(FilterCall filter, string text, string label)
    {
        var (count, what) = filter.Name switch
        {
            "minAlpha" => (text.Count(char.IsLetter), "letter"),
            "minLowerAlpha" => (text.Count(char.IsLower), "lower-case letter"),
            "minUpperAlpha" => (text.Count(char.IsUpper), "upper-case letter"),
            "minDigit" => (text.Count(char.IsDigit), "digit"),
            _ => (text.Count(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c)), "symbol"),
        };
        var bound = Number(filter, label);
        if (count < bound)
            throw InputValues.Invalid($"The input '{label}' needs at least {ValueConversions.FormatDecimal(bound)} {what}{(bound == 1 ? "" : "s")}.");
    }

    private static XsValue CheckAllowedCharacters(InputField field, XsValue value, string label)
    {
        var rules = field.Filters.Where(f => !f.Disabled && f.Name is "alphaOk" or "digitOk" or "ok").ToList();
        if (rules.Count == 0 || value.Kind != ValueKind.Text)
            return value;
        var extra = string.Concat(rules.Where(r => r.Name == "ok").Select(Text));
        bool Allowed(char c) =>
            (rules.Any(r => r.Name == "alphaOk") && char.IsLetter(c)) || (rules.Any(r => r.Name == "digitOk") && char.IsDigit(c)) || extra.Contains(c);
        if (value.AsText.FirstOrDefault(c => !Allowed(c)) is var bad and not '\0')
            throw InputValues.Invalid($"The input '{label}' may not contain '{bad}'.");
        return value;
    }

    private static bool Matches(string pattern, string text, string label)
    {
        var body = pattern.Length > 1 && pattern[0] == '/' && pattern.LastIndexOf('/') > 0 ? pattern[1..pattern.LastIndexOf('/')] : pattern;
        try
        {
            return Regex.IsMatch(text, body, RegexOptions.None, PatternTimeout);
        }
        catch (ArgumentException)
        {
            throw InputValues.Invalid($"The pattern of the input '{label}' is not a valid regular expression: {pattern}.");
        }
        catch (RegexMatchTimeoutException)
        {
            throw InputValues.Invalid($"The pattern of the input '{label}' took too long to check.");
        }
    }

    private static string Text(FilterCall filter) =>
        filter.Arguments.Count > 0 ? ValueConversions.ToText(ConstantEvaluator.Evaluate(filter.Arguments[0])) : "";

    private static double Number(FilterCall filter, string label) =>
        filter.Arguments.Count > 0 && ValueConversions.TryToNumber(ConstantEvaluator.Evaluate(filter.Arguments[0]), out var number)
            ? number.ToDouble()
            : throw InputValues.Invalid($"The filter '{filter.Name}' of the input '{label}' needs a number.");
}
