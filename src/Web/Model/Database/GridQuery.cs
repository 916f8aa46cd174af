using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;
using Platform.Web.Services.Database;
using Radzen;

namespace Platform.Web.Model.Database;

/// <summary>
/// A records grid's LoadData request in the record store's terms: column filters become one
/// <see cref="QueryCondition"/>, sorts become <see cref="SortKey"/>s (with id last, so pages are stable), and the
/// grid's window becomes skip/take. Nothing here touches the records: the store runs it as one SQL statement.
/// </summary>
public static class GridQuery
{
    public const int DefaultPageSize = 25;

    /// <summary>The grid filters the store runs; the columns offer only these.</summary>
    public static IEnumerable<FilterOperator> SupportedOperators { get; } =
    [
        FilterOperator.Equals, FilterOperator.NotEquals, FilterOperator.LessThan, FilterOperator.LessThanOrEquals,
        FilterOperator.GreaterThan, FilterOperator.GreaterThanOrEquals, FilterOperator.Contains, FilterOperator.DoesNotContain,
        FilterOperator.IsNull, FilterOperator.IsNotNull, FilterOperator.IsEmpty, FilterOperator.IsNotEmpty,
    ];

    public static Result<RecordRequest> From(LoadDataArgs args, TableDocument table, TimeZoneInfo zone)
    {
        var conditions = new List<QueryCondition>();
        foreach (var filter in args.Filters ?? [])
        {
            var condition = Filter(table, filter, zone);
            if (!condition.Succeeded)
                return condition.Problem;
            if (condition.Value is { } c)
                conditions.Add(c);
        }
        var sort = (args.Sorts ?? []).Where(s => s.SortOrder is not null && IsColumn(table, s.Property))
            .Select(s => new SortKey(s.Property!, s.SortOrder == SortOrder.Descending ? SortDirection.Descending : SortDirection.Ascending))
            .ToList();
        if (!sort.Any(s => s.Field == CsvValues.IdColumn))
            sort.Add(new SortKey(CsvValues.IdColumn, SortDirection.Ascending));
        var where = conditions.Count switch { 0 => null, 1 => conditions[0], _ => new AllCondition(conditions) };
        return new RecordRequest(where, sort, args.Skip ?? 0, args.Top ?? DefaultPageSize);
    }

    /// <summary>The filter type a column offers: numbers, bools and instants get typed filters, the rest text.</summary>
    public static Type ColumnType(FieldDefinition? field) => field is null || field.IsList ? typeof(string) : field.Type switch
    {
        FieldType.Int or FieldType.Reference => typeof(long?),
        FieldType.Decimal => typeof(double?),
        FieldType.Bool => typeof(bool?),
        FieldType.Timestamp => typeof(DateTime?),
        _ => typeof(string),
    };

    private static Result<QueryCondition?> Filter(TableDocument table, FilterDescriptor filter, TimeZoneInfo zone)
    {
        if (filter.Property is not { } column || !IsColumn(table, column))
            return Problem.Invalid($"The table '{table.Name}' has no column '{filter.Property}' to filter on.", filter.Property);
        var first = Comparison(table, column, filter.FilterOperator, filter.FilterValue, zone);
        if (!first.Succeeded || !HasSecond(filter))
            return first;
        var second = Comparison(table, column, filter.SecondFilterOperator, filter.SecondFilterValue, zone);
        if (!second.Succeeded)
            return second;
        if (first.Value is null || second.Value is null)
            return first.Value ?? second.Value;
        return filter.LogicalFilterOperator == LogicalFilterOperator.Or
            ? new AnyCondition([first.Value, second.Value])
            : new AllCondition([first.Value, second.Value]);
    }

    private static bool HasSecond(FilterDescriptor filter) =>
        filter.SecondFilterValue is not null || filter.SecondFilterOperator is FilterOperator.IsNull or FilterOperator.IsNotNull or FilterOperator.IsEmpty or FilterOperator.IsNotEmpty;

    private static Result<QueryCondition?> Comparison(TableDocument table, string column, FilterOperator op, object? raw, TimeZoneInfo zone)
    {
        var field = new ColumnOperand(table.Name, column, []);
        QueryCondition Compare(QueryOperator o, XsValue v) => new ComparisonCondition(field, o, new ValueOperand(v));
        switch (op)
        {
            case FilterOperator.IsNull:
                return Compare(QueryOperator.Equal, XsValue.Null);
            case FilterOperator.IsNotNull:
                return Compare(QueryOperator.NotEqual, XsValue.Null);
            case FilterOperator.IsEmpty:
                return Compare(QueryOperator.Equal, XsValue.EmptyText);
            case FilterOperator.IsNotEmpty:
                return Compare(QueryOperator.NotEqual, XsValue.EmptyText);
        }
        if (raw is null || raw is string { Length: 0 })
            return (QueryCondition?)null;
        var value = ValueOf(raw, zone);
        return op switch
        {
            FilterOperator.Equals => Compare(QueryOperator.Equal, value),
            FilterOperator.NotEquals => Compare(QueryOperator.NotEqual, value),
            FilterOperator.LessThan => Compare(QueryOperator.Less, value),
            FilterOperator.LessThanOrEquals => Compare(QueryOperator.LessOrEqual, value),
            FilterOperator.GreaterThan => Compare(QueryOperator.Greater, value),
            FilterOperator.GreaterThanOrEquals => Compare(QueryOperator.GreaterOrEqual, value),
            // Case-insensitive substring, matched literally (no wildcards), as the grid's "contains" promises.
            FilterOperator.Contains => Compare(QueryOperator.Includes, value),
            FilterOperator.DoesNotContain => Compare(QueryOperator.NotIncludes, value),
            _ => Problem.Invalid($"The filter '{op}' on column '{column}' is not supported here; use equals, a comparison, contains or is null.", column),
        };
    }

    private static XsValue ValueOf(object raw, TimeZoneInfo zone) => raw switch
    {
        bool b => XsValue.Bool(b),
        long l => XsValue.Int(l),
        int i => XsValue.Int(i),
        double d => XsValue.Decimal(d),
        decimal m => XsValue.Decimal((double)m),
        DateTime local => XsValue.Timestamp(new DateTimeOffset(ToUtc(local, zone)).ToUnixTimeMilliseconds()),
        DateTimeOffset instant => XsValue.Timestamp(instant.ToUnixTimeMilliseconds()),
        _ => XsValue.Text(Convert.ToString(raw, System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>A date picker's value is the user's wall-clock time: their browser's zone decides the instant.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone) => local.Kind switch
    {
        DateTimeKind.Utc => local,
        _ => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone),
    };

    private static bool IsColumn(TableDocument table, string? name) =>
        name is CsvValues.IdColumn or CsvValues.CreatedAtColumn || (name is not null && table.FindField(name) is not null);
}
