using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Evaluation;

/// <summary>
/// Evaluates expressions against a run's variables. Synchronous: expressions do no I/O, only statements do.
/// Partial files hold variables and paths, collections, filters and typed literals.
/// </summary>
internal sealed partial class Evaluator(RunContext run, FilterRegistry filters) : IFilterEnvironment
{
    // The element a higher-order filter is evaluating its expression for ($$, $index, $parent, $result).
    private LambdaScope? _lambda;

    private sealed record LambdaScope(XsValue Item, long Index, XsValue Parent, XsValue Accumulator, LambdaScope? Outer);

    public TimeProvider Clock => run.Clock;

    public Random Random => run.Environment.Random;

    public long LoopLimit => run.Limits.LoopIterations;

    public XsValue Evaluate(ExpressionNode node) => node switch
    {
        LiteralExpression literal => Literal(literal),
        VariableExpression variable => Variable(variable.Name),
        BinaryExpression binary => Binary(binary),
        MemberAccessExpression or IndexExpression => Access(node),
        FilterExpression filter => Filter(filter),
        ParenthesizedExpression parenthesized => Evaluate(parenthesized.Inner),
        UnaryExpression unary => unary.Operator == UnaryOperator.Not
            ? XsValue.Bool(!ValueConversions.IsTruthy(Evaluate(unary.Operand)))
            : Operators.Negate(Evaluate(unary.Operand)),
        ConditionalExpression conditional => ValueConversions.IsTruthy(Evaluate(conditional.Condition))
            ? Evaluate(conditional.WhenTrue)
            : Evaluate(conditional.WhenFalse),
        ArrayExpression array => ArrayLiteral(array),
        ObjectExpression obj => ObjectLiteral(obj),
        BacktickExpression backtick => backtick.Expression is { } inner ? Evaluate(inner) : XsValue.Null,
        TypedLiteralExpression typed => TypedLiteral(typed),
        IdentifierExpression identifier => XsValue.Text(identifier.Name),
        BetweenExpression between => XsValue.Bool(IsBetween(between) != between.Negated),
        RangeExpression range => Range(range),
        SpreadExpression => throw ScriptErrorException.Fatal("'...' only works inside a list or an object."),
        _ => throw ScriptErrorException.Fatal("This expression is incomplete."),
    };

    public bool IsTruthy(ExpressionNode node) => ValueConversions.IsTruthy(Evaluate(node));

    private XsValue Literal(LiteralExpression literal) => literal.Kind switch
    {
        LiteralKind.Integer => literal.Value is long whole ? XsValue.Int(whole) : XsValue.Decimal(double.Parse(literal.RawText, System.Globalization.CultureInfo.InvariantCulture)),
        LiteralKind.Decimal => XsValue.Decimal((double)literal.Value!),
        LiteralKind.True => XsValue.True,
        LiteralKind.False => XsValue.False,
        LiteralKind.Null => XsValue.Null,
        LiteralKind.Now => XsValue.Timestamp(run.Clock.GetUtcNow().ToUnixTimeMilliseconds()),
        LiteralKind.Timestamp => literal.Value is DateTimeOffset instant
            ? XsValue.Timestamp(instant.ToUnixTimeMilliseconds())
            : throw ScriptErrorException.Fatal($"'{literal.RawText}' is not a valid date and time."),
        _ => XsValue.Text((string?)literal.Value ?? ""),
    };

    private XsValue Binary(BinaryExpression binary)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return XsValue.Bool(IsTruthy(binary.Left) && IsTruthy(binary.Right));
            case BinaryOperator.Or:
                return XsValue.Bool(IsTruthy(binary.Left) || IsTruthy(binary.Right));
            case BinaryOperator.Coalesce:
                var left = Evaluate(binary.Left);
                return left.IsNull ? Evaluate(binary.Right) : left;
            case BinaryOperator.Concat when binary.Left is BinaryExpression { Operator: BinaryOperator.Concat }:
                return ConcatChain(binary);
            default:
                var leftValue = Evaluate(binary.Left);
                var rightValue = Evaluate(binary.Right);
                if (binary.NullSafe && rightValue.IsNull)
                    return XsValue.True; // A null-safe comparison with nothing to compare to is dropped.
                return Operators.Apply(binary.Operator, leftValue, rightValue);
        }
    }

    /// <summary>
    /// <c>$text ~ "a" ~ $b ~ "\n"</c> builds its text once, left to right, instead of copying the growing prefix at
    /// every <c>~</c>: a loop appending to a long text stays linear in the text's length.
    /// </summary>
    private XsValue ConcatChain(BinaryExpression chain)
    {
        var operands = new List<ExpressionNode>();
        ExpressionNode node = chain;
        while (node is BinaryExpression { Operator: BinaryOperator.Concat } link)
        {
            operands.Add(link.Right);
            node = link.Left;
        }
        operands.Add(node);
        var parts = new string[operands.Count];
        for (var i = 0; i < parts.Length; i++)
            parts[i] = ValueConversions.ToText(Evaluate(operands[operands.Count - 1 - i]));
        return XsValue.Text(string.Concat(parts));
    }

    private bool IsBetween(BetweenExpression between)
    {
        var value = Evaluate(between.Value);
        return ValueComparer.Compare(value, Evaluate(between.Low)) >= 0 && ValueComparer.Compare(value, Evaluate(between.High)) <= 0;
    }

    private XsValue Range(RangeExpression range)
    {
        var start = ToInteger(Evaluate(range.Start), "..");
        var end = ToInteger(Evaluate(range.End), "..");
        return IntegerRange.Create(start, end, LoopLimit);
    }

    internal static long ToInteger(XsValue value, string where) =>
        ValueConversions.TryToNumber(value, out var number)
            ? number.IsInteger ? number.AsInt : (long)number.ToDouble()
            : throw ScriptErrorException.Fatal($"{where} needs a number, not {ValueConversions.KindName(value)}.");

    private long _lambdaIterations;

    public void CountIteration()
    {
        if (++_lambdaIterations % 1024 == 0)
            run.CheckTime(null);
        run.CancellationToken.ThrowIfCancellationRequested();
    }

    public XsValue EvaluateText(string expression)
    {
        var (node, diagnostics) = Language.XanoScriptParser.ParseExpression(expression);
        if (diagnostics.FirstOrDefault(d => d.IsError) is { } error)
            throw ScriptErrorException.Fatal($"The expression \"{ValueDisplay.Excerpt(expression)}\" is not valid: {error.Message}");
        return Evaluate(node);
    }
}
