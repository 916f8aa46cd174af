using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Engine.Scheduling;

namespace Platform.Engine.Work;

public sealed record SchedulerOptions
{
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Due tasks read per query; a tick reads batches until fewer come back.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Bounds one tick even if commits keep failing, so a tick always ends.</summary>
    public int MostBatchesPerTick { get; init; } = 100;

    public TimeSpan Lateness { get; init; } = OccurrencePlanner.DefaultLateness;
}

/// <summary>What one tick did.</summary>
public sealed record SchedulerTick(int Planned, int Enqueued, int Skipped, int Conflicts, int Reaped);

/// <summary>
/// The scheduler: each tick plans every due task (<see cref="OccurrencePlanner"/>) and stores each plan in one
/// transaction, then reaps expired leases. Several nodes may tick at once: a plan is stored only if the task's next
/// occurrence is still the one it was planned from, and a run's (task, occurrence, attempt) is unique.
/// </summary>
public sealed class SchedulerLoop(
    IScheduledTaskSource source,
    CompiledTaskCache compiled,
    TimeProvider clock,
    SchedulerOptions options,
    LeaseReaper? reaper = null,
    EngineMetrics? metrics = null,
    ILogger? logger = null)
{
    private readonly OccurrencePlanner _planner = new(options.Lateness);
    private readonly ILogger _log = logger ?? NullLogger.Instance;

    public async Task<SchedulerTick> TickAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var tick = new SchedulerTick(0, 0, 0, 0, 0);
        for (var batch = 0; batch < options.MostBatchesPerTick; batch++)
        {
            var due = await source.FindDueAsync(now, options.BatchSize, cancellationToken);
            foreach (var task in due)
                tick = Add(tick, await PlanAsync(task, now, cancellationToken));
            if (due.Count < options.BatchSize)
                break;
        }
        var reaped = reaper is null ? 0 : await reaper.ReapAsync(cancellationToken);
        metrics?.Planned(tick);
        return tick with { Reaped = reaped };
    }

    /// <summary>Raised after each tick of <see cref="RunAsync"/>: a host wakes its workers when runs were queued.</summary>
    public event Action<SchedulerTick>? Ticked;

    /// <summary>Ticks until stopped; a host's background service calls this.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var tick = await TickAsync(stoppingToken);
                Ticked?.Invoke(tick);
                await Task.Delay(options.TickInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception unreachable) when (unreachable is not OutOfMemoryException)
            {
                // The database could not be reached: nothing was half-stored (each plan is one transaction); tick again.
                await Task.Delay(options.TickInterval, clock, CancellationToken.None);
            }
        }
    }

    private async Task<SchedulerTick> PlanAsync(DueTask due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = compiled.Get(due.Task);
        var plan = _planner.Plan(task.Schedule, task.Policies, due.NextOccurrence, due.Pending, now);
        var commit = ToCommit(due, plan);
        if (!await source.CommitAsync(commit, cancellationToken))
        {
            RunLog.PlannedElsewhere(_log, due.Task.TaskId);
            return new SchedulerTick(0, 0, 0, 1, 0);
        }
        LogDecisions(due.Task, task.Policies.MissedRuns, plan);
        return new SchedulerTick(1, commit.Runs.Count, commit.Skipped.Count, 0, 0);
    }

    private void LogDecisions(PublishedTask task, MissedRunPolicy missedRuns, OccurrencePlan plan)
    {
        foreach (var skipped in plan.Skipped)
            RunLog.Skipped(_log, skipped.ScheduledFor, task.TaskId, task.Version, skipped.Reason);
        if (!plan.MissedAny || !_log.IsEnabled(LogLevel.Information))
            return;
        var action = missedRuns == MissedRunPolicy.SkipAll ? "none of them runs"
            : plan.Enqueue.Count > 0 ? $"runs once for {plan.Enqueue[^1]:o}"
            : "none runs (an occurrence was on time or skipped)";
        var policy = TaskSettingsNames.Of(missedRuns);
        RunLog.Missed(_log, task.TaskId, task.Version, policy, action, plan.Next);
    }

    private static ScheduleCommit ToCommit(DueTask due, OccurrencePlan plan)
    {
        var task = due.Task;
        return new ScheduleCommit(
            task.TaskId,
            task.Version,
            due.NextOccurrence,
            plan.Next,
            [.. plan.Enqueue.Select(at => new NewRun(task.TaskId, task.WorkspaceId, task.Version, task.Datasource, RunTrigger.Schedule, at, 1, at))],
            [.. plan.Skipped.Select(s => new SkippedRun(task.TaskId, task.WorkspaceId, task.Version, task.Datasource, s.ScheduledFor, s.Reason))]);
    }

    private static SchedulerTick Add(SchedulerTick a, SchedulerTick b) =>
        new(a.Planned + b.Planned, a.Enqueued + b.Enqueued, a.Skipped + b.Skipped, a.Conflicts + b.Conflicts, a.Reaped + b.Reaped);
}
