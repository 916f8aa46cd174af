using Platform.Engine.Scheduling;

namespace Platform.Engine.Work;

/// <summary>A published (immutable) version of a task: what the engine runs, and how.</summary>
public sealed record PublishedTask(int TaskId, int WorkspaceId, int Version, string Script, TaskSettings Settings, string Datasource);

/// <summary>A task whose next occurrence has come, with its runs that have not finished.</summary>
public sealed record DueTask(PublishedTask Task, DateTimeOffset NextOccurrence, PendingRuns Pending);

/// <summary>
/// The scheduler's plan for one task, to store atomically: move the next occurrence from
/// <see cref="ExpectedNext"/> to <see cref="Next"/> (null: the schedule has ended), enqueue the runs and record the
/// skipped ones. Stored only if the task still has that version and that next occurrence, so two schedulers
/// planning the same task cannot both succeed.
/// </summary>
public sealed record ScheduleCommit(
    int TaskId,
    int Version,
    DateTimeOffset ExpectedNext,
    DateTimeOffset? Next,
    IReadOnlyList<NewRun> Runs,
    IReadOnlyList<SkippedRun> Skipped);

/// <summary>The tasks the scheduler plans: active tasks with a published version and a next occurrence.</summary>
public interface IScheduledTaskSource
{
    /// <summary>Up to <paramref name="limit"/> active, published tasks whose next occurrence is at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<DueTask>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a plan in one transaction (next occurrence, queued runs, skipped runs); false when the task changed
    /// since it was read (another scheduler planned it, or it was published, deactivated or deleted).
    /// </summary>
    Task<bool> CommitAsync(ScheduleCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Stores several plans, each as <see cref="CommitAsync(ScheduleCommit, CancellationToken)"/> would; a database
    /// stores them in one transaction (one commit for a tick's plans instead of one per task). The answer says, plan by
    /// plan, whether it was stored.
    /// </summary>
    async Task<IReadOnlyList<bool>> CommitAllAsync(IReadOnlyList<ScheduleCommit> commits, CancellationToken cancellationToken)
    {
        var stored = new List<bool>(commits.Count);
        foreach (var commit in commits)
            stored.Add(await CommitAsync(commit, cancellationToken));
        return stored;
    }
}

/// <summary>Published versions by number: what a worker runs for a claimed run.</summary>
public interface ITaskVersionSource
{
    /// <summary>The version, or null when the task was deleted since the run was queued.</summary>
    Task<PublishedTask?> FindAsync(int taskId, int version, CancellationToken cancellationToken);
}
