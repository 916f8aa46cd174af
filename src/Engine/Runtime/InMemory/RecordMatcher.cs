using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.InMemory;

/// <summary>
/// Decides whether a record meets a <see cref="QueryCondition"/>, the way a SQL database would: a comparison with a
/// null column is false except equality with null (IS NULL); everything else uses the runtime's query operators.
/// </summary>
internal sealed class RecordMatcher(string table, ColumnFilters filters)
{
    public bool Matches(XsObject record, QueryCondition? condition) => Matches(new QueryRow(record, QueryRow.NoJoins), condition);

    public bool Matches(QueryRow record, QueryCondition? condition) => condition switch
    {
        null => true,
        AllCondition all => all.Conditions.All(c => Matches(record, c)),
        AnyCondition any => any.Conditions.Any(c => Matches(record, c)),
        NotCondition not => !Matches(record, not.Condition),
        ConstantCondition constant => constant.Value,
        TruthCondition truth => ValueConversions.IsTruthy(Value(record, truth.Operand)),
        BetweenCondition between => Between(record, between),
        ComparisonCondition comparison => Compare(Value(record, comparison.Left), comparison.Operator, Value(record, comparison.Right)),
        _ => throw new InvalidOperationException($"Unknown query condition {condition.GetType().Name}."),
    };

    /// <summary>An operand's value for this record: the column (with its query filters applied) or the value itself.</summary>
    public XsValue Value(QueryRow record, QueryOperand operand)
    {
        if (operand is ValueOperand value)
            return value.Value;
        var column = (ColumnOperand)operand;
        return filters.Apply(Field(record, column.Table, column.Field), column.Filters);
    }

    /// <summary>A field of the base record or of the record joined under an alias (null when a left join found none).</summary>
    public XsValue Field(QueryRow record, string? source, string field)
    {
        if (source is null || string.Equals(source, table, StringComparison.Ordinal))
            return Field(record.Record, field);
        if (!record.Joined.TryGetValue(source, out var joined))
            throw ScriptErrorException.Fatal($"$db.{source}.{field} names the table '{source}', but this query reads '{table}' and joins nothing under that name.");
        return joined is null ? XsValue.Null : Field(joined, field);
    }

    /// <summary>A field of a record; a dotted name reads into a JSON column (<c>meta.color</c>).</summary>
    public static XsValue Field(XsObject record, string field)
    {
        if (record.TryGet(field, out var direct))
            return direct;
        var value = XsValue.Object(record);
        foreach (var part in field.Split('.'))
            value = Evaluator.Member(value, part);
        return value;
    }

    /// <summary>Equality as a lookup by field uses it: null only matches null; otherwise PHP's loose equality.</summary>
    public static bool SameValue(XsValue left, XsValue right) =>
        left.IsNull || right.IsNull ? left.IsNull && right.IsNull : ValueComparer.LooseEquals(left, right);

    private bool Between(QueryRow record, BetweenCondition between)
    {
        var value = Value(record, between.Value);
        var low = Value(record, between.Low);
        var high = Value(record, between.High);
        if (value.IsNull || low.IsNull || high.IsNull)
            return false;
        var inside = ValueComparer.Compare(value, low) >= 0 && ValueComparer.Compare(value, high) <= 0;
        return inside != between.Negated;
    }

    public static bool Compare(XsValue left, QueryOperator op, XsValue right) => op switch
    {
        QueryOperator.Equal => SameValue(left, right),
        QueryOperator.NotEqual => !SameValue(left, right),
        QueryOperator.StrictEqual => ValueComparer.StrictEquals(left, right),
        QueryOperator.StrictNotEqual => !ValueComparer.StrictEquals(left, right),
        QueryOperator.Less => Ordered(left, right, order => order < 0),
        QueryOperator.LessOrEqual => Ordered(left, right, order => order <= 0),
        QueryOperator.Greater => Ordered(left, right, order => order > 0),
        QueryOperator.GreaterOrEqual => Ordered(left, right, order => order >= 0),
        _ => !left.IsNull && Operators.Query(ToBinary(op), left, right),
    };

    // SQL: ordering against null is unknown, so the row is left out.
    private static bool Ordered(XsValue left, XsValue right, Func<int, bool> test) =>
        !left.IsNull && !right.IsNull && test(ValueComparer.Compare(left, right));

    private static BinaryOperator ToBinary(QueryOperator op) => op switch
    {
        QueryOperator.In => BinaryOperator.In,
        QueryOperator.NotIn => BinaryOperator.NotIn,
        QueryOperator.Contains => BinaryOperator.Contains,
        QueryOperator.NotContains => BinaryOperator.NotContains,
        QueryOperator.Includes => BinaryOperator.Includes,
        QueryOperator.NotIncludes => BinaryOperator.NotIncludes,
        QueryOperator.Like => BinaryOperator.Like,
        QueryOperator.NotLike => BinaryOperator.NotLike,
        QueryOperator.ILike => BinaryOperator.ILike,
        QueryOperator.NotILike => BinaryOperator.NotILike,
        QueryOperator.Overlaps => BinaryOperator.Overlaps,
        QueryOperator.NotOverlaps => BinaryOperator.NotOverlaps,
        QueryOperator.RegexMatch => BinaryOperator.RegexMatch,
        QueryOperator.RegexNotMatch => BinaryOperator.RegexNotMatch,
        QueryOperator.JsonContains => BinaryOperator.JsonContains,
        QueryOperator.Search => BinaryOperator.Search,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a query operator."),
    };
}

/// <summary>A base record with the records joined to it by alias (null where a left join found no match).</summary>
internal sealed record QueryRow(XsObject Record, IReadOnlyDictionary<string, XsObject?> Joined)
{
    public static readonly IReadOnlyDictionary<string, XsObject?> NoJoins = new Dictionary<string, XsObject?>();

    public QueryRow With(string alias, XsObject? joined) =>
        new(Record, new Dictionary<string, XsObject?>(Joined, StringComparer.Ordinal) { [alias] = joined });
}
