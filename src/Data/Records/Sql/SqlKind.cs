namespace Platform.Data.Records.Sql;

/// <summary>What a SQL expression holds, which decides how values compared with it are bound.</summary>
internal enum SqlKind
{
    Text,
    Number,
    Bool,

    /// <summary>A JSON value of any shape: jsonb on PostgreSQL, json_extract's result on SQLite.</summary>
    Json,
}

/// <summary>
/// A column as SQL: its expression and kind; <see cref="Path"/> is the field path inside the record's document when
/// the expression is a plain field (no filters), which array and JSON operators need, with the <see cref="Document"/>
/// it is read from (<c>data</c>, or <c>r1.data</c> for a joined table) and the table's <see cref="Field"/> when it is one.
/// </summary>
internal sealed record ColumnSql(string Sql, SqlKind Kind, IReadOnlyList<string>? Path, string Document = SqlDialect.Data, Tables.TableField? Field = null);
