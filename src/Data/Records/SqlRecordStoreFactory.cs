using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;

namespace Platform.Data.Records;

/// <summary>Makes the record store a run uses: one workspace, one datasource, the run's clock.</summary>
public sealed class SqlRecordStoreFactory(IDbContextFactory<PlatformDbContext> contexts, IRecordPasswordHasher passwords, TimeProvider clock)
{
    /// <summary>A store for the workspace's datasource; <paramref name="runClock"/> (else the system's) stamps created_at.</summary>
    public SqlRecordStore Create(int workspaceId, int datasourceId, TimeProvider? runClock = null) =>
        new(contexts, workspaceId, datasourceId, runClock ?? clock, passwords);
}
