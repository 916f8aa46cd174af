using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Platform.Engine.Work;

public sealed record NodeHeartbeatOptions
{
    /// <summary>How often a node beats (and counts the queue for the gauges).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A node silent this long is shown as lost.</summary>
    public TimeSpan LostAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A node silent this long is removed from the registry.</summary>
    public TimeSpan ForgetAfter { get; init; } = TimeSpan.FromHours(24);

    public IReadOnlyList<string> Validate() =>
        Interval <= TimeSpan.Zero ? ["The node heartbeat interval must be positive."]
        : LostAfter < Interval * 2 ? [$"A node must count as lost only after two missed heartbeats ({(Interval * 2).TotalSeconds:0.###} s) or more."]
        : ForgetAfter < LostAfter ? ["Nodes must be forgotten no sooner than they count as lost."]
        : [];
}

/// <summary>
/// Keeps this process in the node registry: registers it, beats every <see cref="NodeHeartbeatOptions.Interval"/> with
/// the worker's load and the engine's counters, forgets long-silent nodes, counts the queue for the gauges, and
/// removes the node when the process stops gracefully. A host runs <see cref="RunAsync"/>; tests call <see cref="BeatAsync"/>.
/// </summary>
public sealed partial class NodeHeartbeat(
    INodeRegistry registry,
    IQueueDepthSource queue,
    NodeIdentity node,
    Worker worker,
    EngineMetrics metrics,
    TimeProvider clock,
    NodeHeartbeatOptions options,
    ILogger? logger = null)
{
    private readonly NodeHeartbeatOptions _options =
        options.Validate() is [var problem, ..] ? throw new ArgumentException(problem, nameof(options)) : options;
    private readonly ILogger _log = logger ?? NullLogger.Instance;
    private bool _registered;

    public NodeIdentity Node => node;

    /// <summary>One beat: register (again, if the row was forgotten) or record the heartbeat; forget silent nodes; count the queue.</summary>
    public async Task BeatAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var beat = new NodeBeat(now, worker.RunningCount, worker.Capacity, metrics.Counts());
        if (!_registered || !await registry.HeartbeatAsync(node.Name, beat, cancellationToken))
        {
            await registry.RegisterAsync(node, beat, cancellationToken);
            if (_registered)
                Reregistered(_log, node.Name);
            _registered = true;
        }
        var forgotten = await registry.ForgetSilentAsync(now - _options.ForgetAfter, cancellationToken);
        if (forgotten > 0)
            Forgot(_log, forgotten, _options.ForgetAfter.TotalHours);
        metrics.QueueCounted(await queue.CountAsync(now, cancellationToken));
    }

    /// <summary>Beats until stopped; a beat that fails (the database is unreachable) is logged and tried again at the next interval.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await BeatAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception unreachable) when (unreachable is not OutOfMemoryException)
            {
                BeatFailed(_log, unreachable, node.Name);
            }
            try
            {
                await Task.Delay(_options.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Removes this node from the registry (graceful stop): it is gone, not lost.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => registry.RemoveAsync(node.Name, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Node {Node} could not record its heartbeat; trying again at the next beat.")]
    private static partial void BeatFailed(ILogger logger, Exception exception, string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Node {Node} had been forgotten by the registry (silent too long) and registered again.")]
    private static partial void Reregistered(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} node(s) silent for more than {Hours} hours.")]
    private static partial void Forgot(ILogger logger, int count, double hours);
}
