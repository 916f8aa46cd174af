using Microsoft.Extensions.Logging;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;
using Platform.Engine.Scheduling;

namespace Platform.Engine.Work;

/// <summary>Why a run was stopped before its script ended; the first reason wins.</summary>
internal enum StopReason
{
    None,
    Cancelled,
    HandBack,
    LeaseLost,
}

/// <summary>What every run of a worker shares.</summary>
internal sealed record ExecutionServices(
    WorkerPorts Ports, CompiledTaskCache Compiled, TimeProvider Clock, Random Random, WorkerOptions Options, EngineMetrics? Metrics, ILogger Log);

/// <summary>
/// One claimed run from start to record: fetch the version, build the environment, run the script under the task's
/// timeout while a heartbeat renews the lease, then record the outcome and plan the retry.
/// </summary>
internal sealed class RunExecution(ClaimedRun claim, ExecutionServices services) : IDisposable
{
    private const string HandBackReason = "The node stopped before the run finished; the run went back to the queue.";
    private readonly CancellationTokenSource _stop = new();
    private int _reason;
    private RetryPolicy _retry = RetryPolicy.None;

    public long RunId => claim.Run.Id;

    public StopReason Reason => (StopReason)Volatile.Read(ref _reason);

    /// <summary>Stops the script; false when it was already being stopped for another reason.</summary>
    public bool Stop(StopReason reason)
    {
        if (Interlocked.CompareExchange(ref _reason, (int)reason, (int)StopReason.None) != (int)StopReason.None)
            return false;
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run has already ended; there is nothing left to stop.
        }
        return true;
    }

    public async Task RunAsync()
    {
        using var scope = RunLog.BeginRun(services.Log, claim.Run, services.Options.Node);
        // Checkpoint 1, claimed: the run is ours under a lease. If this node dies from here on, nobody renews the
        // lease; once it expires the reaper marks the run interrupted and retries it. At least once, never lost.
        RunResult result;
        using (var heartbeat = new CancellationTokenSource())
        {
            var beating = HeartbeatAsync(heartbeat.Token);
            result = await ExecuteAsync();
            await heartbeat.CancelAsync();
            await beating;
        }
        // Checkpoint 2, ran: the script has ended and nothing is recorded. A crash here runs the occurrence again.
        try
        {
            await RecordAsync(result);
        }
        catch (Exception lost) when (lost is not OutOfMemoryException)
        {
            RunLog.NotRecorded(services.Log, lost, RunId);
            throw;
        }
        // Checkpoint 3, recorded: under our lease, or not at all when the lease was lost, so at most once.
    }

    public void Dispose() => _stop.Dispose();

    private async Task<RunResult> ExecuteAsync()
    {
        var run = claim.Run;
        var ports = services.Ports;
        try
        {
            if (await ports.Versions.FindAsync(run.TaskId, run.Version, _stop.Token) is not { } task)
                return Failed("ERROR_FATAL", $"Version {run.Version} of the task no longer exists; the task was deleted.");
            var compiled = services.Compiled.Get(task);
            _retry = compiled.Policies.Retry;
            var environment = await ports.Environments.CreateAsync(new RunTarget(run.WorkspaceId, run.Datasource, run.TaskId, run.Id), _stop.Token);
            environment = environment with
            {
                Clock = services.Clock,
                Limits = environment.Limits with { WallTime = compiled.Policies.EffectiveTimeout(environment.Limits.WallTime) },
                Observer = ports.Output is { } sink && sink.Observes(run) ? new RunOutputObserver(run.Id, sink) : environment.Observer,
            };
            ports.Output?.OnStarted(run);
            var startedAt = run.StartedAt ?? services.Clock.GetUtcNow();
            services.Metrics?.Started(run, startedAt);
            var lagMs = Math.Max(0, (startedAt - run.NotBefore).TotalMilliseconds);
            RunLog.Started(services.Log, run.Id, lagMs);
            return await ScriptRunner.RunAsync(compiled.Script, environment, null, _stop.Token);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return Failed("ERROR_CANCELLED", "The run was cancelled.", RunStatus.Cancelled);
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            // The datasource or the version could not be reached: a fault of this server, retried per policy.
            return Failed("ERROR_INTERNAL", $"The run could not start ({unexpected.GetType().Name}: {unexpected.Message}).");
        }
    }

    private async Task RecordAsync(RunResult result)
    {
        var run = claim.Run;
        var queue = services.Ports.Queue;
        var now = services.Clock.GetUtcNow();
        switch (Reason)
        {
            case StopReason.LeaseLost:
                RunLog.LeaseLost(services.Log, run.Id);
                // The reaper has recorded the run interrupted and planned its retry; anything written now would be a second outcome.
                return;
            case StopReason.HandBack:
                await queue.ReleaseAsync(run.Id, claim.Lease, now, HandBackReason, CancellationToken.None);
                RunLog.HandedBack(services.Log, run.Id);
                services.Ports.Output?.OnFinished(run.Id, RunState.Queued);
                return;
        }
        // The script's own status: a cancel that came after it had finished does not turn a success into a cancel.
        var state = StateOf(result.Status);
        var retry = RetryPlanner.Plan(run, state, _retry, now, services.Random);
        if (await queue.CompleteAsync(new RunCompletion(run.Id, claim.Lease, state, now, result), retry, CancellationToken.None))
        {
            services.Metrics?.Finished(state);
            var level = state == RunState.Succeeded ? LogLevel.Information : LogLevel.Warning;
            var (status, durationMs, errorCode) = (state.Name(), (long)result.Duration.TotalMilliseconds, result.Failure?.Error.Code);
            RunLog.Finished(services.Log, level, run.Id, status, durationMs, errorCode);
        }
        services.Ports.Output?.OnFinished(run.Id, state);
    }

    private async Task HeartbeatAsync(CancellationToken ended)
    {
        var leaseExpiresAt = claim.LeaseExpiresAt;
        var options = services.Options;
        while (!ended.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.HeartbeatInterval, services.Clock, ended);
                var expiresAt = services.Clock.GetUtcNow() + options.LeaseDuration;
                switch (await services.Ports.Queue.RenewLeaseAsync(claim.Run.Id, claim.Lease, expiresAt, ended))
                {
                    case LeaseStatus.Lost:
                        Stop(StopReason.LeaseLost);
                        return;
                    case LeaseStatus.CancelRequested:
                        Stop(StopReason.Cancelled);
                        break;
                }
                leaseExpiresAt = expiresAt;
            }
            catch (OperationCanceledException) when (ended.IsCancellationRequested)
            {
                return;
            }
            catch (Exception unreachable) when (unreachable is not OutOfMemoryException)
            {
                // The queue could not be reached: keep trying while the lease may still hold, then give the run up.
                if (services.Clock.GetUtcNow() >= leaseExpiresAt)
                {
                    Stop(StopReason.LeaseLost);
                    return;
                }
            }
        }
    }

    private static RunState StateOf(RunStatus status) => status switch
    {
        RunStatus.Succeeded => RunState.Succeeded,
        RunStatus.TimedOut => RunState.TimedOut,
        RunStatus.Cancelled => RunState.Cancelled,
        _ => RunState.Failed,
    };

    private static RunResult Failed(string code, string message, RunStatus status = RunStatus.Failed) =>
        new(status, XsValue.Null, [], [], 0, new RunFailure(new XsError(code, message), null), new RunCounters(0, 0, 0), TimeSpan.Zero);
}
