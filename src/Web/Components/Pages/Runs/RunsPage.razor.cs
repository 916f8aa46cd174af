using Microsoft.AspNetCore.Components;
using Platform.Data.Tasks;
using Platform.Web.Model.Runs;
using Platform.Web.Navigation;
using Platform.Web.Services;

namespace Platform.Web.Components.Pages.Runs;

/// <summary>The workspace's run history, filtered by task and state; both filters live in the URL.</summary>
public sealed partial class RunsPage
{
    private IReadOnlyList<TaskListItem> _tasks = [];
    private string? _tasksError;
    private int? _loadedWorkspaceId;

    [Parameter]
    public int WorkspaceId { get; set; }

    [SupplyParameterFromQuery(Name = "task")]
    public int? TaskFilter { get; set; }

    [SupplyParameterFromQuery(Name = "state")]
    public string? StateFilter { get; set; }

    private RunListFilter Filter => RunListFilter.Parse(StateFilter, TaskFilter);

    [Inject]
    public required TaskService Tasks { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedWorkspaceId == WorkspaceId)
            return;
        _loadedWorkspaceId = WorkspaceId;
        try
        {
            var tasks = await Tasks.ListAsync(WorkspaceId);
            // A workspace the user cannot open is reported by WorkspaceScope; there are no tasks to offer.
            (_tasks, _tasksError) = (tasks.Succeeded ? tasks.Value : [], null);
        }
        catch (Exception failure) when (DatabaseUnavailable.Is(failure))
        {
            (_tasks, _tasksError) = ([], "The task filter could not list the tasks; the database did not answer.");
        }
    }

    private void OnFilterChanged(RunListFilter filter) => Navigation.NavigateTo(AppUrls.Runs(WorkspaceId, filter), replace: true);
}
