using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Data.Providers;
using Platform.Data.Runs;
using Platform.Engine.Work;

namespace Platform.Web.Hosting.Engine;

/// <summary>
/// Keeps this process in the node registry while it runs (see <see cref="NodeHeartbeat"/>) and removes it on a graceful
/// stop, after the worker has drained (this service is registered first, so it stops last).
/// </summary>
internal sealed partial class NodeHeartbeatService(NodeHeartbeat heartbeat, ILogger<NodeHeartbeatService> logger) : BackgroundService
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Node {Node} could not remove itself from the registry; it will show as lost, then be forgotten.")]
    private static partial void NotRemoved(ILogger logger, Exception exception, string node);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => heartbeat.RunAsync(stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await heartbeat.StopAsync(cancellationToken);
        }
        catch (Exception unreachable) when (unreachable is not OutOfMemoryException)
        {
            NotRemoved(logger, unreachable, heartbeat.Node.Name);
        }
    }
}

/// <summary>Ticks the scheduler for the life of the process, waking this process's worker when it queued runs.</summary>
internal sealed class SchedulerService(SchedulerLoop scheduler, Worker worker) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        void WakeWorker(SchedulerTick tick)
        {
            if (tick.Enqueued > 0)
                worker.Wake();
        }
        scheduler.Ticked += WakeWorker;
        try
        {
            await scheduler.RunAsync(stoppingToken);
        }
        finally
        {
            scheduler.Ticked -= WakeWorker;
        }
    }
}

/// <summary>Runs queued runs; on shutdown finishes them within the grace period or hands them back to the queue.</summary>
internal sealed class WorkerService(Worker worker, IOptions<EngineHostOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.RunAsync(stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await worker.StopAsync(TimeSpan.FromSeconds(options.Value.ShutdownGraceSeconds), cancellationToken);
        await base.StopAsync(cancellationToken);
    }
}

/// <summary>Recovers the runs of nodes that stopped renewing their leases, every heartbeat, whatever the scheduler is doing.</summary>
internal sealed class ReaperService(LeaseReaper reaper, IOptions<EngineHostOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        reaper.RunAsync(TimeSpan.FromSeconds(options.Value.HeartbeatSeconds), stoppingToken);
}

/// <summary>
/// On PostgreSQL, wakes the worker when a run is queued anywhere (<c>LISTEN platform_runs</c>), so a run due now
/// starts within milliseconds instead of at the next poll. On SQLite (one node) the poll is enough.
/// </summary>
internal sealed partial class RunNotificationListener(Worker worker, IOptions<DatabaseOptions> database, ILogger<RunNotificationListener> logger)
    : BackgroundService
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for queued runs stopped; retrying in 5 seconds.")]
    private static partial void ListeningStopped(ILogger logger, Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Value.Provider != DatabaseProvider.Postgres)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception lost) when (lost is NpgsqlException or InvalidOperationException)
            {
                // The connection dropped: the worker still polls; listen again shortly.
                ListeningStopped(logger, lost);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(database.Value.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, _) => worker.Wake();
        await using (var listen = new NpgsqlCommand($"LISTEN {SqlRunQueue.NotifyChannel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
            await connection.WaitAsync(stoppingToken);
    }
}
