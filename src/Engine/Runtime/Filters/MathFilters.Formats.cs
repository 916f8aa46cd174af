using System.Globalization;
using System.Numerics;
using System.Text;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

// Numbers written as text: number_format and the base conversions (PHP's dechex, hexdec, base_convert…).
internal static partial class MathFilters
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>PHP's number_format: rounded half away from zero, thousands grouped, never "-0".</summary>
    private static XsValue NumberFormat(FilterCall call)
    {
        var value = InputValue(call).ToDouble();
        var decimals = call.HasArgument(0) && !call.Argument(0).IsNull ? NumberOperations.Integer(call.Argument(0), "the decimals", call.Error) : 0;
        if (decimals > 100)
            throw call.Error($"at most 100 decimals can be shown, not {decimals}.");
        var point = call.HasArgument(1) ? call.Text(1) : ".";
        var separator = call.HasArgument(2) ? call.Text(2) : ",";
        return XsValue.Text(NumberOperations.Format(value, (int)Math.Max(decimals, -400), point, separator));
    }

    // PHP writes negative numbers as their 64-bit two's complement: -1|dechex is "ffffffffffffffff".
    private static XsValue ToBase(FilterCall call, int toBase) =>
        XsValue.Text(Convert.ToString(InputInteger(call), toBase));

    private static XsValue FromBase(FilterCall call, int fromBase) =>
        XsValue.Text(ParseDigits(call, fromBase).ToString(CultureInfo.InvariantCulture));

    private static XsValue BaseConvert(FilterCall call)
    {
        var fromBase = BaseArgument(call, 0, "the base of the input");
        var toBase = BaseArgument(call, 1, "the base of the result");
        return XsValue.Text(WriteDigits(ParseDigits(call, fromBase), toBase));
    }

    private static int BaseArgument(FilterCall call, int index, string role)
    {
        var number = NumberOperations.Integer(call.Argument(index), role, call.Error);
        return number is >= 2 and <= 36 ? (int)number : throw call.Error($"{role} must be between 2 and 36, not {number}.");
    }

    /// <summary>
    /// Reads the input's digits of a base as PHP does: case-insensitive, characters that are not digits of the base
    /// skipped. The result is exact (PHP turns to an approximate decimal past 64 bits), up to a bound that keeps it fast.
    /// </summary>
    private static BigInteger ParseDigits(FilterCall call, int fromBase)
    {
        const int MaxDigits = 4096;
        var digits = TextOperations.Of(call.Input, "the input", call.Error)
            .Select(c => Digits.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal))
            .Where(digit => digit >= 0 && digit < fromBase)
            .ToList();
        if (digits.Count > MaxDigits)
            throw call.Error($"the input has {digits.Count} digits; at most {MaxDigits} can be converted.");
        return digits.Aggregate(BigInteger.Zero, (value, digit) => value * fromBase + digit);
    }

    private static string WriteDigits(BigInteger value, int toBase)
    {
        if (value.IsZero)
            return "0";
        var builder = new StringBuilder();
        while (value > 0)
        {
            builder.Insert(0, Digits[(int)(value % toBase)]);
            value /= toBase;
        }
        return builder.ToString();
    }
}
