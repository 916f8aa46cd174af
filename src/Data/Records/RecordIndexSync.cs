using Platform.Data.Model;
using Platform.Data.Tables;

namespace Platform.Data.Records;

/// <summary>The table store's hook to the records' expression indexes: rebuilt when a schema change touches them.</summary>
public sealed class RecordIndexSync : IRecordIndexSync
{
    public Task SyncAsync(PlatformDbContext db, WorkspaceTable table, CancellationToken ct) => RecordIndexes.SyncAsync(db, table, ct);
}
