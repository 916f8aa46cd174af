using Platform.Data.Tasks;

namespace Platform.Web.Model;

/// <summary>The orders the sidebar offers.</summary>
public enum TaskSort
{
    Name,
    NextRun,
    LastRun,
}

/// <summary>An order as the sort menu offers it.</summary>
public sealed record TaskSortOption(TaskSort Sort, string Label);

/// <summary>
/// How the sidebar shows the workspace's tasks: a search (every word in the name or a tag), one tag, and an order.
/// All three live in the URL, so a filtered list can be shared and survives a reload.
/// </summary>
public sealed record TaskListView(string? Search = null, string? Tag = null, TaskSort Sort = TaskSort.Name)
{
    public static readonly IReadOnlyList<TaskSortOption> Sorts =
        [new(TaskSort.Name, "Name"), new(TaskSort.NextRun, "Next run"), new(TaskSort.LastRun, "Last run")];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Tag is not null;

    /// <summary>The sort as the URL names it; null for the default order.</summary>
    public string? SortKey => Sort switch
    {
        TaskSort.NextRun => "next_run",
        TaskSort.LastRun => "last_run",
        _ => null,
    };

    /// <summary>Reads the URL's sort; anything unknown falls back to sorting by name.</summary>
    public static TaskSort ParseSort(string? key) => key switch
    {
        "next_run" => TaskSort.NextRun,
        "last_run" => TaskSort.LastRun,
        _ => TaskSort.Name,
    };

    public IReadOnlyList<TaskListItem> Apply(IReadOnlyList<TaskListItem> tasks)
    {
        var visible = TaskListFilter.Apply(tasks, Search)
            .Where(task => Tag is null || task.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase));
        // Tasks with nothing to sort by (never planned, never run) go last, by name.
        return Sort switch
        {
            TaskSort.NextRun => [.. visible.OrderBy(t => t.NextRunAt is null).ThenBy(t => t.NextRunAt).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)],
            TaskSort.LastRun => [.. visible.OrderBy(t => t.LastRunAt is null).ThenByDescending(t => t.LastRunAt).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)],
            _ => [.. visible.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)],
        };
    }

    /// <summary>Every tag of the workspace's tasks once, in alphabetical order (the tag filter's choices).</summary>
    public static IReadOnlyList<string> TagsOf(IReadOnlyList<TaskListItem> tasks) =>
        [.. tasks.SelectMany(t => t.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
}
