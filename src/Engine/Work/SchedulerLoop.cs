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

    /// <summary>
    /// How far ahead an occurrence is queued (to start at its instant, not before), so storing a plan is not part of
    /// a run's start lag. More than the tick interval, so each occurrence is queued before it is due.
    /// </summary>
    public TimeSpan PlanAhead { get; init; } = TimeSpan.FromSeconds(1);
}

/// <summary>What one tick did.</summary>
public sealed record SchedulerTick(int Planned, int Enqueued, int Skipped, int Conflicts, int Reaped);

/// <summary>
/// The scheduler: each tick plans every task due now or within <see cref="SchedulerOptions.PlanAhead"/>
/// (<see cref="OccurrencePlanner"/>) and stores the plans of each batch together, then reaps expired leases. Several
/// nodes may tick at once: a plan is stored only if the task's next occurrence is still the one it was planned from,
/// and a run's (task, occurrence, attempt) is unique.
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
            var due = await source.FindDueAsync(now + options.PlanAhead, options.BatchSize, cancellationToken);
            var stored = await PlanAsync(due, now, cancellationToken);
            tick = Add(tick, stored);
            // A batch that stored nothing holds only tasks waiting for a pending run, or planned by another node.
            if (due.Count < options.BatchSize || stored.Planned == 0)
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
                // The database could not be reached: nothing was half-stored (each batch of plans is one transaction); tick again.
                await Task.Delay(options.TickInterval, clock, CancellationToken.None);
            }
        }
    }

    /// <summary>Plans the tasks and stores the plans that change something, together.</summary>
    private async Task<SchedulerTick> PlanAsync(IReadOnlyList<DueTask> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var commits = new List<ScheduleCommit>(due.Count);
        var plans = new List<(PublishedTask Task, MissedRunPolicy MissedRuns, OccurrencePlan Plan)>(due.Count);
        foreach (var task in due)
        {
            var compiledTask = compiled.Get(task.Task);
            var plan = _planner.Plan(compiledTask.Schedule, compiledTask.Policies, task.NextOccurrence, task.Pending, now, options.PlanAhead);
            // Not yet due and waiting for a pending run: planned again next tick.
            if (plan.IsEmpty && plan.Next == task.NextOccurrence)
                continue;
            commits.Add(ToCommit(task, plan));
            plans.Add((task.Task, compiledTask.Policies.MissedRuns, plan));
        }
        if (commits.Count == 0)
            return new SchedulerTick(0, 0, 0, 0, 0);
        var stored = await source.CommitAllAsync(commits, cancellationToken);
        var tick = new SchedulerTick(0, 0, 0, 0, 0);
        for (var i = 0; i < commits.Count; i++)
        {
            if (stored[i])
                LogDecisions(plans[i].Task, plans[i].MissedRuns, plans[i].Plan);
            else
                RunLog.PlannedElsewhere(_log, plans[i].Task.TaskId);
            tick = Add(tick, stored[i] ? new SchedulerTick(1, commits[i].Runs.Count, commits[i].Skipped.Count, 0, 0) : new SchedulerTick(0, 0, 0, 1, 0));
        }
        return tick;
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
