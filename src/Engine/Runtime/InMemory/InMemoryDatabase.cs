using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.InMemory;

/// <summary>
/// The data behind every <see cref="InMemoryRecordStore"/> of one workspace: a set of tables per datasource. Records
/// are immutable objects, so a snapshot only copies the lists, and a transaction restores one when it fails.
/// </summary>
internal sealed class InMemoryDatabase
{
    private Dictionary<string, Dictionary<string, InMemoryTable>> _datasources = new(StringComparer.Ordinal);

    public Lock Gate { get; } = new();

    /// <summary>The table, or null when nothing was ever written to it.</summary>
    public InMemoryTable? Find(string datasource, string table) =>
        _datasources.TryGetValue(datasource, out var tables) && tables.TryGetValue(table, out var found) ? found : null;

    /// <summary>
    /// The table; reading one that no datasource has is the script's mistake, as in a real database. Tables belong to
    /// the workspace and each datasource holds its own records, so a table known elsewhere is empty here, not missing.
    /// </summary>
    public InMemoryTable Existing(string datasource, string table) =>
        Find(datasource, table)
        ?? (_datasources.Values.Any(tables => tables.ContainsKey(table)) ? Writable(datasource, table) : null)
        ?? throw ScriptErrorException.Fatal($"There is no table '{table}' in the datasource '{datasource}'.");

    /// <summary>The table, created empty on first write.</summary>
    public InMemoryTable Writable(string datasource, string table)
    {
        if (!_datasources.TryGetValue(datasource, out var tables))
            _datasources[datasource] = tables = new Dictionary<string, InMemoryTable>(StringComparer.Ordinal);
        if (!tables.TryGetValue(table, out var found))
            tables[table] = found = new InMemoryTable();
        return found;
    }

    public IReadOnlyDictionary<string, InMemoryTable> Tables(string datasource) =>
        _datasources.TryGetValue(datasource, out var tables) ? tables : new Dictionary<string, InMemoryTable>();

    public Snapshot Save() => new(_datasources.ToDictionary(
        d => d.Key,
        d => d.Value.ToDictionary(t => t.Key, t => t.Value.Copy(), StringComparer.Ordinal),
        StringComparer.Ordinal));

    public void Restore(Snapshot snapshot) => _datasources = Save(snapshot);

    // The snapshot stays reusable: restoring hands out copies of its tables.
    private static Dictionary<string, Dictionary<string, InMemoryTable>> Save(Snapshot snapshot) => snapshot.Datasources.ToDictionary(
        d => d.Key,
        d => d.Value.ToDictionary(t => t.Key, t => t.Value.Copy(), StringComparer.Ordinal),
        StringComparer.Ordinal);

    public sealed record Snapshot(Dictionary<string, Dictionary<string, InMemoryTable>> Datasources);
}

/// <summary>One table's records in id order and the next id to hand out.</summary>
internal sealed class InMemoryTable
{
    public List<XsObject> Records { get; private init; } = [];

    public long NextId { get; set; } = 1;

    public InMemoryTable Copy() => new() { Records = [.. Records], NextId = NextId };

    public int IndexOf(string field, XsValue value) => Records.FindIndex(record => RecordMatcher.SameValue(RecordMatcher.Field(record, field), value));

    /// <summary>Keeps ids increasing past any id a record brought with it (seed data, allow_id_field).</summary>
    public void NoteId(XsValue id)
    {
        if (id.IsInteger && id.AsInt >= NextId)
            NextId = id.AsInt + 1;
    }
}
