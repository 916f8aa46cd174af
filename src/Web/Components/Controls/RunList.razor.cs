using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Platform.Data.Runs;
using Platform.Data.Tasks;
using Platform.Web.Components.Dialogs;
using Platform.Web.Model.Runs;
using Platform.Web.Services;
using Radzen;

namespace Platform.Web.Components.Controls;

public sealed partial class RunList
{
    public const int PageSize = 20;

    private RunPage? _page;
    private string? _error;
    private RunListFilter _filter = RunListFilter.None;
    private RunListFilter? _givenFilter;
    private int _pageNumber = 1;
    private PeriodicRefresh? _refresh;

    [Parameter, EditorRequired]
    public required int WorkspaceId { get; set; }

    /// <summary>The task whose runs are listed; null lists every task's runs, with a task column.</summary>
    [Parameter]
    public int? TaskId { get; set; }

    /// <summary>The user may cancel and run again from a run's detail (editors and owners).</summary>
    [Parameter]
    public bool CanEdit { get; set; }

    /// <summary>The filter to show; a new value replaces the one the user chose here (the Runs page passes its URL's).</summary>
    [Parameter]
    public RunListFilter? Filter { get; set; }

    /// <summary>Told each filter the user chooses (the Runs page puts it in the URL).</summary>
    [Parameter]
    public EventCallback<RunListFilter> FilterChanged { get; set; }

    /// <summary>The tasks the task filter offers; without them there is no task filter.</summary>
    [Parameter]
    public IReadOnlyList<TaskListItem>? TaskChoices { get; set; }

    [Inject]
    public required TaskService Tasks { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    private string EmptyText => _filter switch
    {
        { State: null, TaskId: null } when TaskId is null => "No runs yet. Publish a task: the engine runs published versions on their schedules.",
        { State: null, TaskId: null } => "No runs yet. Publish the task: the engine runs the published version on its schedule.",
        { TaskId: null } => $"No {RunText.Label(_filter.State!)} runs.",
        _ => $"No {(_filter.State is { } state ? RunText.Label(state) + " " : "")}runs of “{TaskName(_filter.TaskId.Value)}”.",
    };

    private string TaskName(int taskId) => TaskChoices?.FirstOrDefault(t => t.Id == taskId)?.Name ?? $"task {taskId}";

    protected override async Task OnParametersSetAsync()
    {
        if (Filter is not null && Filter != _givenFilter)
        {
            (_givenFilter, _filter, _pageNumber) = (Filter, Filter, 1);
        }
        await LoadAsync();
        // The engine writes runs in the background; the list follows it every second while it is open.
        _refresh ??= new PeriodicRefresh(TimeSpan.FromSeconds(1), () => InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); }));
    }

    private async Task LoadAsync()
    {
        try
        {
            var runs = await Tasks.ListRunsAsync(WorkspaceId, TaskId ?? _filter.TaskId, _filter.State, _pageNumber, PageSize);
            _page = runs.Succeeded ? runs.Value : null;
            _error = runs.Succeeded ? null : runs.Problem.Message;
        }
        catch (Exception failure) when (DatabaseUnavailable.Is(failure))
        {
            _error = "The run history could not be read; the database did not answer.";
        }
    }

    private Task OnStateChangedAsync(string? state) => FilterAsync(_filter with { State = string.IsNullOrEmpty(state) ? null : state });

    private Task OnTaskChangedAsync(int? taskId) => FilterAsync(_filter with { TaskId = taskId });

    private async Task FilterAsync(RunListFilter filter)
    {
        (_filter, _givenFilter, _pageNumber) = (filter, Filter is null ? null : filter, 1);
        await LoadAsync();
        await FilterChanged.InvokeAsync(filter);
    }

    private async Task OnPageChangedAsync(PagerEventArgs args)
    {
        _pageNumber = args.PageIndex + 1;
        await LoadAsync();
    }

    private Task OnRowKeyAsync(KeyboardEventArgs args, RunSummary run) =>
        args.Key is "Enter" or " " ? OpenAsync(run) : Task.CompletedTask;

    private Task OpenAsync(RunSummary run) => Dialogs.OpenRunAsync(WorkspaceId, run, CanEdit);

    public void Dispose() => _refresh?.Dispose();
}
