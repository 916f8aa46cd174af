using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Ports;

/// <summary>
/// A db.query's condition, already separated into what the database must compare (columns) and what the run
/// already knows (values). A store translates it into SQL with parameters, or evaluates it in memory.
/// </summary>
public abstract record QueryCondition;

public sealed record AllCondition(IReadOnlyList<QueryCondition> Conditions) : QueryCondition;

public sealed record AnyCondition(IReadOnlyList<QueryCondition> Conditions) : QueryCondition;

public sealed record NotCondition(QueryCondition Condition) : QueryCondition;

/// <summary><c>left op right</c>; a null-safe comparison (<c>==?</c>) was already dropped when its value was null.</summary>
public sealed record ComparisonCondition(QueryOperand Left, QueryOperator Operator, QueryOperand Right) : QueryCondition;

public sealed record BetweenCondition(QueryOperand Value, QueryOperand Low, QueryOperand High, bool Negated) : QueryCondition;

/// <summary>An operand used as a condition on its own: true when it is truthy.</summary>
public sealed record TruthCondition(QueryOperand Operand) : QueryCondition;

/// <summary>A condition the run could decide alone (for instance a dropped null-safe comparison is always true).</summary>
public sealed record ConstantCondition(bool Value) : QueryCondition;

public abstract record QueryOperand;

/// <summary><c>$db.table.field</c>, with any query filters applied to it (<c>|to_lower</c>, <c>|timestamp_year</c>).</summary>
public sealed record ColumnOperand(string Table, string Field, IReadOnlyList<ColumnFilter> Filters) : QueryOperand;

public sealed record ValueOperand(XsValue Value) : QueryOperand;

public sealed record ColumnFilter(string Name, IReadOnlyList<XsValue> Arguments);

public enum QueryOperator
{
    Equal,
    NotEqual,
    StrictEqual,
    StrictNotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    NotIn,
    Contains,
    NotContains,
    Includes,
    NotIncludes,
    Like,
    NotLike,
    ILike,
    NotILike,
    Overlaps,
    NotOverlaps,
    RegexMatch,
    RegexNotMatch,
    JsonContains,
    Search,
}

public enum SortDirection
{
    Ascending,
    Descending,
    Random,
}

/// <summary>A sort key: a field of the base table, of a joined table (<see cref="Table"/> is the join's alias) or an eval column's name.</summary>
public sealed record SortKey(string Field, SortDirection Direction, string? Table = null);

public enum JoinType
{
    Inner,
    Left,
}

/// <summary>
/// A table joined under an alias (<c>$db.alias.field</c>): an inner join keeps the rows with a match, a left join
/// keeps every row (the joined fields null without a match). <see cref="On"/> may name the base table and earlier aliases.
/// </summary>
public sealed record QueryJoin(string Alias, string Table, JoinType Type, QueryCondition On);

/// <summary>A computed column added to each returned record: a column of the base or a joined table (with query filters) or a value.</summary>
public sealed record EvalColumn(string Name, QueryOperand Value);

/// <summary>Which page of results a query wants (reference §9 defaults: page 1, 25 per page).</summary>
public sealed record Paging(int Page, int PerPage, int Offset, bool Totals, bool Metadata);

/// <summary>
/// A db.query as the store sees it. A page starts after (Page - 1) * PerPage + Offset matching records and holds at
/// most PerPage of them; <see cref="Limit"/> caps the records returned in any case (db.query passes the run's
/// per-query limit plus one, to tell when a query asked for more). <see cref="Output"/> null means every field.
/// Records hold the base table's fields, then the <see cref="Eval"/> columns; <see cref="Joins"/> only filter rows
/// and feed where, sort and eval (a join matching several records repeats the base record, as in SQL).
/// </summary>
public sealed record RecordQuery(
    string Table,
    QueryCondition? Where,
    IReadOnlyList<SortKey> Sort,
    Paging? Paging,
    IReadOnlyList<string>? Output,
    int Limit)
{
    public IReadOnlyList<QueryJoin> Joins { get; init; } = [];

    public IReadOnlyList<EvalColumn> Eval { get; init; } = [];
}

/// <summary>
/// The records of one page; how many match in all when <see cref="Paging.Totals"/> asked for it; and whether more
/// records match after these (a SQL store reads one record past the page to know), which gives a page's nextPage.
/// </summary>
public sealed record RecordPage(IReadOnlyList<XsObject> Records, long? Total, bool HasMore = false);
