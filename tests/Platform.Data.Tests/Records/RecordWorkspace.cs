using Microsoft.EntityFrameworkCore;
using Platform.Data.Records;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Engine.Language;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Sandbox;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Records;

/// <summary>A workspace with tables, for record store tests: builds tables with fields and runs scripts on a datasource.</summary>
public sealed class RecordWorkspace(TestDatabase database, TimeProvider clock, int id)
{
    public int Id => id;

    public static async Task<RecordWorkspace> CreateAsync(TestDatabase database, TimeProvider clock, Guid owner, string name)
    {
        var created = await new WorkspaceStore(database, clock).CreateAsync(owner, name);
        return new RecordWorkspace(database, clock, created.Value!.Id);
    }

    public async Task<int> DatasourceIdAsync(string name)
    {
        await using var db = database.CreateDbContext();
        return await db.Datasources.Where(d => d.WorkspaceId == id && d.Name == name).Select(d => d.Id).SingleAsync();
    }

    public async Task AddDatasourceAsync(string name)
    {
        await using var db = database.CreateDbContext();
        db.Datasources.Add(new Datasource { WorkspaceId = id, Name = name, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    public async Task<WorkspaceTable> AddTableAsync(string name, params TableField[] fields)
    {
        await using var db = database.CreateDbContext();
        var table = new WorkspaceTable { WorkspaceId = id, Name = name, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].Position = i;
            table.Fields.Add(fields[i]);
        }
        db.Tables.Add(table);
        await db.SaveChangesAsync();
        await RecordIndexes.SyncAsync(db, table, CancellationToken.None);
        return table;
    }

    public async Task<SqlRecordStore> StoreAsync(string datasource = Datasource.Live, IRecordPasswordHasher? passwords = null) =>
        new(database, id, await DatasourceIdAsync(datasource), clock, passwords ?? Fast);

    public async Task<RunResult> RunAsync(string script, string datasource = Datasource.Live) =>
        await RunAsync(script, await StoreAsync(datasource), datasource);

    public Task<RunResult> RunAsync(string script, SqlRecordStore store, string datasource = Datasource.Live) =>
        ScriptRunner.RunAsync(XanoScriptParser.Parse(script), Environment(store, datasource));

    public RunEnvironment Environment(SqlRecordStore store, string datasource = Datasource.Live) => new()
    {
        Records = store,
        Clock = clock,
        Datasource = datasource,
        Random = new Random(42),
        Limits = RunLimits.Default with { WallTime = TimeSpan.FromSeconds(60) },
    };

    /// <summary>Few iterations: tests hash many passwords.</summary>
    public static Pbkdf2RecordPasswordHasher Fast { get; } = new(iterations: 1_000);

    public static TableField Field(string name, FieldType type, bool required = false, bool unique = false, bool indexed = false,
        bool nullable = true, string? defaultJson = null, bool list = false, params string[] values) => new()
        {
            Name = name,
            Type = type,
            IsRequired = required,
            IsUnique = unique,
            IsIndexed = indexed,
            IsNullable = nullable,
            DefaultJson = defaultJson,
            IsList = list,
            EnumValues = [.. values],
        };
}
