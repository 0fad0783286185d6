using System.Diagnostics;
using System.Runtime.CompilerServices;
using AvatarIV.Core.Surfaces;

namespace AvatarIV.Core.Waiting;

/// <summary>
/// Waits for a batch: reads the batch (backing off like <see cref="VideoWaiter"/>) until every item has a video or failed,
/// then waits for those videos with <see cref="VideoWaiter"/>, within one overall timeout. Each item comes back once,
/// tagged with its <see cref="VideoWaitResult.BatchItemIndex"/>.
/// </summary>
internal sealed class BatchWaiter
{
    private readonly V3Batches _batches;
    private readonly VideoWaiter _videos;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public BatchWaiter(V3Batches batches, VideoWaiter videos, Func<TimeSpan, CancellationToken, Task>? delay)
    {
        _batches = batches;
        _videos = videos;
        _delay = delay ?? ((wait, token) => Task.Delay(wait, token));
    }

    public async IAsyncEnumerable<VideoWaitResult> WaitAsync(string batchId, WaitOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var batch = await UntilEveryItemHasAVideoAsync(batchId, options, clock, cancellationToken).ConfigureAwait(false);
        foreach (var item in batch.Items.Where(i => i.VideoId is null))
        {
            var failed = item.Status == VideoStatus.Failed;
            var video = new Video { Status = item.Status, Error = item.Error, Surface = ApiSurface.V3 };
            yield return new VideoWaitResult("", failed ? WaitOutcome.Failed : WaitOutcome.TimedOut, video) { BatchItemIndex = item.ItemIndex };
        }

        var indexes = batch.Items.Where(i => i.VideoId is not null).GroupBy(i => i.VideoId!).ToDictionary(g => g.Key, g => g.First().ItemIndex);
        if (indexes.Count == 0)
        {
            yield break;
        }

        var left = options.Timeout - clock.Elapsed;
        var rest = options.WithTimeout(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1));
        await foreach (var result in _videos.WaitAsync(indexes.Keys, rest, cancellationToken).ConfigureAwait(false))
        {
            yield return result with { BatchItemIndex = indexes[result.VideoId] };
        }
    }

    private async Task<VideoBatch> UntilEveryItemHasAVideoAsync(string batchId, WaitOptions options, Stopwatch clock, CancellationToken cancellationToken)
    {
        var interval = options.InitialPollInterval;
        while (true)
        {
            var batch = await _batches.GetAsync(batchId, cancellationToken).ConfigureAwait(false);
            var settled = batch.Items.Count >= batch.TotalItems && batch.Items.All(i => i.VideoId is not null || i.Status == VideoStatus.Failed);
            if (settled || clock.Elapsed + interval >= options.Timeout)
            {
                return batch;
            }

            await _delay(interval, cancellationToken).ConfigureAwait(false);
            interval = interval + interval < options.MaxPollInterval ? interval + interval : options.MaxPollInterval;
        }
    }
}
