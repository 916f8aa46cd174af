namespace Platform.Data.Runs;

/// <summary>
/// Group commit: callers hand in an item and await their own answer; one flush at a time stores everything waiting
/// (at most <paramref name="mostPerBatch"/> together), so many concurrent callers share one connection, one
/// transaction and (on PostgreSQL) one round trip instead of taking one each. A batch that fails is stored again
/// item by item, so one bad item fails only its own caller.
/// </summary>
internal sealed class GroupCommit<TItem, TResult>(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> store, int mostPerBatch)
{
    private readonly Lock _gate = new();
    private List<(TItem Item, TaskCompletionSource<TResult> Answer)> _waiting = [];
    private bool _flushing;

    public Task<TResult> AddAsync(TItem item)
    {
        var answer = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (_gate)
        {
            _waiting.Add((item, answer));
            start = !_flushing;
            _flushing = true;
        }
        // The flush runs apart from every caller, so no caller waits for batches that are not its own.
        if (start)
            _ = Task.Run(FlushAsync);
        return answer.Task;
    }

    private async Task FlushAsync()
    {
        while (true)
        {
            List<(TItem Item, TaskCompletionSource<TResult> Answer)> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _flushing = false;
                    return;
                }
                batch = _waiting.Count <= mostPerBatch ? _waiting : _waiting[..mostPerBatch];
                _waiting = _waiting.Count <= mostPerBatch ? [] : _waiting[mostPerBatch..];
            }
            await StoreAsync(batch);
        }
    }

    private async Task StoreAsync(List<(TItem Item, TaskCompletionSource<TResult> Answer)> batch)
    {
        try
        {
            var results = await store([.. batch.Select(b => b.Item)]);
            for (var i = 0; i < batch.Count; i++)
                batch[i].Answer.SetResult(results[i]);
        }
        catch (Exception failed) when (failed is not OutOfMemoryException)
        {
            if (batch.Count == 1)
            {
                batch[0].Answer.SetException(failed);
                return;
            }
            foreach (var one in batch)
                await StoreAsync([one]);
        }
    }
}
