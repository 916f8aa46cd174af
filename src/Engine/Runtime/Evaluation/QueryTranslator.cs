using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Evaluation;

/// <summary>
/// Turns a <c>where</c> expression into a <see cref="QueryCondition"/>: columns (<c>$db.table.field</c>, with query
/// filters) stay for the database to compare; everything else is evaluated now into values. A null-safe comparison
/// whose value is null is dropped from the condition (reference §7.8): removed from its <c>&amp;&amp;</c> or
/// <c>||</c> group, a group left empty is removed in turn, and a condition left with nothing matches every record.
/// </summary>
internal sealed class QueryTranslator(Evaluator evaluator)
{
    public QueryCondition Translate(ExpressionNode expression) => TranslateOrDrop(expression) ?? new ConstantCondition(true);

    // Null: the whole expression was dropped.
    private QueryCondition? TranslateOrDrop(ExpressionNode expression) => expression switch
    {
        ParenthesizedExpression parenthesized => TranslateOrDrop(parenthesized.Inner),
        BinaryExpression { Operator: BinaryOperator.And } and => Flatten(and, BinaryOperator.And),
        BinaryExpression { Operator: BinaryOperator.Or } or => Flatten(or, BinaryOperator.Or),
        UnaryExpression { Operator: UnaryOperator.Not } not => TranslateOrDrop(not.Operand) is { } operand ? new NotCondition(operand) : null,
        BinaryExpression comparison when ToQueryOperator(comparison.Operator) is { } op => Comparison(comparison, op),
        BetweenExpression between => new BetweenCondition(Operand(between.Value), Operand(between.Low), Operand(between.High), between.Negated),
        ConditionalExpression => throw ScriptErrorException.Fatal("A condition ? a : b cannot be used in a query."),
        _ => Truth(expression),
    };

    // a && b && c is one condition with three parts, not nested pairs.
    private QueryCondition? Flatten(BinaryExpression expression, BinaryOperator op)
    {
        var parts = new List<QueryCondition>();
        Collect(expression, op, parts);
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => op == BinaryOperator.And ? new AllCondition(parts) : new AnyCondition(parts),
        };
    }

    private void Collect(ExpressionNode expression, BinaryOperator op, List<QueryCondition> parts)
    {
        if (expression is BinaryExpression binary && binary.Operator == op)
        {
            Collect(binary.Left, op, parts);
            Collect(binary.Right, op, parts);
        }
        else if (TranslateOrDrop(expression) is { } part)
        {
            parts.Add(part);
        }
    }

    private ComparisonCondition? Comparison(BinaryExpression comparison, QueryOperator op)
    {
        var left = Operand(comparison.Left);
        var right = Operand(comparison.Right);
        if (comparison.NullSafe && right is ValueOperand { Value.IsNull: true })
            return null;
        return new ComparisonCondition(left, op, right);
    }

    private QueryCondition Truth(ExpressionNode expression) => Operand(expression) switch
    {
        ValueOperand value => new ConstantCondition(ValueConversions.IsTruthy(value.Value)),
        var column => new TruthCondition(column),
    };

    public QueryOperand Operand(ExpressionNode expression)
    {
        var (column, filters) = expression is FilterExpression { Input: { } input } filtered ? (input, filtered.Filters) : (expression, []);
        if (ColumnOf(column) is { } reference)
        {
            var columnFilters = filters.Where(f => !f.Disabled)
                .Select(f => new ColumnFilter(f.Name, [.. f.Arguments.Select(evaluator.Evaluate)]))
                .ToList();
            return new ColumnOperand(reference.Table, reference.Field, columnFilters);
        }
        return new ValueOperand(evaluator.Evaluate(expression));
    }

    /// <summary><c>$db.table.field</c> (or a JSON path under the field: <c>$db.table.field.key</c>).</summary>
    public static (string Table, string Field)? ColumnOf(ExpressionNode expression)
    {
        var names = new List<string>();
        while (expression is MemberAccessExpression member)
        {
            names.Insert(0, member.Member);
            expression = member.Target;
        }
        if (expression is not VariableExpression { Name: "$db" } || names.Count < 2)
            return null;
        return (names[0], string.Join('.', names.Skip(1)));
    }

    private static QueryOperator? ToQueryOperator(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal or BinaryOperator.QueryEqual => QueryOperator.Equal,
        BinaryOperator.NotEqual => QueryOperator.NotEqual,
        BinaryOperator.StrictEqual => QueryOperator.StrictEqual,
        BinaryOperator.StrictNotEqual => QueryOperator.StrictNotEqual,
        BinaryOperator.Less => QueryOperator.Less,
        BinaryOperator.LessOrEqual => QueryOperator.LessOrEqual,
        BinaryOperator.Greater => QueryOperator.Greater,
        BinaryOperator.GreaterOrEqual => QueryOperator.GreaterOrEqual,
        BinaryOperator.In => QueryOperator.In,
        BinaryOperator.NotIn => QueryOperator.NotIn,
        BinaryOperator.Contains => QueryOperator.Contains,
        BinaryOperator.NotContains => QueryOperator.NotContains,
        BinaryOperator.Includes => QueryOperator.Includes,
        BinaryOperator.NotIncludes => QueryOperator.NotIncludes,
        BinaryOperator.Like => QueryOperator.Like,
        BinaryOperator.NotLike => QueryOperator.NotLike,
        BinaryOperator.ILike => QueryOperator.ILike,
        BinaryOperator.NotILike => QueryOperator.NotILike,
        BinaryOperator.Overlaps => QueryOperator.Overlaps,
        BinaryOperator.NotOverlaps => QueryOperator.NotOverlaps,
        BinaryOperator.RegexMatch => QueryOperator.RegexMatch,
        BinaryOperator.RegexNotMatch => QueryOperator.RegexNotMatch,
        BinaryOperator.JsonContains => QueryOperator.JsonContains,
        BinaryOperator.Search => QueryOperator.Search,
        _ => null,
    };
}
