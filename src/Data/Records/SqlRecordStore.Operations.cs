using Platform.Data.Records.Sql;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records;

public sealed partial class SqlRecordStore
{
    public ValueTask<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query.Table, async (session, table) =>
        {
            var paging = query.Paging;
            var skip = paging is null ? 0L : Math.Max(0L, ((long)paging.Page - 1) * paging.PerPage + paging.Offset);
            var take = Math.Min((long)(paging?.PerPage ?? int.MaxValue), query.Limit);
            var totals = paging?.Totals == true;
            var joined = new List<TableSchema>(query.Joins.Count);
            foreach (var join in query.Joins)
                joined.Add(await TableAsync(session, join.Table, cancellationToken));
            var plain = query.Joins.Count == 0 && query.Eval.Count == 0;
            // One row past the page tells whether more records follow.
            IReadOnlyList<EvalSql> eval = [];
            var statement = plain
                ? Sql(session, table).Select(query.Where, query.Sort, skip, take + 1, query.Output, totals)
                : Sql(session, table).SelectJoined(query, joined, skip, take + 1, totals, out eval);
            var (rows, total) = await ReadRowsAsync(session, table, statement, query.Output, totals, cancellationToken, query.Eval, eval);
            var hasMore = rows.Count > take;
            if (hasMore)
                rows.RemoveAt(rows.Count - 1);
            if (totals && total is null)
                total = skip == 0 ? 0 : await session.ScalarAsync(
                    query.Joins.Count == 0 ? Sql(session, table).Count(query.Where) : Sql(session, table).CountJoined(query.Where, query.Joins, joined), cancellationToken);
            return new RecordPage([.. rows.Select(r => RecordFields.Project(r, query.Output))], total, hasMore);
        }, cancellationToken);

    public ValueTask<long> CountAsync(string table, QueryCondition? where, CancellationToken cancellationToken) =>
        ReadAsync(table, (session, schema) => session.ScalarAsync(Sql(session, schema).Count(where), cancellationToken), cancellationToken);

    public ValueTask<XsObject?> GetAsync(string table, string field, XsValue value, CancellationToken cancellationToken) =>
        ReadAsync(table, (session, schema) => FirstAsync(session, schema, table, field, value, forUpdate: false, cancellationToken), cancellationToken);

    public ValueTask<XsObject> AddAsync(string table, XsObject data, CancellationToken cancellationToken) =>
        WriteAsync(table, async (session, schema) => (await InsertAsync(session, schema, [data], keepIds: false, cancellationToken))[0], cancellationToken);

    public ValueTask<IReadOnlyList<XsObject>> BulkAddAsync(string table, IReadOnlyList<XsObject> items, bool allowIdField, CancellationToken cancellationToken) =>
        WriteAsync(table, async (session, schema) => (IReadOnlyList<XsObject>)await InsertAsync(session, schema, items, allowIdField, cancellationToken), cancellationToken);

    public ValueTask<XsObject?> EditAsync(string table, string field, XsValue value, XsObject data, CancellationToken cancellationToken) =>
        WriteAsync(table, (session, schema) => EditAsync(session, schema, table, field, value, data, cancellationToken), cancellationToken);

    public ValueTask<XsObject> AddOrEditAsync(string table, string field, XsValue value, XsObject data, CancellationToken cancellationToken) =>
        WriteAsync(table, async (session, schema) =>
        {
            if (await EditAsync(session, schema, table, field, value, data, cancellationToken) is { } edited)
                return edited;
            var keyed = field == TableSchema.IdField || data.ContainsKey(field) ? data : data.Set(field, value);
            return (await InsertAsync(session, schema, [keyed], keepIds: false, cancellationToken))[0];
        }, cancellationToken);

    public ValueTask<bool> DeleteAsync(string table, string field, XsValue value, CancellationToken cancellationToken) =>
        WriteAsync(table, async (session, schema) =>
            await session.ExecuteAsync(Sql(session, schema).DeleteFirst(RecordSql.Lookup(table, field, value)), cancellationToken) > 0, cancellationToken);

    public async ValueTask TruncateAsync(string table, bool resetIds, CancellationToken cancellationToken) =>
        await WriteAsync(table, async (session, schema) =>
        {
            await session.ExecuteAsync(Sql(session, schema).Truncate(), cancellationToken);
            if (resetIds)
                await session.ExecuteAsync(Sql(session, schema).ResetIds(), cancellationToken);
            return true;
        }, cancellationToken);

    public ValueTask<long> BulkDeleteAsync(string table, QueryCondition where, CancellationToken cancellationToken) =>
        WriteAsync(table, async (session, schema) => (long)await session.ExecuteAsync(Sql(session, schema).Delete(where), cancellationToken), cancellationToken);

    public ValueTask<long> BulkUpdateAsync(string table, IReadOnlyList<XsObject> items, CancellationToken cancellationToken) =>
        WriteAsync(table, async (session, schema) =>
        {
            long found = 0;
            foreach (var chunk in items.Chunk(BulkChunk))
                found += await UpdateChunkAsync(session, schema, table, chunk, cancellationToken);
            return found;
        }, cancellationToken);

    private const int BulkChunk = 1_000;

    // One read of the chunk's records, the items applied in order (an id twice changes twice), one write per record.
    private async Task<long> UpdateChunkAsync(RecordSession session, TableSchema schema, string table, XsObject[] items, CancellationToken cancellationToken)
    {
        var ids = items.Select(item => item.Get(TableSchema.IdField) is { IsNull: false } id
            ? id : throw ScriptErrorException.Fatal($"Every item of a bulk update of '{table}' needs its id.")).ToList();
        var where = new ComparisonCondition(new ColumnOperand(table, TableSchema.IdField, []), QueryOperator.In, new ValueOperand(XsValue.Array(XsArray.Create(ids))));
        var (rows, _) = await ReadRowsAsync(session, schema, Sql(session, schema).Select(where, [], 0, ids.Count, null, totals: false, forUpdate: true), null, totals: false, cancellationToken);
        var records = rows.ToDictionary(r => r.Get(TableSchema.IdField).AsInt);
        var changed = new Dictionary<long, XsObject>();
        var documents = Documents(schema);
        long found = 0;
        foreach (var (item, id) in items.Zip(ids))
        {
            if (SqlValues.Coerce(id, SqlKind.Number) is not { IsInteger: true } key || !records.TryGetValue(key.AsInt, out var existing))
                continue;
            var (fields, createdAt) = documents.ForEdit(existing, item);
            changed[key.AsInt] = records[key.AsInt] = RecordDocuments.Record(schema, key.AsInt, createdAt ?? existing.Get(TableSchema.CreatedAtField).AsInt, fields);
            found++;
        }
        foreach (var (id, record) in changed)
            await session.ExecuteAsync(Sql(session, schema).Update(id, record.Get(TableSchema.CreatedAtField).AsInt, RecordDocuments.ToDocument(FieldsOf(record))), cancellationToken);
        return found;
    }

    private static XsObject FieldsOf(XsObject record) => record.Remove(TableSchema.IdField).Remove(TableSchema.CreatedAtField);

    private async Task<XsObject?> FirstAsync(
        RecordSession session, TableSchema schema, string table, string field, XsValue value, bool forUpdate, CancellationToken cancellationToken)
    {
        var statement = Sql(session, schema).Select(RecordSql.Lookup(table, field, value), [], 0, 1, null, totals: false, forUpdate);
        var (rows, _) = await ReadRowsAsync(session, schema, statement, null, totals: false, cancellationToken);
        return rows.Count > 0 ? rows[0] : null;
    }

    // Read, change, write back in the surrounding transaction; the whole record is checked against its fields again.
    private async Task<XsObject?> EditAsync(
        RecordSession session, TableSchema schema, string table, string field, XsValue value, XsObject data, CancellationToken cancellationToken)
    {
        if (await FirstAsync(session, schema, table, field, value, forUpdate: true, cancellationToken) is not { } existing)
            return null;
        var (fields, createdAt) = Documents(schema).ForEdit(existing, data);
        var id = existing.Get(TableSchema.IdField).AsInt;
        var created = createdAt ?? existing.Get(TableSchema.CreatedAtField).AsInt;
        await session.ExecuteAsync(Sql(session, schema).Update(id, created, RecordDocuments.ToDocument(fields)), cancellationToken);
        return RecordDocuments.Record(schema, id, created, fields);
    }

    // New records get ids after the table's last one in this datasource; a given id is kept only when asked.
    private async Task<List<XsObject>> InsertAsync(
        RecordSession session, TableSchema schema, IReadOnlyList<XsObject> items, bool keepIds, CancellationToken cancellationToken)
    {
        var documents = Documents(schema);
        var now = _shared.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var prepared = items.Select(item => (Given: keepIds ? GivenId(schema, item) : null, Record: documents.ForAdd(item))).ToList();
        var needed = prepared.Count(p => p.Given is null);
        var highestGiven = prepared.Select(p => p.Given ?? 0).DefaultIfEmpty(0).Max();
        var next = await session.ScalarAsync(Sql(session, schema).ReserveIds(needed, highestGiven), cancellationToken) - needed + 1;
        var rows = new List<(long Id, long CreatedAt, string Document)>(prepared.Count);
        var records = new List<XsObject>(prepared.Count);
        foreach (var (given, (fields, createdAt)) in prepared)
        {
            var id = given ?? next++;
            rows.Add((id, createdAt ?? now, RecordDocuments.ToDocument(fields)));
            records.Add(RecordDocuments.Record(schema, id, createdAt ?? now, fields));
        }
        foreach (var statement in Sql(session, schema).Insert(rows))
            await session.ExecuteAsync(statement, cancellationToken);
        return records;
    }

    private static long? GivenId(TableSchema schema, XsObject item)
    {
        var id = item.Get(TableSchema.IdField);
        if (id.IsNull)
            return null;
        return id.Kind == ValueKind.Int && id.AsInt > 0
            ? id.AsInt
            : throw ScriptErrorException.Fatal($"The field 'id' of table '{schema.Name}' expects a positive integer; found {Engine.Runtime.Evaluation.Operators.Describe(id)}.");
    }

    private static async Task<(List<XsObject> Rows, long? Total)> ReadRowsAsync(
        RecordSession session, TableSchema schema, SqlStatement statement, IReadOnlyList<string>? output, bool totals, CancellationToken cancellationToken,
        IReadOnlyList<EvalColumn>? evalColumns = null, IReadOnlyList<EvalSql>? eval = null)
    {
        await using var command = session.Command(statement);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<XsObject>();
        long? total = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var record = RecordDocuments.Read(schema, reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), output);
            if (totals)
                total = reader.GetInt64(3);
            // The eval columns follow the document and the total, in order; a value column selects nothing.
            var ordinal = totals ? 4 : 3;
            for (var i = 0; i < (eval?.Count ?? 0); i++)
                record = record.Set(evalColumns![i].Name, eval![i].Read(eval[i].Sql is null ? null : reader.GetValue(ordinal++)));
            rows.Add(record);
        }
        return (rows, total);
    }
}
