using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Tables;
using Platform.Data.Workspaces;

namespace Platform.Data.Tests;

/// <summary>
/// Tests over a workspace's tables and records: Ada owns workspace "Acme"; records are inserted directly as rows
/// (JSON documents), the way the record store stores them.
/// </summary>
public abstract class WorkspaceDataTests : DatabaseTests
{
    protected Guid Ada { get; private set; }

    protected int WorkspaceId { get; private set; }

    protected TableStore Tables => new(Database, Clock);

    protected DatasourceStore Datasources => new(Database, Clock);

    protected async Task GivenAdasWorkspaceAsync()
    {
        Ada = await CreateUserAsync("ada");
        WorkspaceId = await CreateWorkspaceAsync(Ada, "Acme");
    }

    protected async Task<int> CreateWorkspaceAsync(Guid owner, string name) =>
        (await new WorkspaceStore(Database, Clock).CreateAsync(owner, name)).Value!.Id;

    protected async Task<Guid> GivenMemberAsync(string name, WorkspaceRole role)
    {
        var user = await CreateUserAsync(name);
        await AddMemberAsync(WorkspaceId, user, role);
        return user;
    }

    /// <summary>Creates a table with fields in Ada's workspace and returns it as last saved.</summary>
    protected async Task<TableDocument> GivenTableAsync(string name, params FieldSpec[] fields) =>
        await GivenTableAsync(WorkspaceId, Ada, name, fields);

    protected async Task<TableDocument> GivenTableAsync(int workspaceId, Guid owner, string name, params FieldSpec[] fields)
    {
        var table = (await Tables.CreateAsync(owner, workspaceId, name)).Value!;
        foreach (var field in fields)
        {
            var added = await Tables.AddFieldAsync(owner, workspaceId, table.Id, field, table.ConcurrencyStamp);
            Assert.True(added.Succeeded, added.Problem?.Message);
            table = added.Value;
        }
        return table;
    }

    protected async Task<TableDocument> ReloadAsync(TableDocument table) =>
        (await Tables.GetAsync(Ada, table.WorkspaceId, table.Id)).Value!;

    /// <summary>Inserts records (JSON objects) into a datasource with the next ids, as the record store would.</summary>
    protected async Task InsertAsync(TableDocument table, string datasource, params string[] documents)
    {
        await using var db = Database.CreateDbContext();
        var datasourceId = await DatasourceIdAsync(db, table.WorkspaceId, datasource);
        var sequence = await db.RecordSequences.SingleOrDefaultAsync(s => s.TableId == table.Id && s.DatasourceId == datasourceId);
        if (sequence is null)
        {
            sequence = new RecordSequence { TableId = table.Id, DatasourceId = datasourceId };
            db.RecordSequences.Add(sequence);
        }
        foreach (var document in documents)
        {
            db.Records.Add(new WorkspaceRecord
            {
                TableId = table.Id,
                DatasourceId = datasourceId,
                Id = ++sequence.LastId,
                CreatedAt = Now.ToUnixTimeMilliseconds(),
                Data = document,
            });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>The records of a datasource in id order, as JSON objects.</summary>
    protected async Task<List<JsonObject>> RecordsAsync(TableDocument table, string datasource)
    {
        await using var db = Database.CreateDbContext();
        var datasourceId = await DatasourceIdAsync(db, table.WorkspaceId, datasource);
        var documents = await db.Records.AsNoTracking().Where(r => r.TableId == table.Id && r.DatasourceId == datasourceId)
            .OrderBy(r => r.Id).Select(r => r.Data).ToListAsync();
        return [.. documents.Select(d => JsonNode.Parse(d)!.AsObject())];
    }

    protected async Task<long?> LastIdAsync(TableDocument table, string datasource)
    {
        await using var db = Database.CreateDbContext();
        var datasourceId = await DatasourceIdAsync(db, table.WorkspaceId, datasource);
        return await db.RecordSequences.Where(s => s.TableId == table.Id && s.DatasourceId == datasourceId)
            .Select(s => (long?)s.LastId).SingleOrDefaultAsync();
    }

    /// <summary>A JSON value of a record for comparisons that ignore how each provider formats JSON.</summary>
    protected static string? Value(JsonObject record, string field) =>
        record.TryGetPropertyValue(field, out var value) ? value?.ToJsonString() ?? "null" : null;

    private static Task<int> DatasourceIdAsync(Platform.Data.Model.PlatformDbContext db, int workspaceId, string name) =>
        db.Datasources.Where(d => d.WorkspaceId == workspaceId && d.Name == name).Select(d => d.Id).SingleAsync();
}
