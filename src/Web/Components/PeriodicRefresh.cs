namespace Platform.Web.Components;

/// <summary>
/// Re-runs a component's refresh on a period while the component lives, for views of what the engine changes in the
/// background (runs, task statuses). A refresh still running when the next is due is not started twice.
/// </summary>
public sealed class PeriodicRefresh : IDisposable
{
    private readonly Func<Task> _refresh;
    private readonly Timer _timer;
    private int _running;

    /// <param name="refresh">Runs on the component's dispatcher: load, then StateHasChanged.</param>
    public PeriodicRefresh(TimeSpan period, Func<Task> refresh)
    {
        _refresh = refresh;
        _timer = new Timer(_ => _ = TickAsync(), null, period, period);
    }

    private async Task TickAsync()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
            return;
        try
        {
            await _refresh();
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    public void Dispose() => _timer.Dispose();
}
