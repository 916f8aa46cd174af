namespace Platform.Engine.Work;

/// <summary>
/// Recovers runs whose node stopped heartbeating (crashed, killed, cut off): they become interrupted and are retried
/// per their task's policy. Safe to run on every node at once: the queue interrupts a run only while its expired
/// lease is still the one found, so exactly one reaper wins.
/// </summary>
public sealed class LeaseReaper(IRunQueue queue, ITaskVersionSource versions, TimeProvider clock, Random random, int batchSize = 100)
{
    public const string Reason = "The node running it stopped renewing its lease.";

    /// <summary>Interrupts the runs whose lease has expired; the answer counts them.</summary>
    public async Task<int> ReapAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reaped = 0;
        foreach (var run in await queue.FindExpiredLeasesAsync(now, batchSize, cancellationToken))
        {
            if (run.Lease is not { } lease)
                continue;
            var task = await versions.FindAsync(run.TaskId, run.Version, cancellationToken);
            var retry = task is null ? null : RetryPlanner.Plan(run, RunState.Interrupted, task.Settings.Policies.Retry, now, random);
            if (await queue.InterruptAsync(run.Id, lease, now, Reason, retry, cancellationToken))
                reaped++;
        }
        return reaped;
    }

    /// <summary>
    /// Reaps every <paramref name="interval"/> until stopped. A host runs this on its own loop rather than after each
    /// scheduler tick: a tick can take long (many due tasks, a busy database), and a crashed node's runs must not
    /// wait for it.
    /// </summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReapAsync(stoppingToken);
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception unreachable) when (unreachable is not OutOfMemoryException)
            {
                // The queue could not be reached: nothing was half-done (each interruption is one transaction); look again.
                await Task.Delay(interval, clock, CancellationToken.None);
            }
        }
    }
}
