using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.InMemory;

/// <summary>
/// A workspace's tables in memory, for engine tests and <c>xs run</c>. Tables appear on first write (or from a seed);
/// ids count up from 1 per table; <c>created_at</c> is the clock's epoch milliseconds; each datasource is a separate
/// set of tables; a transaction restores a snapshot when its work fails. Reading a table that does not exist is an error.
/// </summary>
public sealed class InMemoryRecordStore : IRecordStore
{
    private readonly InMemoryDatabase _database;
    private readonly TimeProvider _clock;
    private readonly FilterRegistry _filters;
    private readonly Random _random;

    public InMemoryRecordStore(TimeProvider clock, FilterRegistry? filters = null, Random? random = null)
        : this(new InMemoryDatabase(), "live", clock, filters ?? FilterRegistry.Default, random ?? new Random(0))
    {
    }

    private InMemoryRecordStore(InMemoryDatabase database, string datasource, TimeProvider clock, FilterRegistry filters, Random random)
    {
        _database = database;
        Datasource = datasource;
        _clock = clock;
        _filters = filters;
        _random = random;
    }

    /// <summary>The datasource this store reads and writes.</summary>
    public string Datasource { get; }

    /// <summary>
    /// A store seeded from JSON <c>{"table": [records]}</c> into a datasource: records without an id get one, records
    /// without created_at get the clock's now, and an epoch-millisecond created_at becomes a timestamp.
    /// </summary>
    public static InMemoryRecordStore FromJson(string json, TimeProvider clock, string datasource = "live")
    {
        var seed = JsonValues.Parse(json);
        if (seed.Kind != ValueKind.Object)
            throw new FormatException("A seed is a JSON object: {\"table\": [records]}.");
        var store = new InMemoryRecordStore(clock).ForDatasource(datasource);
        foreach (var (table, records) in seed.AsObject)
        {
            if (records.Kind != ValueKind.Array || records.AsArray.Any(r => r.Kind != ValueKind.Object))
                throw new FormatException($"The seed of table '{table}' must be a list of objects.");
            store.Insert(table, [.. records.AsArray.Select(r => CreatedAtAsTimestamp(r.AsObject))], keepIds: true);
        }
        return store;
    }

    // JSON has no timestamps; the one field the store owns is one, so a seed's epoch milliseconds become a timestamp.
    private static XsObject CreatedAtAsTimestamp(XsObject record) =>
        record.Get("created_at") is { Kind: ValueKind.Int } epoch ? record.Set("created_at", XsValue.Timestamp(epoch.AsInt)) : record;

    /// <summary>Every table of this datasource with its records in id order (for reports and tests).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<XsObject>> Snapshot()
    {
        lock (_database.Gate)
            return _database.Tables(Datasource).ToDictionary(t => t.Key, t => (IReadOnlyList<XsObject>)[.. t.Value.Records], StringComparer.Ordinal);
    }

    IRecordStore IRecordStore.ForDatasource(string datasource) => ForDatasource(datasource);

    public InMemoryRecordStore ForDatasource(string datasource) => new(_database, datasource, _clock, _filters, _random);

    public ValueTask<XsObject?> GetAsync(string table, string field, XsValue value, CancellationToken cancellationToken) => Locked(() =>
    {
        var records = Existing(table);
        var index = records.IndexOf(field, value);
        return index < 0 ? null : records.Records[index];
    });

    public ValueTask<XsObject> AddAsync(string table, XsObject data, CancellationToken cancellationToken) =>
        Locked(() => Insert(table, [data], keepIds: false)[0]);

    public ValueTask<XsObject?> EditAsync(string table, string field, XsValue value, XsObject data, CancellationToken cancellationToken) =>
        Locked(() => Edit(Existing(table), field, value, data));

    public ValueTask<XsObject> AddOrEditAsync(string table, string field, XsValue value, XsObject data, CancellationToken cancellationToken) => Locked(() =>
    {
        if (Edit(_database.Writable(Datasource, table), field, value, data) is { } edited)
            return edited;
        var keyed = field == "id" || data.ContainsKey(field) ? data : data.Set(field, value);
        return Insert(table, [keyed], keepIds: false)[0];
    });

    public ValueTask<bool> DeleteAsync(string table, string field, XsValue value, CancellationToken cancellationToken) => Locked(() =>
    {
        var records = Existing(table);
        var index = records.IndexOf(field, value);
        if (index >= 0)
            records.Records.RemoveAt(index);
        return index >= 0;
    });

    public ValueTask TruncateAsync(string table, bool resetIds, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var records = Existing(table);
            records.Records.Clear();
            if (resetIds)
                records.NextId = 1;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken) => Locked(() =>
    {
        var matcher = Matcher(query.Table);
        var matching = Joined(query, matcher).Where(row => matcher.Matches(row, query.Where));
        var sorted = RecordOrdering.Sort(matching, query.Sort, (row, key) => SortValue(matcher, query, row, key), _random);
        var (page, hasMore) = RecordOrdering.Page(sorted, query.Paging, query.Limit);
        var records = page.Select(row => RecordFields.Project(WithEval(matcher, query.Eval, row), query.Output)).ToList();
        return new RecordPage(records, query.Paging?.Totals == true ? sorted.Count : null, hasMore);
    });

    // Nested loops, join by join in order: an inner join drops a row without a match, a left join keeps it with null.
    private List<QueryRow> Joined(RecordQuery query, RecordMatcher matcher)
    {
        var rows = Existing(query.Table).Records.Select(r => new QueryRow(r, QueryRow.NoJoins)).ToList();
        foreach (var join in query.Joins)
        {
            var candidates = Existing(join.Table).Records;
            var next = new List<QueryRow>();
            foreach (var row in rows)
            {
                var matches = candidates.Select(c => row.With(join.Alias, c)).Where(r => matcher.Matches(r, join.On)).ToList();
                if (matches.Count == 0 && join.Type == JoinType.Left)
                    matches.Add(row.With(join.Alias, null));
                next.AddRange(matches);
            }
            rows = next;
        }
        return rows;
    }

    // A key without a table names an eval column when there is one of that name, else a base field.
    private static XsValue SortValue(RecordMatcher matcher, RecordQuery query, QueryRow row, SortKey key) =>
        key.Table is null && query.Eval.FirstOrDefault(e => e.Name == key.Field) is { } eval
            ? matcher.Value(row, eval.Value)
            : matcher.Field(row, key.Table, key.Field);

    private static XsObject WithEval(RecordMatcher matcher, IReadOnlyList<EvalColumn> eval, QueryRow row)
    {
        var record = row.Record;
        foreach (var column in eval)
            record = record.Set(column.Name, matcher.Value(row, column.Value));
        return record;
    }

    public ValueTask<long> CountAsync(string table, QueryCondition? where, CancellationToken cancellationToken) =>
        Locked(() => (long)Matching(table, where).Count);

    public ValueTask<IReadOnlyList<XsObject>> BulkAddAsync(string table, IReadOnlyList<XsObject> items, bool allowIdField, CancellationToken cancellationToken) =>
        Locked(() => (IReadOnlyList<XsObject>)Insert(table, items, allowIdField));

    public ValueTask<long> BulkUpdateAsync(string table, IReadOnlyList<XsObject> items, CancellationToken cancellationToken) => Locked(() =>
    {
        var records = Existing(table);
        long changed = 0;
        foreach (var item in items)
        {
            var id = item.Get("id");
            if (id.IsNull)
                throw ScriptErrorException.Fatal($"Every item of a bulk update of '{table}' needs its id.");
            if (Edit(records, "id", id, item) is not null)
                changed++;
        }
        return changed;
    });

    public ValueTask<long> BulkDeleteAsync(string table, QueryCondition where, CancellationToken cancellationToken) => Locked(() =>
    {
        var records = Existing(table);
        var matcher = Matcher(table);
        return (long)records.Records.RemoveAll(r => matcher.Matches(r, where));
    });

    public async ValueTask<T> TransactionAsync<T>(Func<IRecordStore, CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken)
    {
        InMemoryDatabase.Snapshot saved;
        lock (_database.Gate)
            saved = _database.Save();
        try
        {
            return await work(this, cancellationToken);
        }
        catch
        {
            lock (_database.Gate)
                _database.Restore(saved);
            throw;
        }
    }

    public ValueTask<XsValue> DescribeAsync(string table, string? path, CancellationToken cancellationToken) =>
        Locked(() => InMemorySchema.Describe(table, Existing(table).Records, path));

    private InMemoryTable Existing(string table) => _database.Existing(Datasource, table);

    private RecordMatcher Matcher(string table) => new(table, new ColumnFilters(_filters, _clock));

    private List<XsObject> Matching(string table, QueryCondition? where)
    {
        var matcher = Matcher(table);
        return [.. Existing(table).Records.Where(r => matcher.Matches(r, where))];
    }

    // New records start with id and created_at; an id in the data is kept only when asked (seeds, allow_id_field).
    private List<XsObject> Insert(string table, IReadOnlyList<XsObject> items, bool keepIds)
    {
        var records = _database.Writable(Datasource, table);
        var now = XsValue.Timestamp(_clock.GetUtcNow().ToUnixTimeMilliseconds());
        var added = new List<XsObject>(items.Count);
        foreach (var data in items)
        {
            var id = keepIds && data.Get("id") is { IsNull: false } given ? given : XsValue.Int(records.NextId);
            if (records.IndexOf("id", id) >= 0)
                throw ScriptErrorException.Fatal($"The table '{table}' already has a record with id {ValueDisplay.Format(id)}.");
            records.NoteId(id);
            var builder = new XsObject.Builder();
            builder.Set("id", id);
            builder.Set("created_at", now);
            foreach (var (key, value) in data)
            {
                if (key != "id")
                    builder.Set(key, value);
            }
            var record = builder.ToObject();
            records.Records.Add(record);
            added.Add(record);
        }
        return added;
    }

    // The id never changes; every other field in the data is set (added when the record did not have it).
    private static XsObject? Edit(InMemoryTable records, string field, XsValue value, XsObject data)
    {
        var index = records.IndexOf(field, value);
        if (index < 0)
            return null;
        var record = records.Records[index];
        foreach (var (key, item) in data)
        {
            if (key != "id")
                record = record.Set(key, item);
        }
        records.Records[index] = record;
        return record;
    }

    private ValueTask<T> Locked<T>(Func<T> work)
    {
        lock (_database.Gate)
            return ValueTask.FromResult(work());
    }
}
