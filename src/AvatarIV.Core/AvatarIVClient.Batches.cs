using AvatarIV.Core.Surfaces;
using AvatarIV.Core.Waiting;

namespace AvatarIV.Core;

/// <summary>Batches (up to 100 videos in one request) and bulk statuses, v3 only.</summary>
public sealed partial class AvatarIVClient
{
    /// <summary>
    /// Submits 1–100 videos in one request after checking each locally (the error names the item); HeyGen creates them
    /// asynchronously. The create carries an Idempotency-Key so it can be retried without a second batch.
    /// </summary>
    public Task<VideoBatch> CreateVideoBatchAsync(CreateVideoBatchRequest request, CancellationToken cancellationToken = default)
    {
        var batches = Batches("Batches");
        CreateRequestRules.ValidateBatch(request, Options.Surface);
        return batches.CreateAsync(request, cancellationToken);
    }

    /// <summary>A batch with every item (all pages read), each with its video id once HeyGen has made the video.</summary>
    public Task<VideoBatch> GetVideoBatchAsync(string batchId, CancellationToken cancellationToken = default) =>
        Batches("Batches").GetAsync(RequireBatchId(batchId), cancellationToken);

    /// <summary>Statuses of videos and of whole batches (each batch id expands to its items) in as few calls as possible.</summary>
    public Task<IReadOnlyList<VideoStatusEntry>> GetVideoStatusesAsync(
        IEnumerable<string>? videoIds, IEnumerable<string>? batchIds = null, CancellationToken cancellationToken = default) =>
        Batches("Bulk statuses").StatusesAsync(Ids(videoIds), Ids(batchIds), cancellationToken);

    /// <summary>Waits for every video of a batch; results in the order they finished, each with its <see cref="VideoWaitResult.BatchItemIndex"/>.</summary>
    public async Task<IReadOnlyList<VideoWaitResult>> WaitForBatchAsync(string batchId, WaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var results = new List<VideoWaitResult>();
        await foreach (var result in WaitForBatchStreamAsync(batchId, options, cancellationToken).ConfigureAwait(false))
        {
            results.Add(result);
        }

        return results;
    }

    /// <summary>Yields each video of a batch as soon as it completes or fails (see <see cref="WaitForVideosStreamAsync"/>).</summary>
    public IAsyncEnumerable<VideoWaitResult> WaitForBatchStreamAsync(string batchId, WaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var batches = Batches("Batches");
        var waiter = Volatile.Read(ref _batchWaiter) ?? Once(ref _batchWaiter, new BatchWaiter(batches, Waiter, _pollDelay));
        return waiter.WaitAsync(RequireBatchId(batchId), options ?? new WaitOptions(), cancellationToken);
    }

    private V3Batches Batches(string feature) =>
        Volatile.Read(ref _batches) ?? (_v3 is null ? throw NeedsV3(feature) : Once(ref _batches, new V3Batches(_v3)));

    private static List<string> Ids(IEnumerable<string>? ids) =>
        (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToList();

    private static string RequireBatchId(string batchId) =>
        string.IsNullOrWhiteSpace(batchId)
            ? throw new AvatarIVValidationException(ValidationCodes.InvalidValue, "A batch id is required (the BatchId CreateVideoBatchAsync returned).", nameof(batchId))
            : batchId.Trim();
}
