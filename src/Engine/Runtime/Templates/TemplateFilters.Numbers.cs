using System.Globalization;
using System.Text;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

internal static partial class TemplateFilters
{
    // round(precision = 0, method = "common" | "ceil" | "floor"); common rounds halves away from zero.
    private static XsValue Round(XsValue input, IReadOnlyList<XsValue> arguments, TemplateEvaluator _)
    {
        var value = Number(input);
        var precision = (int)Math.Clamp(NumberArgument(arguments, 0, 0), -15, 15);
        var scale = Math.Pow(10, precision);
        var rounded = TextArgument(arguments, 1, "common") switch
        {
            "common" => Math.Round(value * scale, MidpointRounding.AwayFromZero) / scale,
            "ceil" => Math.Ceiling(value * scale) / scale,
            "floor" => Math.Floor(value * scale) / scale,
            var method => throw ScriptErrorException.Fatal($"the method must be \"common\", \"ceil\" or \"floor\", not \"{method}\"."),
        };
        return TemplateValues.FromNumber(rounded);
    }

    // number_format(decimals = 0, decimal_point = ".", thousands_separator = ","), as PHP's.
    private static XsValue NumberFormat(XsValue input, IReadOnlyList<XsValue> arguments, TemplateEvaluator _)
    {
        var decimals = (int)Math.Clamp(NumberArgument(arguments, 0, 0), 0, 20);
        var point = TextArgument(arguments, 1, ".");
        var separator = TextArgument(arguments, 2, ",");
        var rounded = Math.Round(Number(input), decimals, MidpointRounding.AwayFromZero);
        var digits = Math.Abs(rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? digits : digits[..dot];
        var builder = new StringBuilder(rounded < 0 ? "-" : "");
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
                builder.Append(separator);
            builder.Append(whole[i]);
        }
        if (dot >= 0)
            builder.Append(point).Append(digits, dot + 1, digits.Length - dot - 1);
        return XsValue.Text(builder.ToString());
    }
}
