using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Platform.Engine.Work;

/// <summary>The ports a worker uses: the queue, published versions, run environments and (optionally) live output.</summary>
public sealed record WorkerPorts(IRunQueue Queue, ITaskVersionSource Versions, IRunEnvironmentFactory Environments, IRunOutputSink? Output = null);

/// <summary>
/// Claims queued runs and runs them, up to <see cref="WorkerOptions.MaxConcurrentRuns"/> at once. A host calls
/// <see cref="RunAsync"/> (and <see cref="StopAsync"/> at shutdown); tests drive <see cref="PollAsync"/> directly.
/// Several workers, in one process or many, may share one queue: the queue's claim and leases keep them apart.
/// </summary>
public sealed class Worker
{
    private readonly ExecutionServices _services;
    private readonly ConcurrentDictionary<long, (RunExecution Execution, Task Finished)> _running = new();
    private readonly AsyncSignal _wake = new();
    private readonly Lock _claimGate = new();
    private Task _claiming = Task.CompletedTask;
    private volatile bool _stopping;

    public Worker(
        WorkerPorts ports, WorkerOptions options, TimeProvider clock, Random random, CompiledTaskCache? compiled = null, EngineMetrics? metrics = null,
        ILogger? logger = null)
    {
        if (options.Validate() is [var problem, ..])
            throw new ArgumentException(problem, nameof(options));
        _services = new ExecutionServices(ports, compiled ?? new CompiledTaskCache(), clock, random, options, metrics, logger ?? NullLogger.Instance);
    }

    public string Node => _services.Options.Node;

    public int RunningCount => _running.Count;

    /// <summary>Runs this worker executes at once.</summary>
    public int Capacity => _services.Options.MaxConcurrentRuns;

    /// <summary>
    /// Claims as many runs as there are free slots and starts them; the answer counts them. Not to be called
    /// concurrently with itself (one loop per worker).
    /// </summary>
    public Task<int> PollAsync(CancellationToken cancellationToken = default)
    {
        // The claim in flight is kept so a graceful stop waits for the runs it is about to start, too.
        lock (_claimGate)
        {
            if (_stopping)
                return Task.FromResult(0);
            var claiming = ClaimAndStartAsync(cancellationToken);
            _claiming = claiming;
            return claiming;
        }
    }

    private async Task<int> ClaimAndStartAsync(CancellationToken cancellationToken)
    {
        var options = _services.Options;
        var free = options.MaxConcurrentRuns - _running.Count;
        if (free <= 0)
            return 0;
        var request = new ClaimRequest(options.Node, free, _services.Clock.GetUtcNow(), options.LeaseDuration, options.PerWorkspaceLimit);
        var claims = await _services.Ports.Queue.ClaimAsync(request, cancellationToken);
        foreach (var claim in claims)
            Start(claim);
        return claims.Count;
    }

    /// <summary>
    /// Polls until stopped: at once while work comes, else on a wake-up, when the next queued run falls due, or every
    /// poll interval, whichever comes first.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested && !_stopping)
        {
            try
            {
                var looked = _services.Clock.GetUtcNow();
                var started = await PollAsync(stoppingToken);
                if (RunningCount >= _services.Options.MaxConcurrentRuns)
                    await _wake.WaitAsync(_services.Options.PollInterval, _services.Clock, stoppingToken);
                else if (started == 0 && await IdleTimeAsync(looked, stoppingToken) is { } idle)
                    await _wake.WaitAsync(idle, _services.Clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception unreachable) when (unreachable is not OutOfMemoryException)
            {
                // The queue could not be reached; look again after the poll interval.
                await Task.Delay(_services.Options.PollInterval, _services.Clock, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// How long an idle worker may sleep: until the earliest queued run falls due (a run planned ahead starts at its
    /// instant), at most the poll interval; null when that run is due already (a clock tick apart) and the worker
    /// should look again at once.
    /// </summary>
    /// <remarks>
    /// Asked from <paramref name="looked"/>, the instant before the poll read the clock, not from now: a run that fell
    /// due while the claim was under way (a timer may fire a fraction of a millisecond early) was neither claimed nor
    /// is it after now, and would otherwise be left until the next wake-up.
    /// </remarks>
    private async Task<TimeSpan?> IdleTimeAsync(DateTimeOffset looked, CancellationToken cancellationToken)
    {
        var poll = _services.Options.PollInterval;
        if (await _services.Ports.Queue.NextDueAsync(looked, cancellationToken) is not { } next)
            return poll;
        var untilDue = next - _services.Clock.GetUtcNow();
        return untilDue <= TimeSpan.Zero ? null : untilDue < poll ? untilDue : poll;
    }

    /// <summary>Looks at the queue now (a NOTIFY arrived, or a run was queued in this process).</summary>
    public void Wake() => _wake.Set();

    /// <summary>Stops one run this worker is executing; it is recorded cancelled. False when it is not running here.</summary>
    public bool Cancel(long runId) => _running.TryGetValue(runId, out var running) && running.Execution.Stop(StopReason.Cancelled);

    /// <summary>Completes when every run started so far has been recorded.</summary>
    public Task WhenRunsFinishedAsync() => Task.WhenAll(_running.Values.Select(r => r.Finished));

    /// <summary>
    /// Graceful stop: claims nothing more, lets running runs finish within <paramref name="grace"/>, then hands the
    /// rest back to the queue (queued again, same attempt) so another node runs them.
    /// </summary>
    public async Task StopAsync(TimeSpan grace, CancellationToken cancellationToken = default)
    {
        Task claiming;
        lock (_claimGate)
        {
            _stopping = true;
            claiming = _claiming;
        }
        _wake.Set();
        // A claim that was in flight starts its runs after this point; they are this node's to finish or hand back.
        // (Its failure is the poll loop's to handle.)
        await claiming.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            await WhenRunsFinishedAsync().WaitAsync(grace, _services.Clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            foreach (var (execution, _) in _running.Values)
                execution.Stop(StopReason.HandBack);
            await WhenRunsFinishedAsync();
        }
    }

    private void Start(ClaimedRun claim)
    {
        var execution = new RunExecution(claim, _services);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _running[claim.Run.Id] = (execution, RunToEndAsync(execution, started.Task));
        started.SetResult();
    }

    // Registered before it starts, so WhenRunsFinishedAsync never misses a run that has just been claimed.
    private async Task RunToEndAsync(RunExecution execution, Task registered)
    {
        await registered;
        try
        {
            // On the thread pool: the interpreter runs synchronous statements without yielding, and the poll must go on.
            await Task.Run(execution.RunAsync);
        }
        catch (Exception lost) when (lost is not OutOfMemoryException)
        {
            // Recording failed (the queue is unreachable): the lease will expire and the reaper recovers the run.
        }
        finally
        {
            _running.TryRemove(execution.RunId, out _);
            execution.Dispose();
            _wake.Set();
        }
    }
}
