using System.Collections.Concurrent;

namespace AvatarIV.PowerShell.Hosting;

/// <summary>
/// Runs a handler's async work off the pipeline thread while every call back into PowerShell
/// (WriteObject, ShouldProcess, ...) executes on the pipeline thread, as PowerShell requires.
/// </summary>
internal sealed class PipelineDispatcher
{
    private BlockingCollection<Action>? _queue;
    private int _pipelineThreadId;
    private volatile bool _stopped;

    /// <summary>
    /// Runs <paramref name="work"/> to completion, serving its callbacks on this thread; rethrows its exception.
    /// When <paramref name="stop"/> is cancelled (Ctrl+C) it returns at once with <see cref="OperationCanceledException"/>,
    /// without waiting for the work to notice: a busy thread pool or a slow request never delays a stop.
    /// </summary>
    public void Run(Func<Task> work, CancellationToken stop = default)
    {
        var queue = new BlockingCollection<Action>();
        _queue = queue;
        _pipelineThreadId = Environment.CurrentManagedThreadId;
        try
        {
            var task = Task.Run(work, stop);
            task.ContinueWith(_ => queue.CompleteAdding(), TaskScheduler.Default);
            foreach (var callback in queue.GetConsumingEnumerable(stop))
            {
                callback();
            }

            task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            _stopped = true;
            throw;
        }
        finally
        {
            _queue = null;
            queue.CompleteAdding();
        }
    }

    /// <summary>Calls <paramref name="call"/> on the pipeline thread and returns its result (or its exception) to the caller.</summary>
    public T Invoke<T>(Func<T> call)
    {
        var queue = _queue;
        if (_stopped)
        {
            // The command was stopped and has returned: nothing may reach PowerShell from another thread any more.
            throw new OperationCanceledException("The command has stopped.");
        }

        if (queue is null || Environment.CurrentManagedThreadId == _pipelineThreadId)
        {
            return call();
        }

        var outcome = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            queue.Add(() =>
            {
                try
                {
                    outcome.SetResult(call());
                }
                catch (Exception e)
                {
                    outcome.SetException(e);
                }
            });
        }
        catch (InvalidOperationException)
        {
            throw new OperationCanceledException("The command has stopped.");
        }

        return outcome.Task.GetAwaiter().GetResult();
    }

    public void Invoke(Action call) => Invoke(() =>
    {
        call();
        return true;
    });
}
