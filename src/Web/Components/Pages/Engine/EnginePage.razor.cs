using System.Globalization;
using Microsoft.AspNetCore.Components;
using Platform.Data.Runs;
using Platform.Engine.Work;
using Platform.Web.Services;

namespace Platform.Web.Components.Pages.Engine;

/// <summary>
/// The engine status page: nodes, the queue, the counters since each node started, and the leases of running runs
/// in the user's workspaces. It refreshes itself every <see cref="RefreshInterval"/> until paused.
/// </summary>
public sealed partial class EnginePage : IDisposable
{
    private EngineStatus? _status;
    private string? _error;
    private bool _paused;
    private int _loading;
    private ITimer? _timer;

    /// <summary>How often the page reads the status again while not paused.</summary>
    [Parameter]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Inject]
    public required EngineStatusService Engine { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    [Inject]
    public required ILogger<EnginePage> Logger { get; init; }

    private EngineCounts Totals => _status is null ? EngineCounts.Zero : EngineCounts.Sum(_status.Nodes.Select(n => n.Counts));

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        _timer = Clock.CreateTimer(_ => _ = InvokeAsync(RefreshAsync), null, RefreshInterval, RefreshInterval);
    }

    private async Task RefreshAsync()
    {
        if (_paused)
            return;
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        // A slow database must not pile up reads: a tick that finds one still running lets it be.
        if (Interlocked.Exchange(ref _loading, 1) == 1)
            return;
        try
        {
            var status = await Engine.ReadAsync();
            // A read already under way when the user paused must not change what they are reading.
            if (_paused)
                return;
            _status = status;
            _error = null;
        }
        catch (Exception failure) when (DatabaseUnavailable.Is(failure))
        {
            Logger.LogStatusFailed(failure);
            _error = "The database did not answer. The page keeps trying; check that the database is running.";
        }
        finally
        {
            Volatile.Write(ref _loading, 0);
        }
    }

    private void TogglePause() => _paused = !_paused;

    /// <summary>Ages as people read them: "4 s", "3 min 20 s", "2 h 5 min".</summary>
    internal static string Age(TimeSpan age) => age switch
    {
        { TotalSeconds: < 60 } => $"{Math.Max(0, (int)age.TotalSeconds)} s",
        { TotalMinutes: < 60 } => $"{(int)age.TotalMinutes} min {age.Seconds} s",
        { TotalHours: < 48 } => $"{(int)age.TotalHours} h {age.Minutes} min",
        _ => $"{(int)age.TotalDays} d {age.Hours} h",
    };

    private string SinceBeat(NodeStatus node) => Age(_status!.At.UtcDateTime - node.LastHeartbeatAt) + " ago";

    private static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static string Milliseconds(double value) => value.ToString("N0", CultureInfo.CurrentCulture) + " ms";

    public void Dispose() => _timer?.Dispose();
}
