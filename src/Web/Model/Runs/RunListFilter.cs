namespace Platform.Web.Model.Runs;

/// <summary>
/// What a run list shows: runs in one state, of one task (the workspace's Runs page only), or all. The Runs page
/// keeps it in the URL (<c>task</c>, <c>state</c>), so a filtered history survives a reload and can be shared.
/// </summary>
public sealed record RunListFilter(string? State = null, int? TaskId = null)
{
    public static readonly RunListFilter None = new();

    /// <summary>Reads the URL's filter; a state the engine does not know is left out rather than refused.</summary>
    public static RunListFilter Parse(string? state, int? taskId) =>
        new(state is not null && RunText.States.Contains(state) ? state : null, taskId);

    public string? TaskKey => TaskId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
