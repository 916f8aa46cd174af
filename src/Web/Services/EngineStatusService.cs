using Platform.Data.Runs;
using Platform.Engine.Work;
using Platform.Web.Identity;

namespace Platform.Web.Services;

/// <summary>
/// The engine status the status page shows, read as the signed-in user: nodes and the queue are the whole engine's
/// (shared by every workspace, naming none), leases only those of runs in the user's own workspaces.
/// </summary>
public sealed class EngineStatusService(EngineStatusReader reader, NodeHeartbeatOptions heartbeat, CurrentUser user)
{
    /// <summary>How long a node may be silent before it shows as lost.</summary>
    public TimeSpan LostAfter => heartbeat.LostAfter;

    public async Task<EngineStatus> ReadAsync(CancellationToken cancellationToken = default) =>
        await reader.ReadAsync(await user.GetIdAsync(), cancellationToken);
}
