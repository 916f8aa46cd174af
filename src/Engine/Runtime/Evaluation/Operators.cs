using System.Text.RegularExpressions;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Evaluation;

/// <summary>
/// What each binary operator does to two values (reference §7.4, §7.8). Arithmetic accepts numbers and numeric
/// text; anything else is a script error that names both sides.
/// </summary>
public static class Operators
{
    public static XsValue Apply(BinaryOperator op, XsValue left, XsValue right) => op switch
    {
        BinaryOperator.Add => Add(left, right),
        BinaryOperator.Subtract => Subtract(left, right),
        BinaryOperator.Multiply => Multiply(left, right),
        BinaryOperator.Divide => Divide(left, right),
        BinaryOperator.Modulo => Modulo(left, right),
        BinaryOperator.Concat => XsValue.Text(ValueConversions.ToText(left) + ValueConversions.ToText(right)),
        BinaryOperator.Equal or BinaryOperator.QueryEqual => XsValue.Bool(ValueComparer.LooseEquals(left, right)),
        BinaryOperator.NotEqual => XsValue.Bool(!ValueComparer.LooseEquals(left, right)),
        BinaryOperator.StrictEqual => XsValue.Bool(ValueComparer.StrictEquals(left, right)),
        BinaryOperator.StrictNotEqual => XsValue.Bool(!ValueComparer.StrictEquals(left, right)),
        BinaryOperator.Less => XsValue.Bool(ValueComparer.Compare(left, right) < 0),
        BinaryOperator.LessOrEqual => XsValue.Bool(ValueComparer.Compare(left, right) <= 0),
        BinaryOperator.Greater => XsValue.Bool(ValueComparer.Compare(left, right) > 0),
        BinaryOperator.GreaterOrEqual => XsValue.Bool(ValueComparer.Compare(left, right) >= 0),
        BinaryOperator.Coalesce => left.IsNull ? right : left,
        BinaryOperator.And => XsValue.Bool(ValueConversions.IsTruthy(left) && ValueConversions.IsTruthy(right)),
        BinaryOperator.Or => XsValue.Bool(ValueConversions.IsTruthy(left) || ValueConversions.IsTruthy(right)),
        _ => XsValue.Bool(Query(op, left, right)),
    };

    /// <summary>The query comparisons, as the in-memory store and value expressions evaluate them.</summary>
    public static bool Query(BinaryOperator op, XsValue left, XsValue right) => op switch
    {
        BinaryOperator.In => Contains(right, left),
        BinaryOperator.NotIn => !Contains(right, left),
        BinaryOperator.Contains => Contains(left, right),
        BinaryOperator.NotContains => !Contains(left, right),
        BinaryOperator.Includes => IncludesText(left, right),
        BinaryOperator.NotIncludes => !IncludesText(left, right),
        BinaryOperator.Like => Like(left, right, ignoreCase: false),
        BinaryOperator.NotLike => !Like(left, right, ignoreCase: false),
        BinaryOperator.ILike => Like(left, right, ignoreCase: true),
        BinaryOperator.NotILike => !Like(left, right, ignoreCase: true),
        BinaryOperator.Overlaps => Overlaps(left, right),
        BinaryOperator.NotOverlaps => !Overlaps(left, right),
        BinaryOperator.RegexMatch => RegexMatches(left, right),
        BinaryOperator.RegexNotMatch => !RegexMatches(left, right),
        BinaryOperator.JsonContains => JsonContains(left, right),
        BinaryOperator.Search => IncludesText(left, right),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a query operator."),
    };

    /// <summary>Numbers add; a timestamp plus milliseconds is a timestamp.</summary>
    public static XsValue Add(XsValue left, XsValue right)
    {
        var (a, b) = Numbers(left, right, "+");
        if (a.IsInteger && b.IsInteger)
        {
            var sum = unchecked(a.AsInt + b.AsInt);
            // Overflow (signs of both operands agree and differ from the result's) falls back to a decimal, as in PHP.
            if (((a.AsInt ^ sum) & (b.AsInt ^ sum)) < 0)
                return XsValue.Decimal((double)a.AsInt + b.AsInt);
            return (left.Kind == ValueKind.Timestamp) != (right.Kind == ValueKind.Timestamp) ? XsValue.Timestamp(sum) : XsValue.Int(sum);
        }
        return XsValue.Decimal(a.ToDouble() + b.ToDouble());
    }

    public static XsValue Subtract(XsValue left, XsValue right)
    {
        var (a, b) = Numbers(left, right, "-");
        if (a.IsInteger && b.IsInteger)
        {
            var difference = unchecked(a.AsInt - b.AsInt);
            if (((a.AsInt ^ b.AsInt) & (a.AsInt ^ difference)) < 0)
                return XsValue.Decimal((double)a.AsInt - b.AsInt);
            // A timestamp moved by a duration stays a timestamp; the difference of two timestamps is a duration.
            return left.Kind == ValueKind.Timestamp && right.Kind != ValueKind.Timestamp ? XsValue.Timestamp(difference) : XsValue.Int(difference);
        }
        return XsValue.Decimal(a.ToDouble() - b.ToDouble());
    }

    public static XsValue Multiply(XsValue left, XsValue right)
    {
        var (a, b) = Numbers(left, right, "*");
        if (a.IsInteger && b.IsInteger)
        {
            var product = (Int128)a.AsInt * b.AsInt;
            return product >= long.MinValue && product <= long.MaxValue ? XsValue.Int((long)product) : XsValue.Decimal((double)a.AsInt * b.AsInt);
        }
        return XsValue.Decimal(a.ToDouble() * b.ToDouble());
    }

    /// <summary>Two whole numbers that divide exactly give a whole number; otherwise a decimal. Dividing by zero is an error.</summary>
    public static XsValue Divide(XsValue left, XsValue right)
    {
        var (a, b) = Numbers(left, right, "/");
        if (b.ToDouble() == 0)
            throw ScriptErrorException.Fatal("Division by zero.");
        if (a.IsInteger && b.IsInteger && a.AsInt % b.AsInt == 0 && !(a.AsInt == long.MinValue && b.AsInt == -1))
            return XsValue.Int(a.AsInt / b.AsInt);
        return XsValue.Decimal(a.ToDouble() / b.ToDouble());
    }

    /// <summary>PHP's %: both sides cut to whole numbers; the result takes the sign of the left side.</summary>
    public static XsValue Modulo(XsValue left, XsValue right)
    {
        var (a, b) = Numbers(left, right, "%");
        var divisor = (long)b.ToDouble();
        if (divisor == 0)
            throw ScriptErrorException.Fatal("Modulo by zero.");
        return divisor == -1 ? XsValue.Int(0) : XsValue.Int((long)a.ToDouble() % divisor);
    }

    public static XsValue Negate(XsValue value)
    {
        if (!ValueConversions.TryToNumber(value, out var number))
            throw ScriptErrorException.Fatal($"Cannot negate {Describe(value)}.");
        return number.IsInteger && number.AsInt != long.MinValue ? XsValue.Int(-number.AsInt) : XsValue.Decimal(-number.ToDouble());
    }

    private static (XsValue Left, XsValue Right) Numbers(XsValue left, XsValue right, string symbol)
    {
        if (ValueConversions.TryToNumber(left, out var a) && ValueConversions.TryToNumber(right, out var b))
            return (a, b);
        throw ScriptErrorException.Fatal($"Cannot compute {Describe(left)} {symbol} {Describe(right)}: both sides must be numbers.");
    }

    /// <summary>A value in messages: its kind, and its text when short.</summary>
    public static string Describe(XsValue value) => value.Kind switch
    {
        ValueKind.Text => value.AsText.Length <= 30 ? $"the text \"{value.AsText}\"" : "text",
        ValueKind.Int or ValueKind.Decimal => $"the number {ValueConversions.ToText(value)}",
        ValueKind.Bool => value.AsBool ? "true" : "false",
        _ => ValueConversions.KindName(value),
    };

    /// <summary>A list holding the value (loosely equal), or text containing it.</summary>
    private static bool Contains(XsValue container, XsValue item) => container.Kind switch
    {
        ValueKind.Array => container.AsArray.Any(element => ValueComparer.LooseEquals(element, item)),
        ValueKind.Text => ValueConversions.ToText(item) is { Length: > 0 } text && container.AsText.Contains(text, StringComparison.Ordinal),
        ValueKind.Object => container.AsObject.Values.Any(element => ValueComparer.LooseEquals(element, item)),
        _ => false,
    };

    private static bool IncludesText(XsValue text, XsValue part) =>
        ValueConversions.ToText(text).Contains(ValueConversions.ToText(part), StringComparison.OrdinalIgnoreCase);

    /// <summary>SQL LIKE: % any run, _ one character, \ escapes.</summary>
    public static bool Like(XsValue value, XsValue pattern, bool ignoreCase)
    {
        var regex = "^" + Regex.Escape(ValueConversions.ToText(pattern)).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$";
        var options = RegexOptions.Singleline | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return Regex.IsMatch(ValueConversions.ToText(value), regex, options, TimeSpan.FromSeconds(1));
    }

    private static bool Overlaps(XsValue left, XsValue right) =>
        left.Kind == ValueKind.Array && right.Kind == ValueKind.Array
        && left.AsArray.Any(a => right.AsArray.Any(b => ValueComparer.LooseEquals(a, b)));

    private static bool RegexMatches(XsValue value, XsValue pattern) =>
        Patterns.IsMatch(ValueConversions.ToText(pattern), ValueConversions.ToText(value));

    /// <summary>@&gt;: every key of the right object is in the left one with an equal value (JSON containment).</summary>
    private static bool JsonContains(XsValue container, XsValue part) => (container.Kind, part.Kind) switch
    {
        (ValueKind.Object, ValueKind.Object) => part.AsObject.All(p => container.AsObject.TryGet(p.Key, out var value) && JsonContains(value, p.Value)),
        (ValueKind.Array, ValueKind.Array) => part.AsArray.All(p => container.AsArray.Any(c => JsonContains(c, p))),
        (ValueKind.Array, _) => container.AsArray.Any(c => ValueComparer.LooseEquals(c, part)),
        _ => ValueComparer.LooseEquals(container, part),
    };
}
