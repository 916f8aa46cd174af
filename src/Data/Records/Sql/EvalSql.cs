using System.Globalization;
using System.Text.Json;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records.Sql;

/// <summary>
/// An eval column of a db.query: what the statement selects for it (a plain field as its JSON, so it comes back typed
/// as the field is; an expression with filters as its value), what a sort by its name orders by, and how the value
/// read back becomes a script value. A value that is not a column is no SQL at all, only the value.
/// </summary>
internal sealed class EvalSql
{
    private readonly ColumnSql? _column;
    private readonly XsValue _constant;
    private readonly bool _asJson;

    private EvalSql(string? sql, string? orderSql, ColumnSql? column, XsValue constant, bool asJson)
    {
        Sql = sql;
        OrderSql = orderSql;
        _column = column;
        _constant = constant;
        _asJson = asJson;
    }

    /// <summary>The selected expression; null for a value.</summary>
    public string? Sql { get; }

    public string? OrderSql { get; }

    public static EvalSql Of(EvalColumn eval, ColumnTranslator columns, SqlDialect dialect)
    {
        if (eval.Value is not ColumnOperand operand)
            return new EvalSql(null, null, null, ((ValueOperand)eval.Value).Value, asJson: false);
        var column = columns.Column(operand);
        return column.Path is { } path
            ? new EvalSql(dialect.RawJson(column.Document, path), column.Sql, column, XsValue.Null, asJson: true)
            : new EvalSql(column.Sql, column.Sql, column, XsValue.Null, asJson: false);
    }

    public XsValue Read(object? value)
    {
        if (_column is null)
            return _constant;
        if (value is null or DBNull)
            return XsValue.Null;
        if (_asJson)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
            if (_column.Field is null)
                return JsonValues.Parse(text);
            using var json = JsonDocument.Parse(text);
            return FieldCoercion.FromJson(_column.Field, json.RootElement);
        }
        return _column.Kind switch
        {
            SqlKind.Number when _column.Field is { Type: FieldType.Timestamp } => XsValue.Timestamp(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            SqlKind.Number => Number(value),
            SqlKind.Bool => XsValue.Bool(value is bool flag ? flag : Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0),
            SqlKind.Text => XsValue.Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
            _ => JsonValues.Parse(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null"),
        };
    }

    // Whole numbers come back as ints, as the runtime's arithmetic gives them.
    private static XsValue Number(object value) => value switch
    {
        long or int or short => XsValue.Int(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        decimal d when d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue => XsValue.Int((long)d),
        decimal d => XsValue.Decimal((double)d),
        double f when f == Math.Truncate(f) && Math.Abs(f) < 9e15 => XsValue.Int((long)f),
        _ => XsValue.Decimal(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
    };
}
