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

    /// <summary>
    /// A db.query with joins or eval columns, as one statement: the base table is <c>r0</c>, the joined tables
    /// <c>r1</c>, <c>r2</c>… (each the records table again, scoped to its own table id and this same datasource); the
    /// eval columns follow the document (and the total). Ties keep the base id order, then the joined ids', as in memory.
    /// </summary>
    public SqlStatement SelectJoined(RecordQuery query, IReadOnlyList<TableSchema> joined, long skip, long take, bool totals, out IReadOnlyList<EvalSql> eval)
    {
        var sql = new SqlStatement();
        var sources = Sources(query.Joins, joined);
        var conditions = new ConditionTranslator(sources, dialect, sql);
        sql.Append("SELECT r0.id, r0.created_at, ").Append(Document(query.Output, sources.Main.Document));
        if (totals)
            sql.Append(", COUNT(*) OVER ()");
        var columns = query.Eval.Select(e => EvalSql.Of(e, conditions.Columns, dialect)).ToList();
        foreach (var column in columns.Where(e => e.Sql is not null))
            sql.Append(", ").Append(column.Sql!);
        From(sql, sources, query.Joins, joined, conditions, query.Where);
        var keys = query.Sort.Select(key => SortColumn(key, query.Eval, columns, conditions.Columns)).OfType<string>().ToList();
        eval = columns;
        var ties = Enumerable.Range(0, joined.Count + 1).Select(i => "r" + i.ToString(CultureInfo.InvariantCulture) + ".id");
        sql.Append(" ORDER BY ").Append(string.Join(", ", keys.Concat(ties)));
        sql.Append(" LIMIT ").Append(take);
        if (skip > 0)
            sql.Append(" OFFSET ").Append(skip);
        return sql;
    }

    /// <summary>How many rows a query with joins gives (a join may repeat or drop base records).</summary>
    public SqlStatement CountJoined(QueryCondition? where, IReadOnlyList<QueryJoin> joins, IReadOnlyList<TableSchema> joined)
    {
        var sql = new SqlStatement();
        var sources = Sources(joins, joined);
        sql.Append("SELECT COUNT(*)");
        From(sql, sources, joins, joined, new ConditionTranslator(sources, dialect, sql), where);
        return sql;
    }

    private QuerySources Sources(IReadOnlyList<QueryJoin> joins, IReadOnlyList<TableSchema> joined) => new(
        new QuerySource(table, "r0"),
        joins.Select((join, i) => (join.Alias, Source: new QuerySource(joined[i], "r" + (i + 1).ToString(CultureInfo.InvariantCulture))))
            .ToDictionary(j => j.Alias, j => j.Source, StringComparer.Ordinal));

    // Every joined table is read in this same datasource; its id comes from the workspace's schema, never a script.
    private void From(SqlStatement sql, QuerySources sources, IReadOnlyList<QueryJoin> joins, IReadOnlyList<TableSchema> joined, ConditionTranslator conditions, QueryCondition? where)
    {
        sql.Append(" FROM records r0");
        for (var i = 0; i < joins.Count; i++)
        {
            var alias = "r" + (i + 1).ToString(CultureInfo.InvariantCulture);
            sql.Append(joins[i].Type == JoinType.Left ? " LEFT JOIN records " : " INNER JOIN records ").Append(alias).Append(" ON ");
            sql.Append(alias).Append(".table_id = ").Append(joined[i].Id).Append(" AND ").Append(alias).Append(".datasource_id = ").Append(sql.Parameter(datasourceId));
            sql.Append(" AND ").Append(conditions.Translate(joins[i].On));
        }
        sql.Append(" WHERE r0.table_id = ").Append(table.Id).Append(" AND r0.datasource_id = ").Append(sql.Parameter(datasourceId));
        sql.Append(" AND ").Append(conditions.Translate(where));
    }

    // A key naming no table is an eval column when one has its name, else a base field. An eval column that is a
    // value orders nothing (and PostgreSQL refuses a constant in ORDER BY), so it is left out.
    private static string? SortColumn(SortKey key, IReadOnlyList<EvalColumn> evalColumns, List<EvalSql> eval, ColumnTranslator columns)
    {
        if (key.Direction == SortDirection.Random)
            return "random()";
        var index = key.Table is null ? evalColumns.ToList().FindIndex(e => e.Name == key.Field) : -1;
        var expression = index >= 0 ? eval[index].OrderSql : key.Table is null ? columns.Field(key.Field).Sql : columns.Field(key.Table, key.Field).Sql;
        return expression is null ? null : expression + (key.Direction == SortDirection.Descending ? " DESC NULLS LAST" : " ASC NULLS FIRST");
    }

    private string Document(IReadOnlyList<string>? output, string document = SqlDialect.Data)
    {
        if (output is null)
            return document;
        var fields = output.Where(name => table.Find(name) is not null).Distinct().ToList();
        var pairs = fields.Select(name => SqlDialect.Literal(name) + ", " + dialect.RawJson(document, [name]));
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
