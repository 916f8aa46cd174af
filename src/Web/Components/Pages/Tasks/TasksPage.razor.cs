using Microsoft.AspNetCore.Components;
using Platform.Data.Tasks;
using Platform.Web.Components.Dialogs;
using Platform.Web.Model;
using Platform.Web.Navigation;
using Platform.Web.Services;
using Radzen;

namespace Platform.Web.Components.Pages.Tasks;

public sealed partial class TasksPage : IDisposable
{
    private PeriodicRefresh? _refresh;
    private IReadOnlyList<TaskListItem>? _tasks;
    private string? _listError;
    private int? _loadedWorkspaceId;

    [Parameter]
    public int WorkspaceId { get; set; }

    [Parameter]
    public int? TaskId { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    [SupplyParameterFromQuery(Name = "tag")]
    public string? Tag { get; set; }

    [SupplyParameterFromQuery(Name = "sort")]
    public string? Sort { get; set; }

    private TaskListView View => new(Search, string.IsNullOrWhiteSpace(Tag) ? null : Tag, TaskListView.ParseSort(Sort));

    [Inject]
    public required TaskService Tasks { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    [Inject]
    public required ILogger<TasksPage> Logger { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedWorkspaceId == WorkspaceId)
            return;
        _loadedWorkspaceId = WorkspaceId;
        _tasks = null;
        await LoadTasksAsync();
        // Statuses, next and last runs change as the engine works; the list follows every few seconds.
        _refresh ??= new PeriodicRefresh(TimeSpan.FromSeconds(5), () => InvokeAsync(async () => { await LoadTasksAsync(); StateHasChanged(); }));
    }

    private async Task LoadTasksAsync()
    {
        _listError = null;
        try
        {
            var tasks = await Tasks.ListAsync(WorkspaceId);
            // A workspace the user cannot open is reported by WorkspaceScope; there is no list to show.
            _tasks = tasks.Succeeded ? tasks.Value : [];
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            Logger.LogTaskListFailed(exception, WorkspaceId);
            _listError = DatabaseUnavailable.Message;
        }
    }

    private void OnViewChanged(TaskListView view) =>
        Navigation.NavigateTo(
            TaskId is { } taskId ? AppUrls.Task(WorkspaceId, taskId, view) : AppUrls.Tasks(WorkspaceId, view),
            replace: true);

    private async Task NewTaskAsync()
    {
        TaskDocument? created = null;
        await Dialogs.AskNameAsync(
            "New task", "Task name", "Create",
            async name =>
            {
                var result = await Tasks.CreateAsync(WorkspaceId, name);
                created = result.Value;
                return result.Problem;
            },
            hint: "For example daily_sales_report. Letters, digits and underscores keep the script header unquoted.");
        if (created is null)
            return;
        await LoadTasksAsync();
        Navigation.NavigateTo(AppUrls.Task(WorkspaceId, created.Id));
    }

    private async Task OnTaskDeletedAsync()
    {
        await LoadTasksAsync();
        Navigation.NavigateTo(AppUrls.Tasks(WorkspaceId, View));
    }

    private async Task OnTaskDuplicatedAsync(TaskDocument copy)
    {
        await LoadTasksAsync();
        Navigation.NavigateTo(AppUrls.Task(WorkspaceId, copy.Id, View));
    }

    public void Dispose() => _refresh?.Dispose();
}
