using Microsoft.AspNetCore.Components;
using Platform.Data.Runs;
using Platform.Engine.Runtime.Values;
using Platform.Engine.Work;
using Platform.Web.Model.Runs;
using Platform.Web.Services;
using Platform.Web.Services.Runs;

namespace Platform.Web.Components.Pages.Tasks;

/// <summary>A 1-based line and column in the editor.</summary>
public sealed record EditorPlace(int Line, int Column);

/// <summary>
/// Follows a manual run: its live output from this node's <see cref="LiveRunFeed"/> several times a second while it
/// runs here, and its record in the run history (state; then result or error) — which is all there is when another
/// node runs it.
/// </summary>
public sealed partial class RunNowPanel
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(150);
    private const int TicksPerHistoryRead = 6;

    private ManualRunStarted? _run;
    private string? _runDatasource;
    private ScriptLines? _lines;
    private RunDetail? _detail;
    private string? _problem;
    private bool _starting;
    private bool _published;
    private List<RunLogLine> _log = [];
    private long _steps;
    private List<RunTraceLine> _trace = [];
    private RunState? _liveState;
    private DateTimeOffset? _startedAt;
    private DateTimeOffset _queuedAt;
    private DateTimeOffset? _endedAt;
    private int _ticks;
    private PeriodicRefresh? _follow;
    private bool _disposed;

    [Parameter, EditorRequired]
    public required int WorkspaceId { get; set; }

    [Parameter, EditorRequired]
    public required int TaskId { get; set; }

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public bool HasPublishedVersion { get; set; }

    /// <summary>The editor's text, unsaved edits included.</summary>
    [Parameter, EditorRequired]
    public required Func<Task<string>> Draft { get; set; }

    /// <summary>Asks the page to put the editor's cursor on a place (the failing statement).</summary>
    [Parameter]
    public EventCallback<EditorPlace> OnGoTo { get; set; }

    [Inject]
    public required RunNowService RunNow { get; init; }

    [Inject]
    public required LiveRunFeed Feed { get; init; }

    [Inject]
    public required TaskService Tasks { get; init; }

    [Inject]
    public required WorkspaceSession Session { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    private string StateName => _detail?.Summary.State ?? (_liveState is { } state ? state.Name() : RunState.Queued.Name());

    private bool IsOver => _detail is { } detail && RunText.IsOver(detail.Summary.State);

    private bool IsActive => _run is not null && !IsOver;

    private string Elapsed
    {
        get
        {
            var end = _endedAt ?? Clock.GetUtcNow();
            var since = _startedAt ?? _queuedAt;
            return $"{(_startedAt is null ? "queued " : "")}{(end - since).TotalSeconds:N1} s";
        }
    }

    /// <summary>The datasource selected in the top bar, which runs use (as the database pages show it).</summary>
    private string Datasource => Session.Current?.Selected.Name ?? "live";

    /// <summary>What the chip names: the running run's datasource while it runs (the top bar may change meanwhile).</summary>
    private string ChipDatasource => IsActive && _runDatasource is { } running ? running : Datasource;

    protected override async Task OnInitializedAsync()
    {
        Session.Changed += OnSessionChanged;
        await ResumeAsync();
    }

    /// <summary>
    /// A manual run of this task still going when the page opens (started before the user went to another task)
    /// is followed again, so its output shows and Cancel reaches it; Run now waits for it as for one started here.
    /// </summary>
    private async Task ResumeAsync()
    {
        if (!CanEdit)
            return;
        try
        {
            var recent = await Tasks.ListRunsAsync(WorkspaceId, TaskId);
            var manual = RunTrigger.Manual.Name();
            if (!recent.Succeeded || recent.Value.Runs.FirstOrDefault(r => r.Trigger == manual && !RunText.IsOver(r.State)) is not { } going)
                return;
            var detail = await Tasks.GetRunAsync(WorkspaceId, going.Id);
            if (!detail.Succeeded)
                return;
            Follow(new ManualRunStarted(going.Id, going.Version, detail.Value.Script ?? ""), going.Datasource);
            _queuedAt = new DateTimeOffset(going.QueuedAt, TimeSpan.Zero);
        }
        catch (Exception failure) when (DatabaseUnavailable.Is(failure))
        {
            // Nothing to resume that can be read; the Runs tab says the database did not answer.
        }
    }

    private void OnSessionChanged() => _ = InvokeAsync(StateHasChanged);

    /// <summary>Starts a run (also what Ctrl+Enter does); a run still going is not started twice.</summary>
    public async Task RunAsync()
    {
        if (!CanEdit || _starting || IsActive)
            return;
        _starting = true;
        _problem = null;
        try
        {
            var script = _published ? null : await Draft();
            var datasource = Datasource;
            var started = await RunNow.StartAsync(WorkspaceId, TaskId, script, datasource);
            if (!started.Succeeded)
            {
                _problem = started.Problem.Message;
                return;
            }
            Follow(started.Value, datasource);
        }
        finally
        {
            _starting = false;
        }
    }

    private void Follow(ManualRunStarted run, string datasource)
    {
        if (_disposed)
            return;
        Reset(run);
        _runDatasource = datasource;
        _follow?.Dispose();
        _follow = new PeriodicRefresh(Tick, () => InvokeAsync(FollowAsync));
    }

    private void Reset(ManualRunStarted run)
    {
        _run = run;
        _lines = new ScriptLines(run.Script);
        _detail = null;
        _log = [];
        _steps = 0;
        _trace = [];
        _liveState = null;
        _startedAt = null;
        _endedAt = null;
        _queuedAt = Clock.GetUtcNow();
        _ticks = 0;
    }

    private async Task FollowAsync()
    {
        if (_run is null)
            return;
        if (Feed.Snapshot(_run.RunId) is { } live)
            Apply(live);
        // The history says when the run is over and holds its result; read it now and then, and once the live run ended.
        if (_ticks++ % TicksPerHistoryRead == 0 || _liveState is { } state && state.IsFinal())
            await ReadHistoryAsync();
        if (IsOver)
        {
            _endedAt ??= _detail?.Summary.FinishedAt is { } finished ? new DateTimeOffset(finished, TimeSpan.Zero) : Clock.GetUtcNow();
            _follow?.Dispose();
            _follow = null;
        }
        StateHasChanged();
    }

    private void Apply(LiveRunSnapshot live)
    {
        _liveState = live.State;
        _startedAt = live.StartedAt;
        _endedAt = live.FinishedAt;
        if (live.Log.Count != _log.Count)
            _log = [.. live.Log.Select(e => new RunLogLine(RunText.Time(e.Time), JsonValues.Serialize(e.Value), _lines?.LineOf(e.Span.Start, e.Function), e.Function))];
        _steps = live.Steps;
        _trace = [.. live.LatestSteps.Select(step => new RunTraceLine(
            step.Kind, step.Start.TotalMilliseconds, step.Duration.TotalMilliseconds, step.Snapshot, _lines?.LineOf(step.Span.Start, step.Function), step.Function))];
    }

    private async Task ReadHistoryAsync()
    {
        var read = await Tasks.GetRunAsync(WorkspaceId, _run!.RunId);
        if (!read.Succeeded)
            return;
        _detail = read.Value;
        if (_detail.Summary.StartedAt is { } started && _startedAt is null)
            _startedAt = new DateTimeOffset(started, TimeSpan.Zero);
        // Another node ran it: the history's log and trace are all there is.
        if (_log.Count == 0 && _steps == 0 && IsOver)
        {
            var output = new RunOutput(_detail);
            _log = [.. output.Log];
            _trace = [.. output.Trace.TakeLast(LiveRunFeed.KeptSteps)];
            _steps = output.Trace.Count + _detail.TraceOmitted;
        }
    }

    private async Task CancelAsync()
    {
        if (_run is null)
            return;
        var cancelled = await RunNow.CancelAsync(WorkspaceId, _run.RunId);
        if (!cancelled.Succeeded)
            _problem = cancelled.Problem.Message;
    }

    public void Dispose()
    {
        _disposed = true;
        Session.Changed -= OnSessionChanged;
        _follow?.Dispose();
    }
}
