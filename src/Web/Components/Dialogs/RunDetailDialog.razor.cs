using Microsoft.AspNetCore.Components;
using Platform.Data.Runs;
using Platform.Engine.Work;
using Platform.Web.Model.Runs;
using Platform.Web.Services;
using Platform.Web.Services.Runs;
using Radzen;

namespace Platform.Web.Components.Dialogs;

/// <summary>One run in full; editors can cancel it while it is queued or running, and run it again once it has ended.</summary>
public sealed partial class RunDetailDialog : IDisposable
{
    private RunDetail? _run;
    private RunOutput? _output;
    private string? _error;
    private string? _notice;
    private string? _actionProblem;
    private bool _noticeWhileGoing;
    private bool _busy;
    private PeriodicRefresh? _refresh;

    [Parameter, EditorRequired]
    public required int WorkspaceId { get; set; }

    [Parameter, EditorRequired]
    public required long RunId { get; set; }

    /// <summary>The user may cancel and run again (editors and owners); viewers see no buttons.</summary>
    [Parameter]
    public bool CanEdit { get; set; }

    [Inject]
    public required TaskService Tasks { get; init; }

    [Inject]
    public required RunNowService RunNow { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        // A queued or running run is followed until it ends.
        _refresh = new PeriodicRefresh(TimeSpan.FromSeconds(1), () => InvokeAsync(async () =>
        {
            if (_run is not null && !RunText.IsOver(_run.Summary.State))
            {
                await LoadAsync();
                ForgetNoticeOnceOver();
                StateHasChanged();
            }
        }));
    }

    private async Task LoadAsync()
    {
        try
        {
            var run = await Tasks.GetRunAsync(WorkspaceId, RunId);
            _error = run.Succeeded ? null : run.Problem.Message;
            _run = run.Value;
            _output = run.Succeeded ? new RunOutput(run.Value) : null;
        }
        catch (Exception failure) when (DatabaseUnavailable.Is(failure))
        {
            _error = "The run could not be read; the database did not answer.";
        }
    }

    private async Task CancelAsync()
    {
        if (_run is null || !await Dialogs.ConfirmCancelRunAsync(_run.Summary))
            return;
        await ActAsync(async () =>
        {
            var cancelled = await RunNow.CancelAsync(WorkspaceId, RunId);
            if (!cancelled.Succeeded)
                return cancelled.Problem.Message;
            _notice = cancelled.Value switch
            {
                CancelOutcome.Cancelled => $"Run #{RunId} was cancelled before it started.",
                CancelOutcome.Requested => $"Cancel requested: run #{RunId} stops at its next step.",
                _ => null,
            };
            _noticeWhileGoing = cancelled.Value == CancelOutcome.Requested;
            return cancelled.Value == CancelOutcome.NotCancellable ? $"Run #{RunId} has already ended; there is nothing to cancel." : null;
        });
    }

    private Task RunAgainAsync() => ActAsync(async () =>
    {
        var started = await RunNow.RunAgainAsync(WorkspaceId, RunId);
        if (!started.Succeeded)
            return started.Problem.Message;
        _notice = $"Queued as run #{started.Value.RunId}.";
        return null;
    });

    /// <summary>Runs one action (its answer is the problem to show, or null), then shows the run as it is now.</summary>
    private async Task ActAsync(Func<Task<string?>> action)
    {
        _busy = true;
        (_notice, _noticeWhileGoing) = (null, false);
        _actionProblem = null;
        try
        {
            _actionProblem = await action();
            await LoadAsync();
            ForgetNoticeOnceOver();
        }
        catch (Exception failure) when (DatabaseUnavailable.Is(failure))
        {
            _actionProblem = DatabaseUnavailable.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>"Cancel requested" is news only until the run stops; then its state says it.</summary>
    private void ForgetNoticeOnceOver()
    {
        if (_noticeWhileGoing && _run is not null && RunText.IsOver(_run.Summary.State))
            (_notice, _noticeWhileGoing) = (null, false);
    }

    private static string Place(int? line, string? function) => function is not null ? $"in {function}" : line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public void Dispose() => _refresh?.Dispose();
}
