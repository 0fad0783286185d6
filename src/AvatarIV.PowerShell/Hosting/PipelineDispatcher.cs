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

    /// <summary>Runs <paramref name="work"/> to completion, serving its callbacks on this thread; rethrows its exception.</summary>
    public void Run(Func<Task> work)
    {
        using var queue = new BlockingCollection<Action>();
        _queue = queue;
        _pipelineThreadId = Environment.CurrentManagedThreadId;
        try
        {
            var task = Task.Run(work);
            task.ContinueWith(_ => queue.CompleteAdding(), TaskScheduler.Default);
            foreach (var callback in queue.GetConsumingEnumerable())
            {
                callback();
            }

            task.GetAwaiter().GetResult();
        }
        finally
        {
            _queue = null;
        }
    }

    /// <summary>Calls <paramref name="call"/> on the pipeline thread and returns its result (or its exception) to the caller.</summary>
    public T Invoke<T>(Func<T> call)
    {
        var queue = _queue;
        if (queue is null || Environment.CurrentManagedThreadId == _pipelineThreadId)
        {
            return call();
        }

        var outcome = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
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
        return outcome.Task.GetAwaiter().GetResult();
    }

    public void Invoke(Action call) => Invoke(() =>
    {
        call();
        return true;
    });
}
