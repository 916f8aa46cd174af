using System.Globalization;
using System.Numerics;
using System.Text;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// PHP's sprintf: <c>%[argnum$][flags][width][.precision]specifier</c> with the flags - + space 0 and 'c (pad
/// with c), an ignored l modifier, and the specifiers b c d e E f F g G h H o s u x X and %%.
/// </summary>
internal static class PhpFormat
{
    private const int MaxPrecision = 53;

    public static string Format(string format, IReadOnlyList<XsValue> arguments, Func<string, ScriptErrorException> error)
    {
        var builder = new StringBuilder();
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                builder.Append(format[i]);
                continue;
            }
            if (i + 1 < format.Length && format[i + 1] == '%')
            {
                builder.Append('%');
                i++;
                continue;
            }
            var spec = Specification.Read(format, ref i, error);
            var index = spec.Argument ?? next++;
            if (index >= arguments.Count)
                throw error($"the format needs at least {index + 1} values, but {arguments.Count} were given.");
            builder.Append(Render(spec, arguments[index], error));
        }
        return builder.ToString();
    }

    private static string Render(Specification spec, XsValue value, Func<string, ScriptErrorException> error)
    {
        switch (spec.Type)
        {
            case 's':
                var text = ValueConversions.ToText(value);
                return Pad(spec, spec.Precision is { } cut && cut < text.Length ? text[..cut] : text, negative: false);
            case 'c':
                return char.ConvertFromUtf32((int)Math.Clamp(ToLong(value), 0, 0x10FFFF) is var code and (< 0xD800 or > 0xDFFF) ? code : 0xFFFD);
            case 'd':
                var number = ToLong(value);
                var digits = number < 0 ? number.ToString(CultureInfo.InvariantCulture)
                    : (spec.PlusSign ? "+" : "") + number.ToString(CultureInfo.InvariantCulture);
                return Pad(spec, digits, negative: number < 0);
            case 'u':
                return Pad(spec, ((ulong)ToLong(value)).ToString(CultureInfo.InvariantCulture), negative: false);
            case 'x' or 'X' or 'o' or 'b':
                var based = Convert.ToString(ToLong(value), spec.Type switch { 'o' => 8, 'b' => 2, _ => 16 });
                return Pad(spec, spec.Type == 'X' ? based.ToUpperInvariant() : based, negative: false);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                var real = ToDouble(value);
                var written = Real(spec, Math.Abs(real));
                var signed = real < 0 && written.Any(c => c is >= '1' and <= '9') ? "-" + written : (spec.PlusSign ? "+" : "") + written;
                return Pad(spec, signed, negative: signed[0] == '-');
            default:
                throw error($"'{spec.Type}' is not a format specifier; use one of b c d e E f F g G h H o s u x X.");
        }
    }

    private static string Real(Specification spec, double value)
    {
        if (!double.IsFinite(value))
            return ValueConversions.FormatDecimal(value);
        var precision = Math.Min(spec.Precision ?? 6, MaxPrecision);
        return spec.Type switch
        {
            'f' or 'F' => Fixed(value, precision),
            'e' or 'E' => Scientific(value, precision, spec.Type),
            _ => General(value, Math.Max(precision, 1), spec.Type == 'G' ? 'E' : 'e'),
        };
    }

    /// <summary>
    /// The exact binary value rounded half to even at the given decimals, as PHP's printf does: 2.25 gives "2.2" and
    /// 1.005 (really 1.00499…) "1.00", unlike round and number_format, which round the value a person wrote.
    /// </summary>
    private static string Fixed(double value, int decimals)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
            exponent = 1;
        else
            mantissa |= 1L << 52;
        exponent -= 1075;
        var scaled = mantissa * BigInteger.Pow(10, decimals);
        if (exponent >= 0)
        {
            scaled <<= exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            scaled = BigInteger.DivRem(scaled, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !scaled.IsEven))
                scaled++;
        }
        var digits = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        return decimals == 0 ? digits : digits[..^decimals] + "." + digits[^decimals..];
    }

    // PHP writes the exponent without padding: 1.5e+3, not 1.5e+003.
    private static string Scientific(double value, int precision, char e)
    {
        var (mantissa, exponent) = Split(value, precision);
        return $"{mantissa}{e}{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent)}";
    }

    /// <summary>%g as PHP writes it: plain digits unless the exponent is below -4 or past the precision; trailing zeros dropped.</summary>
    private static string General(double value, int precision, char e)
    {
        if (value == 0)
            return "0";
        var (mantissa, exponent) = Split(value, precision - 1);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal).TrimEnd('0');
        var point = exponent + 1;
        if (point < -3 || point > precision)
            return $"{digits[0]}.{(digits.Length > 1 ? digits[1..] : "0")}{e}{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent)}";
        if (point <= 0)
            return "0." + new string('0', -point) + digits;
        return digits.Length <= point ? digits + new string('0', point - digits.Length) : digits[..point] + "." + digits[point..];
    }

    // The mantissa with the given decimals and the exponent, as "E" formatting rounds them.
    private static (string Mantissa, int Exponent) Split(double value, int decimals)
    {
        var text = value.ToString("E" + decimals, CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        return (text[..e], int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    /// <summary>Pads to the width: zeros go after the sign of a right-aligned number; left-aligned text is padded on the right.</summary>
    private static string Pad(Specification spec, string text, bool negative)
    {
        var missing = spec.Width - text.Length;
        if (missing <= 0)
            return text;
        var padding = new string(spec.Padding, missing);
        if (spec.LeftAlign)
            return text + padding;
        return spec.Padding == '0' && (negative || text[0] == '+') ? text[0] + padding + text[1..] : padding + text;
    }

    // PHP's (int) cast: decimals truncated, text read up to its first non-numeric character, lists as 0 or 1.
    private static long ToLong(XsValue value)
    {
        var number = ToDouble(value);
        return value.IsInteger ? value.AsInt : double.IsNaN(number) ? 0 : (long)Math.Clamp(Math.Truncate(number), long.MinValue, long.MaxValue);
    }

    private static double ToDouble(XsValue value) => value.Kind switch
    {
        ValueKind.Text => ValueConversions.LeadingNumber(value.AsText),
        ValueKind.Array => value.AsArray.Count > 0 ? 1 : 0,
        ValueKind.Object => value.AsObject.Count > 0 ? 1 : 0,
        _ => ValueConversions.TryToNumber(value, out var number) ? number.ToDouble() : 0,
    };

    private sealed record Specification(int? Argument, bool LeftAlign, bool PlusSign, char Padding, int Width, int? Precision, char Type)
    {
        /// <summary>Reads one placeholder starting at the % at <paramref name="i"/>, leaving i on its specifier.</summary>
        public static Specification Read(string format, ref int i, Func<string, ScriptErrorException> error)
        {
            var start = i++;
            int? argument = null;
            var digitsEnd = SkipDigits(format, i);
            if (digitsEnd > i && digitsEnd < format.Length && format[digitsEnd] == '$')
            {
                argument = Number(format, i, digitsEnd, error) - 1;
                if (argument < 0)
                    throw error("argument numbers in the format start at 1.");
                i = digitsEnd + 1;
            }
            var (leftAlign, plusSign, padding) = (false, false, ' ');
            for (; i < format.Length; i++)
            {
                if (format[i] == '-')
                    leftAlign = true;
                else if (format[i] == '+')
                    plusSign = true;
                else if (format[i] is '0' or ' ')
                    padding = format[i];
                else if (format[i] == '\'' && i + 1 < format.Length)
                    padding = format[++i];
                else
                    break;
            }
            var widthEnd = SkipDigits(format, i);
            var width = widthEnd > i ? Number(format, i, widthEnd, error) : 0;
            i = widthEnd;
            int? precision = null;
            if (i < format.Length && format[i] == '.')
            {
                var precisionEnd = SkipDigits(format, ++i);
                precision = precisionEnd > i ? Number(format, i, precisionEnd, error) : 0;
                i = precisionEnd;
            }
            if (i < format.Length && format[i] == 'l')
                i++;
            if (i >= format.Length)
                throw error($"the format ends inside the placeholder \"{format[start..]}\".");
            // %h and %H are %g and %G that ignore the locale, which this server never uses anyway.
            var type = format[i] switch { 'h' => 'g', 'H' => 'G', var other => other };
            return new Specification(argument, leftAlign, plusSign, padding, width, precision, type);
        }

        private static int SkipDigits(string format, int i)
        {
            while (i < format.Length && char.IsAsciiDigit(format[i]))
                i++;
            return i;
        }

        private static int Number(string format, int start, int end, Func<string, ScriptErrorException> error) =>
            int.TryParse(format.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 10_000
                ? number
                : throw error($"the number {format[start..end]} in the format is too large.");
    }
}
