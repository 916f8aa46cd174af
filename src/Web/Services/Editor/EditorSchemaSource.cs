using Platform.Data.Tables;
using Platform.Engine.Language.Binding;
using Platform.Web.Identity;

namespace Platform.Web.Services.Editor;

/// <summary>
/// The workspace's tables and fields for the editor's checks and completion, as the signed-in user sees them.
/// Read at most every few seconds per circuit: a keystroke should not cost a query, yet a table added in another
/// tab shows up soon.
/// </summary>
public sealed partial class EditorSchemaSource(WorkspaceSchemaLoader loader, CurrentUser user, TimeProvider clock, ILogger<EditorSchemaSource> logger)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);
    private readonly Dictionary<int, (IWorkspaceSchema? Schema, DateTimeOffset ReadAt)> _cache = [];

    /// <summary>
    /// The schema, or null when the workspace is unknown to this user (checks then skip tables). While the database
    /// does not answer, the last schema read (or none) serves, so typing keeps its markers.
    /// </summary>
    public async Task<IWorkspaceSchema?> GetAsync(int workspaceId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var found = _cache.TryGetValue(workspaceId, out var cached);
        if (found && now - cached.ReadAt < Freshness)
            return cached.Schema;
        try
        {
            var loaded = await loader.LoadAsync(await user.GetIdAsync(), workspaceId, ct);
            var schema = loaded.Succeeded ? loaded.Value : null;
            _cache[workspaceId] = (schema, now);
            return schema;
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            LogSchemaUnavailable(logger, exception, workspaceId);
            _cache[workspaceId] = (cached.Schema, now);
            return cached.Schema;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the tables of workspace {WorkspaceId} for the editor failed; checking without them")]
    private static partial void LogSchemaUnavailable(ILogger logger, Exception exception, int workspaceId);
}
