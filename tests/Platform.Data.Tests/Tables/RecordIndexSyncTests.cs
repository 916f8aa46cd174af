using Platform.Data.Model;
using Platform.Data.Tables;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Tables;

/// <summary>The table store calls the index hook inside the change's transaction, only when indexes are affected.</summary>
public abstract class RecordIndexSyncTests : WorkspaceDataTests
{
    private readonly RecordingSync _sync = new();

    private TableStore IndexedTables => new(Database, Clock, _sync);

    [Fact]
    public async Task SchemaChanges_SyncOnlyWhenAnIndexedOrUniqueFieldIsInvolved()
    {
        await GivenAdasWorkspaceAsync();
        var table = (await IndexedTables.CreateAsync(Ada, WorkspaceId, "user")).Value!;

        table = (await IndexedTables.AddFieldAsync(Ada, WorkspaceId, table.Id, new FieldSpec("plain", FieldType.Text), table.ConcurrencyStamp)).Value!;
        table = (await IndexedTables.AddFieldAsync(Ada, WorkspaceId, table.Id, new FieldSpec("email", FieldType.Email, IsUnique: true), table.ConcurrencyStamp)).Value!;
        table = (await IndexedTables.RenameFieldAsync(Ada, WorkspaceId, table.Id, "plain", "note", table.ConcurrencyStamp)).Value!;
        table = (await IndexedTables.RenameFieldAsync(Ada, WorkspaceId, table.Id, "email", "mail", table.ConcurrencyStamp)).Value!;
        table = (await IndexedTables.ChangeFieldOptionsAsync(Ada, WorkspaceId, table.Id, "note", new FieldOptions(true, false, false, IsIndexed: true, null), table.ConcurrencyStamp)).Value!;
        table = (await IndexedTables.DropFieldAsync(Ada, WorkspaceId, table.Id, "mail", false, table.ConcurrencyStamp)).Value!;
        await IndexedTables.DeleteAsync(Ada, WorkspaceId, table.Id, 0, table.ConcurrencyStamp);

        Assert.Equal(
        [
            "user (in transaction): plain, email",
            "user (in transaction): note, mail",
            "user (in transaction): note*, mail",
            "user (in transaction): note*",
            "user (in transaction): ",
        ], _sync.Calls);
    }

    [Fact]
    public async Task SyncFails_TheWholeChangeIsRolledBack()
    {
        await GivenAdasWorkspaceAsync();
        var table = (await IndexedTables.CreateAsync(Ada, WorkspaceId, "user")).Value!;
        _sync.Fail = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            IndexedTables.AddFieldAsync(Ada, WorkspaceId, table.Id, new FieldSpec("email", FieldType.Email, IsIndexed: true), table.ConcurrencyStamp));

        var after = await ReloadAsync(table);
        Assert.Empty(after.Fields);
        Assert.Equal(table.ConcurrencyStamp, after.ConcurrencyStamp);
    }

    private sealed class RecordingSync : IRecordIndexSync
    {
        public List<string> Calls { get; } = [];

        public bool Fail { get; set; }

        public Task SyncAsync(PlatformDbContext db, WorkspaceTable table, CancellationToken ct)
        {
            if (Fail)
                throw new InvalidOperationException("index creation failed");
            var fields = string.Join(", ", table.Fields.OrderBy(f => f.Position).Select(f => f.Name + (f.IsIndexed ? "*" : "")));
            var where = db.Database.CurrentTransaction is null ? "outside" : "in transaction";
            Calls.Add($"{table.Name} ({where}): {fields}");
            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteRecordIndexSyncTests : RecordIndexSyncTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordIndexSyncTests(PostgresServer server) : RecordIndexSyncTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
