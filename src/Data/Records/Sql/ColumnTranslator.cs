using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records.Sql;

/// <summary>
/// A table's fields as SQL expressions: <c>id</c> and <c>created_at</c> are columns, other fields are read from the
/// JSON document with the expression <see cref="RecordIndexes"/> indexes, a dotted name reads into a JSON field,
/// and query filters (<c>|to_lower</c>, <c>|timestamp_year</c>…) become SQL functions.
/// </summary>
internal sealed class ColumnTranslator(QuerySources sources, SqlDialect dialect, SqlStatement sql)
{
    private const long Second = 1000, Minute = 60 * Second, Hour = 60 * Minute, Day = 24 * Hour;

    /// <summary>A field of the base table.</summary>
    public ColumnSql Field(string name) => Field(sources.Main, name);

    /// <summary>A field of the base table or of the table joined under an alias.</summary>
    public ColumnSql Field(string table, string name) => Field(sources.Find(table, name), name);

    private ColumnSql Field(QuerySource source, string name)
    {
        var table = source.Table;
        if (name is TableSchema.IdField or TableSchema.CreatedAtField)
            return new ColumnSql(source.Column(name), SqlKind.Number, null, source.Document, name == TableSchema.IdField ? TableSchema.BuiltInId : TableSchema.BuiltInCreatedAt);
        if (table.Find(name) is { } field)
            return new ColumnSql(dialect.Field(source.Document, [name], TableSchema.KindOf(field)), TableSchema.KindOf(field), [name], source.Document, field);
        var parts = name.Split('.');
        if (parts.Length > 1 && table.Find(parts[0]) is { } head && TableSchema.KindOf(head) == SqlKind.Json)
            return new ColumnSql(dialect.Field(source.Document, parts, SqlKind.Json), SqlKind.Json, parts, source.Document);
        throw ScriptErrorException.Fatal($"The table '{table.Name}' has no field '{name}'; its fields are {RecordDocuments.FieldList(table)}.");
    }

    public ColumnSql Column(ColumnOperand column)
    {
        var result = Field(column.Table, column.Field);
        foreach (var filter in column.Filters)
            result = Apply(result, filter, column);
        return result;
    }

    /// <summary>An expression's value as text.</summary>
    public string Text(ColumnSql column) => column.Kind switch
    {
        SqlKind.Text => column.Sql,
        SqlKind.Json => dialect.JsonText(column.Sql),
        _ => $"CAST({column.Sql} AS TEXT)",
    };

    private ColumnSql Apply(ColumnSql column, ColumnFilter filter, ColumnOperand operand) => filter.Name switch
    {
        "to_lower" => Text($"lower({Text(column)})"),
        "to_upper" => Text($"upper({Text(column)})"),
        "trim" => Text($"trim({Text(column)})"),
        "ltrim" => Text($"ltrim({Text(column)})"),
        "rtrim" => Text($"rtrim({Text(column)})"),
        "coalesce" => Coalesce(column, Argument(filter, 0, operand)),
        "length" => Number(column.Kind == SqlKind.Json ? dialect.ArrayLength(column.Sql) : $"length({Text(column)})"),
        "add" => Arithmetic(column, "+", filter, operand),
        "sub" => Arithmetic(column, "-", filter, operand),
        "mul" => Arithmetic(column, "*", filter, operand),
        "div" => Arithmetic(column, "/", filter, operand),
        "abs" => Number($"abs({column.Sql})"),
        "round" when filter.Arguments.Count == 0 => Number($"round({column.Sql})"),
        "timestamp_add_seconds" => Shift(column, Second, filter, operand),
        "timestamp_subtract_seconds" => Shift(column, -Second, filter, operand),
        "timestamp_add_minutes" => Shift(column, Minute, filter, operand),
        "timestamp_subtract_minutes" => Shift(column, -Minute, filter, operand),
        "timestamp_add_hours" => Shift(column, Hour, filter, operand),
        "timestamp_subtract_hours" => Shift(column, -Hour, filter, operand),
        "timestamp_add_days" => Shift(column, Day, filter, operand),
        "timestamp_subtract_days" => Shift(column, -Day, filter, operand),
        "timestamp_epoch_sec" => Number(dialect.WholeDivide(column.Sql, Second)),
        "timestamp_epoch_minute" => Number(dialect.WholeDivide(column.Sql, Minute)),
        "timestamp_epoch_hour" => Number(dialect.WholeDivide(column.Sql, Hour)),
        "timestamp_epoch_day" => Number(dialect.WholeDivide(column.Sql, Day)),
        "timestamp_year" => Part(column, "year", filter, operand),
        "timestamp_month" => Part(column, "month", filter, operand),
        "timestamp_day_of_month" => Part(column, "day", filter, operand),
        "timestamp_hour" => Part(column, "hour", filter, operand),
        "timestamp_minute" => Part(column, "minute", filter, operand),
        "timestamp_day_of_week" => Part(column, "dow", filter, operand),
        "timestamp_day_of_year" => Part(column, "doy", filter, operand),
        _ => throw ScriptErrorException.Fatal(
            $"The query filter '{filter.Name}' on $db.{operand.Table}.{operand.Field} cannot be computed in the database."),
    };

    private static ColumnSql Text(string sql) => new(sql, SqlKind.Text, null);

    private static ColumnSql Number(string sql) => new(sql, SqlKind.Number, null);

    private ColumnSql Coalesce(ColumnSql column, XsValue fallback)
    {
        var kind = column.Kind;
        var value = SqlValues.Coerce(fallback, kind) ?? (fallback.Kind == ValueKind.Text ? fallback : null);
        if (value is null || fallback.IsNull)
            return column;
        if (value.Value.Kind == ValueKind.Text && kind != SqlKind.Text)
            return Text($"COALESCE({Text(column)}, {dialect.Value(sql, value.Value, SqlKind.Text)})");
        return column with { Sql = $"COALESCE({column.Sql}, {dialect.Value(sql, value.Value, kind)})", Path = null, Field = null };
    }

    private ColumnSql Arithmetic(ColumnSql column, string op, ColumnFilter filter, ColumnOperand operand)
    {
        var number = SqlValues.Coerce(Argument(filter, 0, operand), SqlKind.Number)
            ?? throw ScriptErrorException.Fatal($"The query filter '{filter.Name}' on $db.{operand.Table}.{operand.Field} needs a number.");
        return Number($"({column.Sql} {op} {dialect.Value(sql, number, SqlKind.Number)})");
    }

    private ColumnSql Shift(ColumnSql column, long unit, ColumnFilter filter, ColumnOperand operand)
    {
        var amount = SqlValues.Coerce(Argument(filter, 0, operand), SqlKind.Number)
            ?? throw ScriptErrorException.Fatal($"The query filter '{filter.Name}' on $db.{operand.Table}.{operand.Field} needs a number.");
        var milliseconds = XsValue.Int((long)Math.Round(amount.ToDouble() * unit));
        return Number($"({column.Sql} + {dialect.Value(sql, milliseconds, SqlKind.Number)})");
    }

    // Time zones other than UTC would need the database's zone data to agree with .NET's; they are refused.
    private ColumnSql Part(ColumnSql column, string part, ColumnFilter filter, ColumnOperand operand)
    {
        if (filter.Arguments.Count > 0 && filter.Arguments[0] is { IsNull: false } zone
            && !(zone.Kind == ValueKind.Text && zone.AsText is "UTC" or "utc" or "Etc/UTC" or ""))
            throw ScriptErrorException.Fatal($"The query filter '{filter.Name}' on $db.{operand.Table}.{operand.Field} is computed in UTC only; found the time zone {Engine.Runtime.Evaluation.Operators.Describe(zone)}.");
        return Number(dialect.TimestampPart(column.Sql, part));
    }

    private static XsValue Argument(ColumnFilter filter, int index, ColumnOperand operand) =>
        index < filter.Arguments.Count ? filter.Arguments[index]
            : throw ScriptErrorException.Fatal($"The query filter '{filter.Name}' on $db.{operand.Table}.{operand.Field} needs an argument.");
}
