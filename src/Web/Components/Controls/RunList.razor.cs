using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Platform.Data.Runs;
using Platform.Web.Components.Dialogs;
using Platform.Web.Services;
using Radzen;

namespace Platform.Web.Components.Controls;

public sealed partial class RunList
{
    public const int PageSize = 20;

    private RunPage? _page;
    private string? _error;
    private string? _state;
    private int _pageNumber = 1;
    private PeriodicRefresh? _refresh;

    [Parameter, EditorRequired]
    public required int WorkspaceId { get; set; }

    /// <summary>The task whose runs are listed; null lists every task's runs, with a task column.</summary>
    [Parameter]
    public int? TaskId { get; set; }

    [Inject]
    public required TaskService Tasks { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    private string EmptyText => _state is not null
        ? $"No {Model.Runs.RunText.Label(_state)} runs."
        : TaskId is null
            ? "No runs yet. Publish a task: the engine runs published versions on their schedules."
            : "No runs yet. Publish the task: the engine runs the published version on its schedule.";

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        // The engine writes runs in the background; the list follows it every second while it is open.
        _refresh ??= new PeriodicRefresh(TimeSpan.FromSeconds(1), () => InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); }));
    }

    private async Task LoadAsync()
    {
        try
        {
            var runs = await Tasks.ListRunsAsync(WorkspaceId, TaskId, _state, _pageNumber, PageSize);
            _page = runs.Succeeded ? runs.Value : null;
            _error = runs.Succeeded ? null : runs.Problem.Message;
        }
        catch (Exception failure) when (DatabaseUnavailable.Is(failure))
        {
            _error = "The run history could not be read; the database did not answer.";
        }
    }

    private async Task OnStateChangedAsync(string? state)
    {
        _state = string.IsNullOrEmpty(state) ? null : state;
        _pageNumber = 1;
        await LoadAsync();
    }

    private async Task OnPageChangedAsync(PagerEventArgs args)
    {
        _pageNumber = args.PageIndex + 1;
        await LoadAsync();
    }

    private Task OnRowKeyAsync(KeyboardEventArgs args, RunSummary run) =>
        args.Key is "Enter" or " " ? OpenAsync(run) : Task.CompletedTask;

    private Task OpenAsync(RunSummary run) => Dialogs.OpenRunAsync(WorkspaceId, run);

    public void Dispose() => _refresh?.Dispose();
}
