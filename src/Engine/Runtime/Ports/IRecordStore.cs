using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Ports;

/// <summary>
/// The workspace's tables, in one datasource, as db.* statements use them. Records are objects keyed by field name;
/// every table has <c>id</c> and <c>created_at</c>. Problems the script can fix (unknown table or field, wrong type,
/// missing required field) are thrown as <see cref="Execution.ScriptErrorException"/> naming the table and field.
/// </summary>
public interface IRecordStore
{
    /// <summary>The same workspace's tables in another datasource (db.set_datasource).</summary>
    IRecordStore ForDatasource(string datasource);

    ValueTask<XsObject?> GetAsync(string table, string field, XsValue value, CancellationToken cancellationToken);

    /// <summary>Inserts a record (creating the table on first write); the store gives <c>id</c> and <c>created_at</c>.</summary>
    ValueTask<XsObject> AddAsync(string table, XsObject data, CancellationToken cancellationToken);

    /// <summary>Changes the record whose field equals the value; null when there is none.</summary>
    ValueTask<XsObject?> EditAsync(string table, string field, XsValue value, XsObject data, CancellationToken cancellationToken);

    ValueTask<XsObject> AddOrEditAsync(string table, string field, XsValue value, XsObject data, CancellationToken cancellationToken);

    /// <summary>Deletes the record whose field equals the value; false when there was none.</summary>
    ValueTask<bool> DeleteAsync(string table, string field, XsValue value, CancellationToken cancellationToken);

    ValueTask TruncateAsync(string table, bool resetIds, CancellationToken cancellationToken);

    ValueTask<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken);

    ValueTask<long> CountAsync(string table, QueryCondition? where, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<XsObject>> BulkAddAsync(string table, IReadOnlyList<XsObject> items, bool allowIdField, CancellationToken cancellationToken);

    /// <summary>
    /// Updates records by their <c>id</c> (each item holds one): the fields an item names change, the others stay
    /// (db.bulk.update and db.bulk.patch alike). Returns how many of the records were found.
    /// </summary>
    ValueTask<long> BulkUpdateAsync(string table, IReadOnlyList<XsObject> items, CancellationToken cancellationToken);

    /// <summary>Deletes every record meeting the condition; returns how many.</summary>
    ValueTask<long> BulkDeleteAsync(string table, QueryCondition where, CancellationToken cancellationToken);

    /// <summary>Runs the work all-or-nothing: when it throws, nothing it wrote remains.</summary>
    ValueTask<T> TransactionAsync<T>(Func<IRecordStore, CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken);

    /// <summary>The table's fields (db.schema), or one field's description when a path is given.</summary>
    ValueTask<XsValue> DescribeAsync(string table, string? path, CancellationToken cancellationToken);
}
