using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

/// <summary>
/// Evaluates template expressions. A missing variable or key is null (Twig's non-strict mode); arithmetic and
/// comparisons follow XanoScript's own operators, so numbers behave as they do in the rest of the script.
/// </summary>
internal sealed class TemplateEvaluator(TemplateScope scope, ITemplateHost host)
{
    public ITemplateHost Host => host;

    public XsValue Evaluate(TemplateExpression expression) => expression switch
    {
        LiteralValue literal => literal.Value,
        NameValue name => scope.TryGet(name.Name, out var value) ? value : XsValue.Null,
        MemberValue member => Evaluator.Member(Evaluate(member.Target), member.Member),
        IndexValue index => Evaluator.Index(Evaluate(index.Target), Evaluate(index.Index)),
        FilterValue filter => TemplateFilters.Apply(filter, Evaluate(filter.Input), this),
        BinaryValue binary => Binary(binary),
        UnaryValue unary => Unary(unary),
        TestValue test => XsValue.Bool(Test(test) != test.Negated),
        ConditionalValue conditional => Conditional(conditional),
        ListValue list => XsValue.Array(XsArray.Create(list.Items.Select(Evaluate))),
        HashValue hash => Hash(hash),
        _ => throw new TemplateException("This expression cannot be evaluated.", expression.Line),
    };

    public bool IsTrue(TemplateExpression expression) => ValueConversions.IsTruthy(Evaluate(expression));

    private XsValue Binary(BinaryValue binary)
    {
        switch (binary.Operator)
        {
            case TemplateOperator.And:
                return XsValue.Bool(IsTrue(binary.Left) && IsTrue(binary.Right));
            case TemplateOperator.Or:
                return XsValue.Bool(IsTrue(binary.Left) || IsTrue(binary.Right));
            case TemplateOperator.Coalesce:
                var left = Evaluate(binary.Left);
                return left.IsNull ? Evaluate(binary.Right) : left;
        }
        var (a, b) = (Evaluate(binary.Left), Evaluate(binary.Right));
        return binary.Operator switch
        {
            TemplateOperator.Equal => Operators.Apply(BinaryOperator.Equal, a, b),
            TemplateOperator.NotEqual => Operators.Apply(BinaryOperator.NotEqual, a, b),
            TemplateOperator.Less => Operators.Apply(BinaryOperator.Less, a, b),
            TemplateOperator.LessOrEqual => Operators.Apply(BinaryOperator.LessOrEqual, a, b),
            TemplateOperator.Greater => Operators.Apply(BinaryOperator.Greater, a, b),
            TemplateOperator.GreaterOrEqual => Operators.Apply(BinaryOperator.GreaterOrEqual, a, b),
            TemplateOperator.In => XsValue.Bool(Contains(b, a)),
            TemplateOperator.NotIn => XsValue.Bool(!Contains(b, a)),
            TemplateOperator.Range => Range(a, b),
            TemplateOperator.Add => Operators.Apply(BinaryOperator.Add, a, b),
            TemplateOperator.Subtract => Operators.Apply(BinaryOperator.Subtract, a, b),
            TemplateOperator.Multiply => Operators.Apply(BinaryOperator.Multiply, a, b),
            TemplateOperator.Divide => Operators.Apply(BinaryOperator.Divide, a, b),
            TemplateOperator.Modulo => Operators.Apply(BinaryOperator.Modulo, a, b),
            TemplateOperator.FloorDivide => FloorDivide(a, b),
            TemplateOperator.Power => TemplateValues.FromNumber(Math.Pow(Number(a, "**"), Number(b, "**"))),
            _ => XsValue.Text(TemplateValues.ToText(a) + TemplateValues.ToText(b)),
        };
    }

    /// <summary>Twig's <c>in</c>: an element of a list, a value of an object, or a substring of text.</summary>
    private static bool Contains(XsValue container, XsValue item) => container.Kind switch
    {
        ValueKind.Text => TemplateValues.ToText(item) is var needle && container.AsText.Contains(needle, StringComparison.Ordinal),
        ValueKind.Array or ValueKind.Object => TemplateValues.Items(container).Any(element => ValueComparer.LooseEquals(element, item)),
        _ => false,
    };

    private XsValue Range(XsValue from, XsValue to)
    {
        var (first, last) = (Math.Truncate(Number(from, "..")), Math.Truncate(Number(to, "..")));
        if (!(Math.Abs(last - first) < host.LoopLimit))
            throw new LoopLimitExceededException(host.LoopLimit, null);
        return IntegerRange.Create((long)first, (long)last, host.LoopLimit);
    }

    private static XsValue FloorDivide(XsValue a, XsValue b)
    {
        var divisor = Number(b, "//");
        if (divisor == 0)
            throw ScriptErrorException.Fatal("Division by zero ('//').");
        return TemplateValues.FromNumber(Math.Floor(Number(a, "//") / divisor));
    }

    public static double Number(XsValue value, string where) =>
        TemplateValues.TryNumber(value, out var number)
            ? number
            : throw ScriptErrorException.Fatal($"'{where}' needs numbers, not {ValueConversions.KindName(value)}.");

    private XsValue Unary(UnaryValue unary)
    {
        if (unary.Operator == "not")
            return XsValue.Bool(!IsTrue(unary.Operand));
        var value = Evaluate(unary.Operand);
        return unary.Operator == "-" ? Operators.Negate(value) : TemplateValues.FromNumber(Number(value, "+"));
    }

    private bool Test(TestValue test) => test.Test switch
    {
        "defined" => IsDefined(test.Value),
        "empty" => TemplateValues.IsEmpty(Evaluate(test.Value)),
        "null" or "none" => Evaluate(test.Value).IsNull,
        "even" => Math.Abs(Number(Evaluate(test.Value), "even")) % 2 == 0,
        "odd" => Math.Abs(Number(Evaluate(test.Value), "odd")) % 2 == 1,
        _ => Evaluate(test.Value).Kind is ValueKind.Array or ValueKind.Object,
    };

    /// <summary>Whether a variable, key or index exists (its value may be null).</summary>
    private bool IsDefined(TemplateExpression expression) => expression switch
    {
        NameValue name => scope.TryGet(name.Name, out _),
        MemberValue member => IsDefined(member.Target) && HasKey(Evaluate(member.Target), XsValue.Text(member.Member)),
        IndexValue index => IsDefined(index.Target) && HasKey(Evaluate(index.Target), Evaluate(index.Index)),
        _ => true,
    };

    private static bool HasKey(XsValue container, XsValue key) => container.Kind switch
    {
        ValueKind.Object => container.AsObject.ContainsKey(ValueConversions.ToText(key)),
        ValueKind.Array => TemplateValues.TryNumber(key, out var index) && Math.Abs(index) < container.AsArray.Count + (index < 0 ? 1 : 0),
        _ => false,
    };

    private XsValue Conditional(ConditionalValue conditional)
    {
        var condition = Evaluate(conditional.Condition);
        if (ValueConversions.IsTruthy(condition))
            return conditional.WhenTrue is { } whenTrue ? Evaluate(whenTrue) : condition;
        return conditional.WhenFalse is { } whenFalse ? Evaluate(whenFalse) : XsValue.EmptyText;
    }

    private XsValue Hash(HashValue hash)
    {
        var builder = new XsObject.Builder();
        foreach (var (key, value) in hash.Entries)
            builder.Set(ValueConversions.ToText(Evaluate(key)), Evaluate(value));
        return XsValue.Object(builder.ToObject());
    }
}
