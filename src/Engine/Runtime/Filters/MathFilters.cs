using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Math filters (reference §8.1), with PHP's rules: null and numeric text count as numbers, ints stay ints while
/// they fit, results that are not finite numbers (√-1, ln 0) are errors rather than NAN or INF.
/// </summary>
internal static partial class MathFilters
{
    public static void Register(FilterRegistry registry)
    {
        registry.Add("add", call => Binary(call, NumberOperation.Add));
        registry.Add("subtract", call => Binary(call, NumberOperation.Subtract));
        registry.Add("multiply", call => Binary(call, NumberOperation.Multiply));
        registry.Add("divide", call => Binary(call, NumberOperation.Divide));
        registry.Add("modulus", call => Binary(call, NumberOperation.Modulus));
        registry.Add("abs", Abs);
        registry.Add("sqrt", call => Real(call, Math.Sqrt));
        registry.Add("exp", call => Real(call, Math.Exp));
        registry.Add("ln", call => Real(call, Math.Log));
        registry.Add("log", Log);
        registry.Add("log10", call => Real(call, Math.Log10));
        registry.Add("pow", Pow);
        registry.Add("floor", call => WholeOf(call, Math.Floor));
        registry.Add("ceil", call => WholeOf(call, Math.Ceiling));
        registry.Add("round", Round);
        registry.Add("min", call => Pick(call, larger: false));
        registry.Add("max", call => Pick(call, larger: true));
        registry.Add("number_format", NumberFormat);
        registry.Add("sin", call => Real(call, Math.Sin));
        registry.Add("cos", call => Real(call, Math.Cos));
        registry.Add("tan", call => Real(call, Math.Tan));
        registry.Add("asin", call => Real(call, Math.Asin));
        registry.Add("acos", call => Real(call, Math.Acos));
        registry.Add("atan", call => Real(call, Math.Atan));
        registry.Add("asinh", call => Real(call, Math.Asinh));
        registry.Add("acosh", call => Real(call, Math.Acosh));
        registry.Add("atanh", call => Real(call, Math.Atanh));
        registry.Add("deg2rad", call => Real(call, degrees => degrees * Math.PI / 180));
        registry.Add("rad2deg", call => Real(call, radians => radians * 180 / Math.PI));
        registry.Add("bitwise_and", call => Binary(call, NumberOperation.BitwiseAnd));
        registry.Add("bitwise_or", call => Binary(call, NumberOperation.BitwiseOr));
        registry.Add("bitwise_xor", call => Binary(call, NumberOperation.BitwiseXor));
        registry.Add("bitwise_not", call => XsValue.Int(~InputInteger(call)));
        registry.Add("odd", call => XsValue.Bool(InputInteger(call) % 2 != 0));
        registry.Add("even", call => XsValue.Bool(InputInteger(call) % 2 == 0));
        registry.Add("dechex", call => ToBase(call, 16));
        registry.Add("hexdec", call => FromBase(call, 16));
        registry.Add("decbin", call => ToBase(call, 2));
        registry.Add("bindec", call => FromBase(call, 2));
        registry.Add("decoct", call => ToBase(call, 8));
        registry.Add("octdec", call => FromBase(call, 8));
        registry.Add("base_convert", BaseConvert);
    }

    private static XsValue Binary(FilterCall call, NumberOperation operation) =>
        NumberOperations.Apply(operation, call.Input, call.Argument(0), call.Error);

    private static XsValue InputValue(FilterCall call) => NumberOperations.Number(call.Input, "the input", call.Error);

    private static long InputInteger(FilterCall call) => NumberOperations.Integer(call.Input, "the input", call.Error);

    private static XsValue ArgumentValue(FilterCall call, int index, string role) => NumberOperations.Number(call.Argument(index), role, call.Error);

    /// <summary>A function of the reals: the result is a decimal, and must be a finite number.</summary>
    private static XsValue Real(FilterCall call, Func<double, double> function)
    {
        var input = InputValue(call);
        return Finite(call, function(input.ToDouble()), $"for {Operators.Describe(input)}");
    }

    private static XsValue Finite(FilterCall call, double result, string context) =>
        double.IsFinite(result) ? XsValue.Decimal(result) : throw call.Error($"there is no finite result {context}.");

    private static XsValue Abs(FilterCall call)
    {
        var input = InputValue(call);
        return input.IsInteger && input.AsInt != long.MinValue ? XsValue.Int(Math.Abs(input.AsInt)) : XsValue.Decimal(Math.Abs(input.ToDouble()));
    }

    private static XsValue Log(FilterCall call)
    {
        var input = InputValue(call);
        var logBase = ArgumentValue(call, 0, "the base");
        return Finite(call, Math.Log(input.ToDouble(), logBase.ToDouble()),
            $"for {Operators.Describe(input)} in base {ValueConversions.ToText(logBase)}");
    }

    /// <summary>PHP's <c>**</c>: an int to a non-negative int power is an int while it fits; everything else is a decimal.</summary>
    private static XsValue Pow(FilterCall call)
    {
        var input = InputValue(call);
        var exponent = ArgumentValue(call, 0, "the exponent");
        if (input.IsInteger && exponent.IsInteger && exponent.AsInt >= 0 && exponent.AsInt <= 64)
        {
            var power = System.Numerics.BigInteger.Pow(input.AsInt, (int)exponent.AsInt);
            if (power >= long.MinValue && power <= long.MaxValue)
                return XsValue.Int((long)power);
        }
        return Finite(call, Math.Pow(input.ToDouble(), exponent.ToDouble()),
            $"for {Operators.Describe(input)} to the power {ValueConversions.ToText(exponent)}");
    }

    // Whole results are ints (PHP gives 3.0; Xano's builder shows 3); beyond 64 bits they stay decimals.
    private static XsValue WholeOf(FilterCall call, Func<double, double> rounding)
    {
        var input = InputValue(call);
        return input.IsInteger ? input : NumberOperations.Whole(rounding(input.AsDecimal));
    }

    private static XsValue Round(FilterCall call)
    {
        var input = InputValue(call);
        var precision = call.HasArgument(0) && !call.Argument(0).IsNull ? NumberOperations.Integer(call.Argument(0), "the precision", call.Error) : 0;
        if (input.IsInteger && precision >= 0)
            return input;
        var rounded = NumberOperations.Round(input.ToDouble(), (int)Math.Clamp(precision, -400, 400));
        return precision <= 0 ? NumberOperations.Whole(rounded) : XsValue.Decimal(rounded);
    }

    private static XsValue Pick(FilterCall call, bool larger)
    {
        var input = InputValue(call);
        var other = ArgumentValue(call, 0, "the value");
        var order = input.ToDouble().CompareTo(other.ToDouble());
        return (larger ? order < 0 : order > 0) ? other : input;
    }
}
