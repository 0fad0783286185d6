using System.Runtime.ExceptionServices;

namespace AvatarIV.PowerShell.Hosting;

/// <summary>
/// Pipeline input worked on concurrently (-ThrottleLimit). Each input item is prepared on the command's own flow, in
/// input order (local checks, ShouldProcess), then its work runs in the background, at most <c>limit</c> at once.
/// Up to <c>limit</c> more wait their turn, so an upstream cmdlet is not held up while all slots are busy (the stages
/// of a pipeline overlap); at most 2 × limit − 1 items are held, so memory stays flat however long the input (limit 1:
/// one item at a time, written before the next is taken). Objects and errors are written in input order, progress
/// and verbose as they come, always through the command's sink (the pipeline thread).
/// Call <see cref="AddAsync"/> and <see cref="CompleteAsync"/> one at a time (from ProcessRecord and EndProcessing).
/// </summary>
internal sealed class ThrottledPipeline : IDisposable
{
    /// <summary>Creates: HeyGen's pay-as-you-go accounts render 10 videos at once (docs/decisions.md, "Pipeline concurrency").</summary>
    public const int DefaultLimit = 10;

    /// <summary>Uploads: not a render job, and HeyGen documents no request rate limit.</summary>
    public const int DefaultUploadLimit = 25;

    /// <summary>Status reads (Wait-AvatarIVVideo): not jobs either, and each is small.</summary>
    public const int DefaultReadLimit = 50;

    public const int MaxLimit = 100;

    /// <summary>Item lane n reports progress under its handler's activity id + n × this.</summary>
    private const int LaneStride = 1000;

    private readonly ICmdletSink _output;
    private readonly int _limit;
    private readonly CancellationTokenSource _cancellation;
    private readonly CancellationToken _token;
    private readonly Queue<Item> _unwritten = new();
    private readonly Stack<int> _freeLanes;
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _changed = new(0);
    private readonly LiveMessages _live;

    public ThrottledPipeline(ICmdletSink output, int limit, CancellationToken stop)
    {
        _output = output;
        _limit = Math.Max(1, limit);
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stop);
        _token = _cancellation.Token;
        _freeLanes = new Stack<int>(Enumerable.Range(0, _limit).Reverse());
        _slots = new SemaphoreSlim(_limit);
        _live = new LiveMessages(Signal);
    }

    /// <summary>Cancelled by a stop, or when an item ends the command with a terminating error.</summary>
    public CancellationToken Cancellation => _token;

    /// <summary>
    /// Dispatches one input item: <paramref name="prepare"/> runs now, on this flow, and answers the work to run in
    /// the background (null: nothing to do, e.g. declined or refused, having said why on the sink it was given).
    /// Then writes what is ready, waiting while 2 × limit − 1 items are unwritten.
    /// </summary>
    public async Task AddAsync(Func<ICmdletSink, Func<Task>?> prepare)
    {
        var sink = new ItemSink(_output, _live);
        _unwritten.Enqueue(new Item(sink, Start(prepare, sink)));
        await WriteReadyAsync((2 * _limit) - 2).ConfigureAwait(false);
    }

    /// <summary>Waits for every item dispatched, writing each in input order.</summary>
    public Task CompleteAsync() => WriteReadyAsync(0);

    public void Dispose()
    {
        // Items still running (the command was stopped or ended early) give up; nothing they say is written.
        // The semaphores are left to the collector: items still finishing release their slot and signal after this.
        _cancellation.Cancel();
        _cancellation.Dispose();
    }

    private Task Start(Func<ICmdletSink, Func<Task>?> prepare, ItemSink sink)
    {
        Func<Task>? work;
        sink.Dispatching = true;
        try
        {
            work = prepare(sink);
        }
        catch (Exception e)
        {
            return Task.FromException(e);
        }
        finally
        {
            sink.Dispatching = false;
        }

        if (work is null)
        {
            return Task.CompletedTask;
        }

        var running = Task.Run(() => RunAsync(work, sink), _token);
        _ = running.ContinueWith(_ => Signal(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return running;
    }

    /// <summary>The item's work, once a slot is free; it reports progress in the lane of that slot.</summary>
    private async Task RunAsync(Func<Task> work, ItemSink sink)
    {
        await _slots.WaitAsync(_token).ConfigureAwait(false);
        int lane;
        lock (_freeLanes)
        {
            lane = _freeLanes.Pop();
        }

        try
        {
            sink.ActivityOffset = lane * LaneStride;

            // The client's request and retry notices (Core callbacks) go to this item's sink, not to PowerShell.
            ItemSink.Current = sink;
            await work().ConfigureAwait(false);
        }
        finally
        {
            lock (_freeLanes)
            {
                _freeLanes.Push(lane);
            }

            _slots.Release();
        }
    }

    private async Task WriteReadyAsync(int keepAtMost)
    {
        while (true)
        {
            _live.WriteTo(_output);
            while (_unwritten.Count > 0 && _unwritten.Peek().Work.IsCompleted)
            {
                Write(_unwritten.Dequeue());
            }

            _live.WriteTo(_output);
            if (_unwritten.Count <= keepAtMost)
            {
                return;
            }

            await _changed.WaitAsync(_token).ConfigureAwait(false);
        }
    }

    private void Write(Item item)
    {
        item.Sink.WriteResults();
        if (item.Work.Exception?.InnerException is { } failure)
        {
            // A terminating error (bad key, endpoint gone) or a bug: the items after it stop, and it ends the command.
            _cancellation.Cancel();
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        if (item.Work.IsCanceled)
        {
            throw new OperationCanceledException(_token);
        }
    }

    private void Signal()
    {
        // One pending wake-up is enough: the writer looks at everything each time it wakes.
        if (_changed.CurrentCount == 0)
        {
            _changed.Release();
        }
    }

    private sealed record Item(ItemSink Sink, Task Work);

    /// <summary>Progress (the latest per activity), verbose and warnings from items in flight, written whenever the writer wakes.</summary>
    internal sealed class LiveMessages
    {
        private readonly object _gate = new();
        private readonly List<Action<ICmdletSink>> _messages = new();
        private readonly Dictionary<int, ProgressUpdate> _progress = new();
        private readonly Action _changed;

        public LiveMessages(Action changed) => _changed = changed;

        public void Post(Action<ICmdletSink> message)
        {
            lock (_gate)
            {
                _messages.Add(message);
            }

            _changed();
        }

        /// <summary>Only the newest report per activity is kept: a fast upload's many reports cost one write.</summary>
        public void Progress(ProgressUpdate progress)
        {
            lock (_gate)
            {
                _progress[progress.ActivityId] = progress;
            }

            _changed();
        }

        public void WriteTo(ICmdletSink output)
        {
            Action<ICmdletSink>[] messages;
            ProgressUpdate[] progress;
            lock (_gate)
            {
                messages = _messages.ToArray();
                progress = _progress.Values.ToArray();
                _messages.Clear();
                _progress.Clear();
            }

            foreach (var message in messages)
            {
                message(output);
            }

            foreach (var update in progress)
            {
                output.WriteProgress(update);
            }
        }
    }
}
