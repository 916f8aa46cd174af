using System.Collections.Concurrent;
using Platform.Engine.Language;
using Platform.Engine.Scheduling;
using Platform.Engine.Tasks;

namespace Platform.Engine.Work;

/// <summary>A published version made ready to plan and run: its script parsed once, its schedule built once.</summary>
public sealed record CompiledTask(PublishedTask Task, ParseResult Script, TaskScheduleDefinition Schedule)
{
    public TaskPolicies Policies => Task.Settings.Policies;

    public static CompiledTask Compile(PublishedTask task)
    {
        var script = XanoScriptParser.Parse(task.Script);
        return new CompiledTask(task, script, TaskScheduleDefinition.From(TaskFacts.Read(script.Document).Schedule, task.Settings));
    }
}

/// <summary>
/// Compiled versions by (task, version). Published versions never change, so an entry never goes stale; the cache
/// only forgets everything when it grows past its capacity (deleted tasks leave entries behind).
/// </summary>
public sealed class CompiledTaskCache(int capacity = 10_000)
{
    private readonly ConcurrentDictionary<(int TaskId, int Version), CompiledTask> _compiled = new();

    public CompiledTask Get(PublishedTask task)
    {
        if (_compiled.TryGetValue((task.TaskId, task.Version), out var known))
            return known;
        if (_compiled.Count >= capacity)
            _compiled.Clear();
        return _compiled.GetOrAdd((task.TaskId, task.Version), _ => CompiledTask.Compile(task));
    }
}
