using CultureInfo = System.Globalization.CultureInfo;
using Platform.Data.Records.Sql;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records;

/// <summary>
/// The statements of the record store for one table in one datasource. Every statement is scoped to the table's id
/// (an integer read from the workspace's schema, written into the text so partial indexes apply) and the datasource
/// (a parameter); values are parameters.
/// </summary>
internal sealed class RecordSql(SqlDialect dialect, TableSchema table, int datasourceId)
{
    private const int RowsPerInsert = 1000;

    private string Scope(SqlStatement sql) =>
        "table_id = " + table.Id.ToString(CultureInfo.InvariantCulture) + " AND datasource_id = " + sql.Parameter(datasourceId);

    /// <summary>One page of records: id, created_at, the document (only the output fields when given) and, when asked, the total.</summary>
    public SqlStatement Select(QueryCondition? where, IReadOnlyList<SortKey> sort, long skip, long take, IReadOnlyList<string>? output, bool totals, bool forUpdate = false)
    {
        var sql = new SqlStatement();
        var conditions = new ConditionTranslator(table, dialect, sql);
        sql.Append("SELECT id, created_at, ").Append(Document(output));
        if (totals)
            sql.Append(", COUNT(*) OVER ()");
        sql.Append(" FROM records WHERE ").Append(Scope(sql)).Append(" AND ").Append(conditions.Translate(where));
        sql.Append(" ORDER BY ").Append(OrderBy(conditions.Columns, sort));
        sql.Append(" LIMIT ").Append(take);
        if (skip > 0)
            sql.Append(" OFFSET ").Append(skip);
        if (forUpdate && dialect is PostgresDialect)
            sql.Append(" FOR UPDATE");
        return sql;
    }

    private string Document(IReadOnlyList<string>? output)
    {
        if (output is null)
            return "data";
        var fields = output.Where(name => table.Find(name) is not null).Distinct().ToList();
        var pairs = fields.Select(name => SqlDialect.Literal(name) + ", " + dialect.RawJson([name]));
        return dialect is PostgresDialect
            ? "jsonb_build_object(" + string.Join(", ", pairs) + ")"
            : "json_object(" + string.Join(", ", pairs) + ")";
    }

    // Nulls first ascending (null is the smallest value), last descending; ties keep id order, as in memory.
    private static string OrderBy(ColumnTranslator columns, IReadOnlyList<SortKey> sort)
    {
        var keys = sort.Select(key => key.Direction switch
        {
            SortDirection.Random => "random()",
            SortDirection.Descending => columns.Field(key.Field).Sql + " DESC NULLS LAST",
            _ => columns.Field(key.Field).Sql + " ASC NULLS FIRST",
        });
        return string.Join(", ", keys.Append("id"));
    }

    public SqlStatement Count(QueryCondition? where)
    {
        var sql = new SqlStatement();
        var condition = new ConditionTranslator(table, dialect, sql).Translate(where);
        return sql.Append("SELECT COUNT(*) FROM records WHERE ").Append(Scope(sql)).Append(" AND ").Append(condition);
    }

    public SqlStatement Delete(QueryCondition where)
    {
        var sql = new SqlStatement();
        var condition = new ConditionTranslator(table, dialect, sql).Translate(where);
        return sql.Append("DELETE FROM records WHERE ").Append(Scope(sql)).Append(" AND ").Append(condition);
    }

    /// <summary>Deletes the first record (by id) meeting the condition.</summary>
    public SqlStatement DeleteFirst(QueryCondition where)
    {
        var sql = new SqlStatement();
        var condition = new ConditionTranslator(table, dialect, sql).Translate(where);
        sql.Append("DELETE FROM records WHERE ").Append(Scope(sql)).Append(" AND id = (SELECT id FROM records WHERE ").Append(Scope(sql));
        return sql.Append(" AND ").Append(condition).Append(" ORDER BY id LIMIT 1)");
    }

    public SqlStatement Truncate()
    {
        var sql = new SqlStatement();
        return sql.Append("DELETE FROM records WHERE ").Append(Scope(sql));
    }

    public SqlStatement ResetIds()
    {
        var sql = new SqlStatement();
        return sql.Append("DELETE FROM record_sequences WHERE ").Append(Scope(sql));
    }

    /// <summary>
    /// Takes <paramref name="count"/> ids after the last one handed out (and after any id records brought), in one
    /// statement whose row lock serialises concurrent writers; returns the last id taken.
    /// </summary>
    public SqlStatement ReserveIds(long count, long highestGiven)
    {
        var sql = new SqlStatement();
        var n = sql.Parameter(count);
        var given = sql.Parameter(highestGiven);
        sql.Append("INSERT INTO record_sequences (table_id, datasource_id, last_id) VALUES (").Append(table.Id).Append(", ").Append(sql.Parameter(datasourceId));
        sql.Append(", ").Append(given).Append(" + ").Append(n).Append(") ON CONFLICT (table_id, datasource_id) DO UPDATE SET last_id = ");
        return sql.Append(dialect.Greatest("record_sequences.last_id", given)).Append(" + ").Append(n).Append(" RETURNING last_id");
    }

    /// <summary>Multi-row inserts of (id, created_at, document), at most <see cref="RowsPerInsert"/> rows per statement.</summary>
    public IEnumerable<SqlStatement> Insert(IReadOnlyList<(long Id, long CreatedAt, string Document)> rows)
    {
        for (var start = 0; start < rows.Count; start += RowsPerInsert)
        {
            var sql = new SqlStatement();
            var datasource = sql.Parameter(datasourceId);
            sql.Append("INSERT INTO records (table_id, datasource_id, id, created_at, data) VALUES ");
            for (var i = start; i < Math.Min(rows.Count, start + RowsPerInsert); i++)
            {
                var (id, createdAt, document) = rows[i];
                sql.Append(i == start ? "(" : ", (").Append(table.Id).Append(", ").Append(datasource).Append(", ").Append(id).Append(", ").Append(createdAt);
                sql.Append(", ").Append(dialect.JsonParameter(sql.Parameter(document))).Append(')');
            }
            yield return sql;
        }
    }

    public SqlStatement Update(long id, long createdAt, string document)
    {
        var sql = new SqlStatement();
        sql.Append("UPDATE records SET created_at = ").Append(createdAt).Append(", data = ").Append(dialect.JsonParameter(sql.Parameter(document)));
        return sql.Append(" WHERE ").Append(Scope(sql)).Append(" AND id = ").Append(id);
    }

    /// <summary>The condition "field equals value" as db.get, db.edit and db.del look a record up.</summary>
    public static QueryCondition Lookup(string table, string field, XsValue value) =>
        new ComparisonCondition(new ColumnOperand(table, field, []), QueryOperator.Equal, new ValueOperand(value));
}
