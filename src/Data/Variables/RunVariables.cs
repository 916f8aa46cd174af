using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Runs;
using Platform.Data.Secrets;

namespace Platform.Data.Variables;

/// <summary>
/// The decrypted environment variables runs read, per workspace. A busy workspace starts hundreds of runs a second, so
/// its variables are read and decrypted at most once per <see cref="Lifetime"/>; a change made through this process's
/// <see cref="VariableStore"/> is forgotten at once, one made on another node applies within the lifetime.
/// </summary>
public sealed class RunVariables(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock, ISecretProtector secrets)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<int, Entry> _read = new();

    /// <summary>One read of a workspace's variables, shared by every run that starts while it is fresh.</summary>
    private sealed record Entry(Lazy<Task<IReadOnlyDictionary<string, string>>> Read, DateTimeOffset ReadAt);

    /// <summary>The workspace's variables; throws, naming the variable, when a value cannot be decrypted (its key is lost).</summary>
    public async ValueTask<IReadOnlyDictionary<string, string>> GetAsync(int workspaceId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!_read.TryGetValue(workspaceId, out var entry) || now - entry.ReadAt >= Lifetime || entry.Read.Value.IsFaulted)
        {
            // Runs starting together share one read: a burst of 256 runs must not open 256 connections.
            var fresh = new Entry(new Lazy<Task<IReadOnlyDictionary<string, string>>>(() => ReadAsync(workspaceId)), now);
            if (_read.Count > 10_000)
                _read.Clear();
            entry = entry is not null && _read.TryUpdate(workspaceId, fresh, entry) ? fresh : _read.GetOrAdd(workspaceId, fresh);
        }
        return await entry.Read.Value.WaitAsync(ct);
    }

    /// <summary>The workspace's variables changed: its next run reads them again.</summary>
    public void Forget(int workspaceId) => _read.TryRemove(workspaceId, out _);

    private async Task<IReadOnlyDictionary<string, string>> ReadAsync(int workspaceId)
    {
        await using var session = await RunSession.OpenAsync(contexts, transaction: false, CancellationToken.None);
        var rows = await session.ReadAsync(
            Sql.Of($"SELECT name, protected_value FROM workspace_variables WHERE workspace_id = {workspaceId}"),
            r => (Name: r.GetString(0), Protected: r.GetString(1)), CancellationToken.None);
        var variables = new Dictionary<string, string>(rows.Count, StringComparer.Ordinal);
        foreach (var (name, protectedValue) in rows)
        {
            variables[name] = secrets.Unprotect(protectedValue) ?? throw new InvalidOperationException(
                $"The value of the environment variable '{name}' cannot be decrypted: the server lost the key it was encrypted with. Replace its value in the workspace's settings.");
        }
        return variables;
    }
}
