namespace Platform.Engine.Work.InMemory;

/// <summary>
/// Published tasks in memory, planned against an <see cref="InMemoryRunQueue"/>: a commit updates the task and adds
/// its runs under the queue's lock, as the database does in one transaction.
/// </summary>
public sealed class InMemoryTaskSource(InMemoryRunQueue queue, TimeProvider clock, CompiledTaskCache? compiled = null)
    : IScheduledTaskSource, ITaskVersionSource
{
    private readonly CompiledTaskCache _compiled = compiled ?? new CompiledTaskCache();
    private readonly Dictionary<int, ScheduledTask> _tasks = [];
    private readonly Dictionary<(int TaskId, int Version), PublishedTask> _versions = [];

    private sealed record ScheduledTask(PublishedTask Current, bool Active, DateTimeOffset? Next);

    /// <summary>Publishes a version: it becomes the one that runs, from its first occurrence after now.</summary>
    public void Publish(PublishedTask task, bool active = true)
    {
        lock (queue.Gate)
        {
            _versions[(task.TaskId, task.Version)] = task;
            _tasks[task.TaskId] = new ScheduledTask(task, active, active ? FirstOccurrence(task) : null);
        }
    }

    /// <summary>Activates (from the next occurrence after now, not the missed ones) or deactivates a task.</summary>
    public void SetActive(int taskId, bool active)
    {
        lock (queue.Gate)
        {
            if (_tasks.TryGetValue(taskId, out var task))
                _tasks[taskId] = task with { Active = active, Next = active ? FirstOccurrence(task.Current) : null };
        }
    }

    /// <summary>Deletes a task; its versions go with it.</summary>
    public void Delete(int taskId)
    {
        lock (queue.Gate)
        {
            _tasks.Remove(taskId);
            foreach (var key in _versions.Keys.Where(k => k.TaskId == taskId).ToList())
                _versions.Remove(key);
        }
    }

    public DateTimeOffset? NextOccurrence(int taskId)
    {
        lock (queue.Gate)
            return _tasks.GetValueOrDefault(taskId)?.Next;
    }

    /// <summary>Sets the stored next occurrence, as a database restored from before a downtime would hold it.</summary>
    public void SetNextOccurrence(int taskId, DateTimeOffset? next)
    {
        lock (queue.Gate)
            _tasks[taskId] = _tasks[taskId] with { Next = next };
    }

    public Task<IReadOnlyList<DueTask>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (queue.Gate)
        {
            IReadOnlyList<DueTask> due = [.. _tasks.Values
                .Where(t => t.Active && t.Next <= now)
                .OrderBy(t => t.Next)
                .Take(limit)
                .Select(t => new DueTask(t.Current, t.Next!.Value, queue.PendingFor(t.Current.TaskId)))];
            return Task.FromResult(due);
        }
    }

    public Task<bool> CommitAsync(ScheduleCommit commit, CancellationToken cancellationToken)
    {
        lock (queue.Gate)
        {
            if (!_tasks.TryGetValue(commit.TaskId, out var task) || !task.Active
                || task.Current.Version != commit.Version || task.Next != commit.ExpectedNext)
                return Task.FromResult(false);
            _tasks[commit.TaskId] = task with { Next = commit.Next };
            foreach (var run in commit.Runs)
                queue.AddQueued(run);
            foreach (var skipped in commit.Skipped)
                queue.AddSkipped(skipped);
            return Task.FromResult(true);
        }
    }

    public Task<PublishedTask?> FindAsync(int taskId, int version, CancellationToken cancellationToken)
    {
        lock (queue.Gate)
            return Task.FromResult(_versions.GetValueOrDefault((taskId, version)));
    }

    private DateTimeOffset? FirstOccurrence(PublishedTask task) =>
        Scheduling.OccurrencePlanner.FirstOccurrence(_compiled.Get(task).Schedule, clock.GetUtcNow());
}
