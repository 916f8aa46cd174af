using Platform.Data.Model;

namespace Platform.Data.Tables;

/// <summary>
/// Brings the database's indexes on a table's records in line with its fields (indexed and unique ones). The table
/// store calls it inside the schema change's transaction, after the fields are saved; a table being deleted is
/// passed with no fields, so every index of it can go.
/// </summary>
public interface IRecordIndexSync
{
    Task SyncAsync(PlatformDbContext db, WorkspaceTable table, CancellationToken ct);
}
