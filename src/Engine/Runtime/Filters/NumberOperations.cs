using System.Globalization;
using System.Text;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>The two-number operations that math filters (<c>|add</c>) and math statements (<c>math.add $x</c>) share.</summary>
public enum NumberOperation
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulus,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
}

/// <summary>
/// Number work shared by the math filters and the math statements, with PHP's rules. Errors come from the
/// caller's <c>error</c> factory, so their messages name the filter or statement.
/// </summary>
public static class NumberOperations
{
    /// <summary>
    /// <paramref name="left"/> op <paramref name="right"/>: arithmetic is the language's own (<see cref="Operators"/>: ints
    /// that overflow become decimals, exact int division stays an int); bitwise operations work on whole numbers.
    /// </summary>
    public static XsValue Apply(NumberOperation operation, XsValue left, XsValue right, Func<string, ScriptErrorException> error)
    {
        if (operation is NumberOperation.BitwiseAnd or NumberOperation.BitwiseOr or NumberOperation.BitwiseXor)
            return Bitwise(operation, left, right, error);
        try
        {
            return operation switch
            {
                NumberOperation.Add => Operators.Add(left, right),
                NumberOperation.Subtract => Operators.Subtract(left, right),
                NumberOperation.Multiply => Operators.Multiply(left, right),
                NumberOperation.Divide => Operators.Divide(left, right),
                _ => Operators.Modulo(left, right),
            };
        }
        catch (ScriptErrorException exception)
        {
            throw error(exception.Error.Message);
        }
    }

    // Bit operations on whole numbers; decimals lose their fraction first, as PHP's (int) cast does.
    private static XsValue Bitwise(NumberOperation operation, XsValue left, XsValue right, Func<string, ScriptErrorException> error)
    {
        var symbol = operation switch { NumberOperation.BitwiseAnd => "&", NumberOperation.BitwiseOr => "|", _ => "^" };
        if (!TryInteger(left, out var a) || !TryInteger(right, out var b))
            throw error($"Cannot compute {Operators.Describe(left)} {symbol} {Operators.Describe(right)}: both sides must be whole numbers.");
        return XsValue.Int(operation switch
        {
            NumberOperation.BitwiseAnd => a & b,
            NumberOperation.BitwiseOr => a | b,
            _ => a ^ b,
        });
    }

    /// <summary>A number (int or decimal) from a number, numeric text, a boolean or null.</summary>
    public static XsValue Number(XsValue value, string role, Func<string, ScriptErrorException> error) =>
        ValueConversions.TryToNumber(value, out var number)
            ? number
            : throw error($"{role} must be a number, not {Operators.Describe(value)}.");

    /// <summary>A whole number: decimals lose their fraction, as PHP's (int) cast does.</summary>
    public static long Integer(XsValue value, string role, Func<string, ScriptErrorException> error)
    {
        var number = Number(value, role, error);
        return TryInteger(number, out var whole)
            ? whole
            : throw error($"{role} must be a whole number that fits in 64 bits, not {Operators.Describe(number)}.");
    }

    private static bool TryInteger(XsValue value, out long whole)
    {
        whole = 0;
        if (!ValueConversions.TryToNumber(value, out var number))
            return false;
        if (number.IsInteger)
        {
            whole = number.AsInt;
            return true;
        }
        var truncated = Math.Truncate(number.AsDecimal);
        if (truncated is not (>= long.MinValue and < 9.223372036854775807E18))
            return false;
        whole = (long)truncated;
        return true;
    }

    /// <summary>A whole decimal as an int when it fits; other values unchanged.</summary>
    public static XsValue Whole(double value) =>
        value is >= long.MinValue and < 9.223372036854775807E18 && value == Math.Truncate(value) ? XsValue.Int((long)value) : XsValue.Decimal(value);

    /// <summary>
    /// PHP's round(): half away from zero, after cutting the double to 15 significant digits, so 1.005 rounds to
    /// 1.01 as a person expects (the double is really 1.00499…). A negative precision rounds to tens, hundreds…
    /// </summary>
    public static double Round(double value, int precision)
    {
        if (!double.IsFinite(value))
            return value;
        precision = Math.Clamp(precision, -30, 30);
        if (Math.Abs(value) < 1e27 && precision <= 27)
        {
            var exact = (decimal)value;
            if (precision >= 0)
                return (double)Math.Round(exact, precision, MidpointRounding.AwayFromZero);
            if (precision < -27)
                return 0;
            var scale = Pow10(-precision);
            return (double)(Math.Round(exact / scale, 0, MidpointRounding.AwayFromZero) * scale);
        }
        // Beyond decimal's range a double has no fraction left to round.
        if (precision >= 0)
            return value;
        var factor = Math.Pow(10, -precision);
        return Math.Round(value / factor, MidpointRounding.AwayFromZero) * factor;
    }

    /// <summary>PHP's number_format: rounded as <see cref="Round"/> does, thousands grouped, never "-0".</summary>
    public static string Format(double value, int decimals, string point, string separator)
    {
        var rounded = Round(value, decimals);
        var shown = Math.Max(decimals, 0);
        // decimal gives the short digits a person expects (0.1, not 0.1000000000000000055…); past 15 digits the double is exact.
        var digits = Math.Abs(rounded) < 1e15
            ? Math.Abs((decimal)rounded).ToString("F" + shown, CultureInfo.InvariantCulture)
            : Math.Abs(rounded).ToString("F" + shown, CultureInfo.InvariantCulture);
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? digits : digits[..dot];
        var builder = new StringBuilder();
        if (rounded < 0)
            builder.Append('-');
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
                builder.Append(separator);
            builder.Append(whole[i]);
        }
        if (dot >= 0)
            builder.Append(point).Append(digits, dot + 1, digits.Length - dot - 1);
        return builder.ToString();
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
            result *= 10;
        return result;
    }
}
