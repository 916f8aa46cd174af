using Platform.Data.Tasks;
using Platform.Web.Model.Runs;

namespace Platform.Web.Model;

/// <summary>
/// The sidebar's status dot for a task: what the engine does with it (the published version), and whether its last
/// run went wrong. Draft changes are shown beside the dot, not instead of it.
/// </summary>
public sealed record TaskListStatus(string Css, string Label)
{
    public static TaskListStatus Of(TaskListItem task) => task switch
    {
        { PublishedVersion: null } => new("draft", "Not published yet: the engine does not run it"),
        { LastRunState: { } state } when RunText.IsFailure(state) =>
            new("failed", $"{(task.PublishedActive ? "Active" : "Inactive")}; the last run {RunLabel(state)}"),
        { PublishedActive: true } => new("on", "Active: the engine runs the published version on its schedule"),
        _ => new("off", "Inactive: the published version does not run"),
    };

    private static string RunLabel(string state) => state == "interrupted" ? "was interrupted" : RunText.Label(state);
}
