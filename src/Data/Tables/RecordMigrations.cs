using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Providers;

namespace Platform.Data.Tables;

/// <summary>
/// Data migrations of one table's records (all datasources), done in SQL on the JSON documents. Field names are
/// always parameters: a plain key for PostgreSQL's jsonb operators, a <c>$."name"</c> path for SQLite's JSON functions.
/// Both providers read a field with the same operators (<c>-&gt;</c> as JSON, <c>-&gt;&gt;</c> as a value, null for a
/// missing key and for JSON null), so only the writes differ.
/// </summary>
internal sealed class RecordMigrations(PlatformDbContext db, int tableId)
{
    public const int BatchSize = 1000;

    private bool IsPostgres => db is PostgresPlatformDbContext;

    private string Key(string field) => IsPostgres ? field : $"$.\"{field}\"";

    public Task<long> CountAsync(CancellationToken ct) =>
        db.CountAsync($"SELECT COUNT(*) FROM records WHERE table_id = {tableId}", ct);

    /// <summary>Records whose field holds a value other than null.</summary>
    public Task<long> CountWithValueAsync(string field, CancellationToken ct) =>
        db.CountAsync($"SELECT COUNT(*) FROM records WHERE table_id = {tableId} AND data ->> {Key(field)} IS NOT NULL", ct);

    public Task<long> CountWithoutValueAsync(string field, CancellationToken ct) =>
        db.CountAsync($"SELECT COUNT(*) FROM records WHERE table_id = {tableId} AND data ->> {Key(field)} IS NULL", ct);

    /// <summary>Records sharing their field's value with another record of the same datasource.</summary>
    public Task<long> CountDuplicatesAsync(string field, CancellationToken ct) =>
        db.CountAsync(
            $"""
            SELECT COALESCE(SUM(n), 0) FROM (
                SELECT COUNT(*) AS n FROM records
                WHERE table_id = {tableId} AND data ->> {Key(field)} IS NOT NULL
                GROUP BY datasource_id, data ->> {Key(field)}
                HAVING COUNT(*) > 1) AS duplicates
            """, ct);

    /// <summary>Records whose field holds text not among the values (for an enum losing values).</summary>
    public Task<long> CountOutsideAsync(string field, IReadOnlyList<string> values, CancellationToken ct) =>
        IsPostgres
            ? db.CountAsync($"SELECT COUNT(*) FROM records WHERE table_id = {tableId} AND data ->> {field} IS NOT NULL AND NOT (data ->> {field} = ANY({values.ToArray()}))", ct)
            : db.CountAsync($"SELECT COUNT(*) FROM records WHERE table_id = {tableId} AND data ->> {Key(field)} IS NOT NULL AND data ->> {Key(field)} NOT IN (SELECT value FROM json_each({System.Text.Json.JsonSerializer.Serialize(values)}))", ct);

    public Task<int> RenameAsync(string from, string to, CancellationToken ct) => IsPostgres
        ? db.Database.ExecuteSqlAsync(
            $"UPDATE records SET data = (data - {from}) || jsonb_build_object({to}, data -> {from}) WHERE table_id = {tableId} AND data -> {from} IS NOT NULL", ct)
        : db.Database.ExecuteSqlAsync(
            $"UPDATE records SET data = json_set(json_remove(data, {Key(from)}), {Key(to)}, data -> {Key(from)}) WHERE table_id = {tableId} AND data -> {Key(from)} IS NOT NULL", ct);

    public Task<int> RemoveAsync(string field, CancellationToken ct) => IsPostgres
        ? db.Database.ExecuteSqlAsync($"UPDATE records SET data = data - {field} WHERE table_id = {tableId} AND data -> {field} IS NOT NULL", ct)
        : db.Database.ExecuteSqlAsync($"UPDATE records SET data = json_remove(data, {Key(field)}) WHERE table_id = {tableId} AND data -> {Key(field)} IS NOT NULL", ct);

    /// <summary>Gives the value (JSON) to every record whose field is missing or null.</summary>
    public Task<int> FillAsync(string field, string json, CancellationToken ct) => IsPostgres
        ? db.Database.ExecuteSqlAsync(
            $"UPDATE records SET data = jsonb_set(data, ARRAY[{field}], CAST({json} AS jsonb)) WHERE table_id = {tableId} AND data ->> {field} IS NULL", ct)
        : db.Database.ExecuteSqlAsync(
            $"UPDATE records SET data = json_set(data, {Key(field)}, json({json})) WHERE table_id = {tableId} AND data ->> {Key(field)} IS NULL", ct);

    /// <summary>The next batch of (id, value as JSON) of records of a datasource holding a value, after an id.</summary>
    public Task<List<(long Id, string Json)>> ReadValuesAsync(string field, int datasourceId, long afterId, CancellationToken ct) =>
        db.ReadAsync<(long, string)>(
            $"""
            SELECT id, CAST(data -> {Key(field)} AS text) FROM records
            WHERE table_id = {tableId} AND datasource_id = {datasourceId} AND id > {afterId} AND data ->> {Key(field)} IS NOT NULL
            ORDER BY id LIMIT {BatchSize}
            """,
            reader => (reader.GetInt64(0), reader.GetString(1)), ct);

    /// <summary>Writes new values (JSON by record id) of a datasource's records in one statement.</summary>
    public Task<int> WriteValuesAsync(string field, int datasourceId, IReadOnlyDictionary<long, string> values, CancellationToken ct)
    {
        var changes = "{" + string.Join(",", values.Select(v => $"\"{v.Key}\":{v.Value}")) + "}";
        var ids = values.Keys.ToArray();
        return IsPostgres
            ? db.Database.ExecuteSqlAsync(
                $"""
                UPDATE records SET data = jsonb_set(data, ARRAY[{field}], CAST({changes} AS jsonb) -> CAST(id AS text))
                WHERE table_id = {tableId} AND datasource_id = {datasourceId} AND id = ANY({ids})
                """, ct)
            : db.Database.ExecuteSqlAsync(
                $"""
                UPDATE records SET data = json_set(data, {Key(field)}, json({changes} -> ('$."' || id || '"')))
                WHERE table_id = {tableId} AND datasource_id = {datasourceId} AND id IN (SELECT value FROM json_each({"[" + string.Join(",", ids) + "]"}))
                """, ct);
    }
}
