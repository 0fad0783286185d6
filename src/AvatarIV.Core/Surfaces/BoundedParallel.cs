using System.Runtime.CompilerServices;

namespace AvatarIV.Core.Surfaces;

/// <summary>Runs an async function over items with at most N in flight and yields each result as soon as it is ready.</summary>
internal static class BoundedParallel
{
    public static async IAsyncEnumerable<TResult> InCompletionOrderAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        int maxParallelism,
        Func<TItem, CancellationToken, Task<TResult>> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Not disposed: when the caller stops early, reads still queued on the gate finish (cancelled) after this method returns.
        var gate = new SemaphoreSlim(Math.Max(1, maxParallelism));
        var running = items.Select(item => RunGatedAsync(gate, item, map, cancellationToken)).ToList();
        while (running.Count > 0)
        {
            var done = await Task.WhenAny(running).ConfigureAwait(false);
            running.Remove(done);
            yield return await done.ConfigureAwait(false);
        }
    }

    private static async Task<TResult> RunGatedAsync<TItem, TResult>(
        SemaphoreSlim gate, TItem item, Func<TItem, CancellationToken, Task<TResult>> map, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await map(item, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
