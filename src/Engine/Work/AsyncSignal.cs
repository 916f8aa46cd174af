namespace Platform.Engine.Work;

/// <summary>A wake-up that can be awaited with a time-out; several signals before a wait count as one.</summary>
internal sealed class AsyncSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _signal = NewSource();

    public void Set()
    {
        lock (_gate)
            _signal.TrySetResult();
    }

    /// <summary>Waits for a signal (or the time-out, or cancellation), then re-arms.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        Task signalled;
        lock (_gate)
            signalled = _signal.Task;
        try
        {
            await signalled.WaitAsync(timeout, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Waking on the poll interval is the point of the time-out.
        }
        // A signal that lands between the wake-up and this re-arm is dropped; harmless, because the caller looks
        // at the queue right after waiting and so sees the work that signal was about.
        lock (_gate)
        {
            if (_signal.Task.IsCompleted)
                _signal = NewSource();
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
