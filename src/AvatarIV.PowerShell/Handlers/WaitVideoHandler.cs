using AvatarIV.Core;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// Wait-AvatarIVVideo: one poller for all the videos collected from the pipeline; each video is
/// written (and downloaded, with -OutputDirectory) as soon as it finishes. A failed or timed-out
/// video is a non-terminating error; the others go on.
/// </summary>
internal sealed class WaitVideoHandler
{
    private const int OverallActivityId = 10;
    private readonly HandlerContext _context;

    public WaitVideoHandler(HandlerContext context) => _context = context;

    /// <param name="pollInterval">Fixed pause between polls; null = Core's backoff (2 s doubling up to 30 s).</param>
    /// <param name="outputDirectory">Where to save each finished video and its thumbnail; null = don't download.</param>
    /// <param name="throttleLimit">Reads in flight at once (v3: finished videos read in full; legacy: every status read); null = Core's default.</param>
    public async Task WaitAsync(IReadOnlyList<string> videoIds, TimeSpan timeout, TimeSpan? pollInterval, string? outputDirectory, bool force, int? throttleLimit = null)
    {
        var ids = videoIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var activities = ids.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => OverallActivityId + 1 + x.index);
        var options = Options(timeout, pollInterval, throttleLimit, id => activities[id]);
        var finished = 0;
        ReportOverall(finished, ids.Count);
        await foreach (var result in _context.Client.WaitForVideosStreamAsync(ids, options, _context.CancellationToken).ConfigureAwait(false))
        {
            _context.Sink.WriteProgress(new ProgressUpdate(activities[result.VideoId], $"Video {result.VideoId}", result.Outcome.ToString(), 100, Completed: true, ParentActivityId: OverallActivityId));
            await ReportAsync(result, timeout, outputDirectory, force).ConfigureAwait(false);
            ReportOverall(++finished, ids.Count);
        }

        _context.Sink.WriteProgress(new ProgressUpdate(OverallActivityId, "Waiting for videos", "Done", 100, Completed: true));
    }

    /// <summary>
    /// Wait-AvatarIVVideo -BatchId: each batch in turn (each with the whole -Timeout), its videos written as they finish; an item
    /// HeyGen never made a video for is a non-terminating VideoFailed naming the batch and the item.
    /// </summary>
    public async Task WaitForBatchesAsync(IReadOnlyList<string> batchIds, TimeSpan timeout, TimeSpan? pollInterval, string? outputDirectory, bool force, int? throttleLimit = null)
    {
        var activities = new Dictionary<string, int>(StringComparer.Ordinal);
        int ActivityOf(string id) => activities.TryGetValue(id, out var a) ? a : activities[id] = OverallActivityId + 1 + activities.Count;
        foreach (var batchId in batchIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal))
        {
            _context.Sink.WriteProgress(new ProgressUpdate(OverallActivityId, $"Waiting for batch {batchId}", "Reading the batch"));
            try
            {
                var options = Options(timeout, pollInterval, throttleLimit, ActivityOf);
                await foreach (var result in _context.Client.WaitForBatchStreamAsync(batchId, options, _context.CancellationToken).ConfigureAwait(false))
                {
                    if (result.VideoId.Length == 0)
                    {
                        var item = $"item {result.BatchItemIndex} of batch {batchId}";
                        _context.Sink.WriteError(result.Outcome == WaitOutcome.Failed
                            ? ErrorMap.Failed(item, result.Video?.Error, batchId)
                            : ErrorMap.TimedOut(item, "not created", timeout, batchId));
                        continue;
                    }

                    _context.Sink.WriteProgress(new ProgressUpdate(ActivityOf(result.VideoId), $"Video {result.VideoId}", result.Outcome.ToString(), 100, Completed: true, ParentActivityId: OverallActivityId));
                    await ReportAsync(result, timeout, outputDirectory, force).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (HandlerContext.IsItemFailure(e))
            {
                _context.Fail(e, batchId);
            }
        }

        _context.Sink.WriteProgress(new ProgressUpdate(OverallActivityId, "Waiting for videos", "Done", 100, Completed: true));
    }

    /// <param name="activityOf">The progress activity of a video, by id.</param>
    private WaitOptions Options(TimeSpan timeout, TimeSpan? pollInterval, int? throttleLimit, Func<string, int> activityOf)
    {
        var options = new WaitOptions
        {
            Timeout = timeout,
            OnStatusChanged = change => _context.Sink.WriteProgress(new ProgressUpdate(
                activityOf(change.VideoId), $"Video {change.VideoId}", change.Current.ToString(), ParentActivityId: OverallActivityId)),
        };
        if (throttleLimit is { } limit)
        {
            options.MaxParallelism = limit;
        }

        if (pollInterval is { } interval)
        {
            options.InitialPollInterval = interval;
            options.MaxPollInterval = interval;
        }

        return options;
    }

    private async Task ReportAsync(VideoWaitResult result, TimeSpan timeout, string? outputDirectory, bool force)
    {
        // Core reads an unknown id as a failed status with code not_found: for the user it is a wrong id, not a failed
        // render, and not a video to remember for -VideoId completion.
        if (result.Outcome == WaitOutcome.Failed && result.Video?.Error?.Code == AvatarIVErrorCodes.NotFound)
        {
            _context.Sink.WriteError(ErrorMap.NoSuchVideo(result.VideoId, result.VideoId));
            return;
        }

        var video = result.Video is null ? new AvatarVideo { VideoId = result.VideoId, Status = VideoStatus.Unknown.ToString() } : _context.SessionVideo(result.Video);
        switch (result.Outcome)
        {
            case WaitOutcome.Failed:
                _context.Sink.WriteError(ErrorMap.Failed(result.VideoId, result.Video?.Error, video));
                return;
            case WaitOutcome.TimedOut:
                _context.Sink.WriteError(ErrorMap.TimedOut(result.VideoId, video.Status, timeout, video));
                return;
            case WaitOutcome.ReadFailed:
                // This video's status could not be read, round after round; the others went on. Its own error, not terminating.
                _context.Fail(
                    result.ReadError ?? new AvatarIVApiException($"The status of video {result.VideoId} could not be read.", 0, AvatarIVErrorCodes.NetworkError, _context.Surface, isRetryable: true),
                    video,
                    error => ForWait(error) with { IsTerminating = false });
                return;
            case not WaitOutcome.Completed:
                return;
        }

        if (outputDirectory is not null)
        {
            try
            {
                await new VideoDownloader(_context).DownloadAsync(result.Video!, video, Path.Combine(outputDirectory, result.VideoId + ".mp4"), force, includeThumbnail: true).ConfigureAwait(false);
            }
            catch (Exception e) when (HandlerContext.IsItemFailure(e))
            {
                _context.Fail(e, video, ForWait);
                return;
            }
        }

        _context.Sink.WriteObject(video);
    }

    /// <summary>Wait-AvatarIVVideo has -OutputDirectory and -Force, no -Path: its advice says so.</summary>
    private static AvatarIVError ForWait(AvatarIVError error) => error.ErrorId == ErrorMap.FileExists
        ? error with { RecommendedAction = "Add -Force to overwrite it, or choose another -OutputDirectory." }
        : error;

    private void ReportOverall(int finished, int total) => _context.Sink.WriteProgress(new ProgressUpdate(
        OverallActivityId, "Waiting for videos", $"{finished} of {total} finished", finished * 100 / total));
}
