using Platform.Data.Tasks;

namespace Platform.Web.Model;

/// <summary>The sidebar's search: every word must appear in the task's name or one of its tags.</summary>
public static class TaskListFilter
{
    public static IReadOnlyList<TaskListItem> Apply(IReadOnlyList<TaskListItem> tasks, string? search)
    {
        var words = (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0 ? tasks : [.. tasks.Where(task => words.All(word => Matches(task, word)))];
    }

    private static bool Matches(TaskListItem task, string word) =>
        task.Name.Contains(word, StringComparison.OrdinalIgnoreCase)
        || task.Tags.Any(tag => tag.Contains(word, StringComparison.OrdinalIgnoreCase));
}
