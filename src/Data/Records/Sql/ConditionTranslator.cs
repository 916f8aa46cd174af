using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records.Sql;

/// <summary>
/// A <see cref="QueryCondition"/> as a SQL condition with parameters, with the in-memory store's semantics: a
/// comparison with a null column is false except equality with null; <c>!=</c> and <c>!==</c> treat null as a
/// value; a negated operator (<c>not in</c>, <c>not like</c>…) is false on a null column; <c>!(…)</c> is two-valued.
/// </summary>
internal sealed class ConditionTranslator(QuerySources sources, SqlDialect dialect, SqlStatement sql)
{
    private const string True = "TRUE", False = "FALSE";
    private readonly TableSchema _table = sources.Main.Table;
    private readonly ColumnTranslator _columns = new(sources, dialect, sql);

    public ConditionTranslator(TableSchema table, SqlDialect dialect, SqlStatement sql)
        : this(QuerySources.Single(table), dialect, sql)
    {
    }

    public ColumnTranslator Columns => _columns;

    public string Translate(QueryCondition? condition) => condition switch
    {
        null => True,
        AllCondition all => all.Conditions.Count == 0 ? True : "(" + string.Join(" AND ", all.Conditions.Select(Translate)) + ")",
        AnyCondition any => any.Conditions.Count == 0 ? False : "(" + string.Join(" OR ", any.Conditions.Select(Translate)) + ")",
        NotCondition not => $"(NOT COALESCE({Translate(not.Condition)}, FALSE))",
        ConstantCondition constant => constant.Value ? True : False,
        TruthCondition truth => Truthy(Column(truth.Operand, "a condition")),
        BetweenCondition between => Between(between),
        ComparisonCondition comparison => Comparison(comparison),
        _ => throw new InvalidOperationException($"Unknown query condition {condition.GetType().Name}."),
    };

    private ColumnSql Column(QueryOperand operand, string use) => operand as ColumnOperand is { } column
        ? _columns.Column(column)
        : throw ScriptErrorException.Fatal($"A query on '{_table.Name}' needs a $db.{_table.Name} column in {use}.");

    private string Truthy(ColumnSql column) => column.Kind switch
    {
        SqlKind.Bool => $"({column.Sql})",
        SqlKind.Number => $"({column.Sql} <> 0)",
        SqlKind.Text => $"({column.Sql} <> '' AND {column.Sql} <> '0')",
        _ => dialect.JsonTruthy(column.Sql),
    };

    private string Between(BetweenCondition between)
    {
        var column = Column(between.Value, "between");
        if (between.Low is not ValueOperand { Value: var low } || between.High is not ValueOperand { Value: var high })
            throw ScriptErrorException.Fatal($"The bounds of a between on '{_table.Name}' must be values.");
        if (low.IsNull || high.IsNull || SqlValues.Coerce(low, column.Kind) is not { } from || SqlValues.Coerce(high, column.Kind) is not { } to)
            return False;
        return $"({column.Sql} {(between.Negated ? "NOT BETWEEN" : "BETWEEN")} {dialect.Value(sql, from, column.Kind)} AND {dialect.Value(sql, to, column.Kind)})";
    }

    private string Comparison(ComparisonCondition comparison) => (comparison.Left, comparison.Right) switch
    {
        (ColumnOperand left, ValueOperand right) => ColumnWithValue(_columns.Column(left), comparison.Operator, right.Value),
        (ValueOperand left, ColumnOperand right) when Mirror(comparison.Operator) is { } mirrored => ColumnWithValue(_columns.Column(right), mirrored, left.Value),
        (ColumnOperand left, ColumnOperand right) when Symbol(comparison.Operator) is { } symbol => $"({_columns.Column(left).Sql} {symbol} {_columns.Column(right).Sql})",
        _ => throw ScriptErrorException.Fatal(
            $"The query on '{_table.Name}' cannot compute '{comparison.Operator}' in the database: write the $db column on the left and a value on the right."),
    };

    private static QueryOperator? Mirror(QueryOperator op) => op switch
    {
        QueryOperator.Equal or QueryOperator.NotEqual or QueryOperator.StrictEqual or QueryOperator.StrictNotEqual => op,
        QueryOperator.Less => QueryOperator.Greater,
        QueryOperator.LessOrEqual => QueryOperator.GreaterOrEqual,
        QueryOperator.Greater => QueryOperator.Less,
        QueryOperator.GreaterOrEqual => QueryOperator.LessOrEqual,
        QueryOperator.In => QueryOperator.Contains,
        QueryOperator.NotIn => QueryOperator.NotContains,
        _ => null,
    };

    private static string? Symbol(QueryOperator op) => op switch
    {
        QueryOperator.Equal or QueryOperator.StrictEqual => "=",
        QueryOperator.NotEqual or QueryOperator.StrictNotEqual => "<>",
        QueryOperator.Less => "<",
        QueryOperator.LessOrEqual => "<=",
        QueryOperator.Greater => ">",
        QueryOperator.GreaterOrEqual => ">=",
        _ => null,
    };

    private string ColumnWithValue(ColumnSql column, QueryOperator op, XsValue value) => op switch
    {
        QueryOperator.Equal => Equal(column, value, SqlValues.Coerce(value, column.Kind)),
        QueryOperator.NotEqual => NotEqual(column, value, SqlValues.Coerce(value, column.Kind)),
        QueryOperator.StrictEqual => Equal(column, value, Strict(value, column.Kind)),
        QueryOperator.StrictNotEqual => NotEqual(column, value, Strict(value, column.Kind)),
        QueryOperator.Less => Ordered(column, "<", value),
        QueryOperator.LessOrEqual => Ordered(column, "<=", value),
        QueryOperator.Greater => Ordered(column, ">", value),
        QueryOperator.GreaterOrEqual => Ordered(column, ">=", value),
        QueryOperator.In => In(column, value),
        QueryOperator.NotIn => Negated(column, In(column, value)),
        QueryOperator.Contains => Contains(column, value),
        QueryOperator.NotContains => Negated(column, Contains(column, value)),
        QueryOperator.Includes or QueryOperator.Search => Includes(column, value),
        QueryOperator.NotIncludes => Negated(column, Includes(column, value)),
        QueryOperator.Like => Like(column, value, ignoreCase: false),
        QueryOperator.NotLike => Negated(column, Like(column, value, ignoreCase: false)),
        QueryOperator.ILike => Like(column, value, ignoreCase: true),
        QueryOperator.NotILike => Negated(column, Like(column, value, ignoreCase: true)),
        QueryOperator.Overlaps => Overlaps(column, value),
        QueryOperator.NotOverlaps => Negated(column, Overlaps(column, value)),
        QueryOperator.RegexMatch => Regex(column, value),
        QueryOperator.RegexNotMatch => Negated(column, Regex(column, value)),
        QueryOperator.JsonContains => dialect.JsonContains(column.Document, PathOf(column, "@>"), dialect.JsonParameter(sql.Parameter(JsonValues.Serialize(value)))),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a query operator."),
    };

    private string Equal(ColumnSql column, XsValue value, XsValue? coerced) =>
        value.IsNull ? $"({column.Sql} IS NULL)" : coerced is { } v ? $"({column.Sql} = {dialect.Value(sql, v, column.Kind)})" : False;

    private string NotEqual(ColumnSql column, XsValue value, XsValue? coerced) =>
        value.IsNull ? $"({column.Sql} IS NOT NULL)" : coerced is { } v ? dialect.DistinctFrom(column.Sql, dialect.Value(sql, v, column.Kind)) : True;

    // === compares without conversion: the value must already be of the column's kind.
    private static XsValue? Strict(XsValue value, SqlKind kind) => (kind, value.Kind) switch
    {
        (SqlKind.Json, _) => value,
        (SqlKind.Number, ValueKind.Int or ValueKind.Decimal or ValueKind.Timestamp) => value,
        (SqlKind.Text, ValueKind.Text) => value,
        (SqlKind.Bool, ValueKind.Bool) => value,
        _ => null,
    };

    private string Ordered(ColumnSql column, string symbol, XsValue value) =>
        !value.IsNull && SqlValues.Coerce(value, column.Kind) is { } v ? $"({column.Sql} {symbol} {dialect.Value(sql, v, column.Kind)})" : False;

    // The in-memory store's rule for every operator but = and !=: false when the column is null, negated or not.
    private static string Negated(ColumnSql column, string positive) => $"({column.Sql} IS NOT NULL AND NOT COALESCE({positive}, FALSE))";

    private string In(ColumnSql column, XsValue list)
    {
        if (list.Kind != ValueKind.Array)
            return False;
        var items = list.AsArray.Where(i => !i.IsNull).Select(i => SqlValues.Coerce(i, column.Kind)).OfType<XsValue>().ToList();
        return items.Count == 0 ? False : $"({column.Sql} IN ({string.Join(", ", items.Select(i => dialect.Value(sql, i, column.Kind)))}))";
    }

    private string Contains(ColumnSql column, XsValue value)
    {
        if (column.Kind == SqlKind.Json)
            return value.IsNull ? False : dialect.ArrayContains(column.Document, PathOf(column, "contains"), dialect.Value(sql, value, SqlKind.Json));
        if (column.Kind != SqlKind.Text || SqlValues.Coerce(value, SqlKind.Text) is not { } part || part.AsText.Length == 0)
            return False;
        return dialect.TextContains(column.Sql, sql.Parameter(part.AsText));
    }

    private string Includes(ColumnSql column, XsValue value) =>
        dialect.TextContains($"lower({_columns.Text(column)})", $"lower({sql.Parameter(ValueConversions.ToText(value))})");

    private string Like(ColumnSql column, XsValue value, bool ignoreCase) =>
        dialect.Like(_columns.Text(column), sql.Parameter(dialect.LikePattern(ValueConversions.ToText(value), ignoreCase)), ignoreCase);

    private string Overlaps(ColumnSql column, XsValue value) =>
        value.Kind == ValueKind.Array ? dialect.ArraysOverlap(column.Document, PathOf(column, "overlaps"), dialect.JsonParameter(sql.Parameter(JsonValues.Serialize(value)))) : False;

    private string Regex(ColumnSql column, XsValue value) =>
        dialect.RegexMatch(_columns.Text(column), sql.Parameter(dialect.RegexPattern(ValueConversions.ToText(value))));

    private IReadOnlyList<string> PathOf(ColumnSql column, string op) => column.Path is { } path && column.Kind == SqlKind.Json
        ? path
        : throw ScriptErrorException.Fatal($"The operator '{op}' on table '{_table.Name}' needs a json or list field, without filters.");
}
