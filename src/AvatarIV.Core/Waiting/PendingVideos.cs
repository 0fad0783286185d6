using AvatarIV.Core.Surfaces;

namespace AvatarIV.Core.Waiting;

/// <summary>
/// The videos still being waited for: the last state seen of each and how many rounds in a row its read failed.
/// Each read is judged on its own, so one video's failures never hold back another's result.
/// </summary>
internal sealed class PendingVideos
{
    private readonly List<string> _pending;
    private readonly Dictionary<string, Video> _lastSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _failedReads = new(StringComparer.Ordinal);
    private readonly WaitOptions _options;

    public PendingVideos(List<string> videoIds, WaitOptions options)
    {
        _pending = videoIds;
        _options = options;
    }

    public IReadOnlyList<string> Ids => _pending;

    public bool Any => _pending.Count > 0;

    /// <summary>Records one read; returns the video's final result when this read settled it, else null.</summary>
    public VideoWaitResult? Record(VideoRead read, PollRound round, TimeSpan maxRetryAfter)
    {
        if (!_pending.Contains(read.VideoId))
        {
            return null;
        }

        if (read.Video is { } video)
        {
            round.NoteAnswer();
            _failedReads.Remove(read.VideoId);
            return Observe(video);
        }

        var error = read.Error!;
        round.NoteFailure(error);
        if (error.StatusCode is 401 or 403)
        {
            // The key is refused: every read will be, so this ends the whole wait (not one video).
            throw error;
        }

        if (error.StatusCode == 429)
        {
            var wait = error.RetryAfter ?? TimeSpan.Zero;
            round.NoteRateLimit(wait < maxRetryAfter ? wait : maxRetryAfter);
            return null;
        }

        var failures = _failedReads.TryGetValue(read.VideoId, out var count) ? count + 1 : 1;
        _failedReads[read.VideoId] = failures;
        return !error.IsRetryable || failures >= _options.MaxFailedReads ? Finish(read.VideoId, WaitOutcome.ReadFailed, error) : null;
    }

    /// <summary>What is left at the deadline, each as <see cref="WaitOutcome.TimedOut"/>.</summary>
    public IEnumerable<VideoWaitResult> TimedOut() =>
        _pending.Select(id => new VideoWaitResult(id, WaitOutcome.TimedOut, LastSeen(id)));

    private Video? LastSeen(string id) => _lastSeen.TryGetValue(id, out var video) ? video : null;

    private VideoWaitResult? Observe(Video video)
    {
        var previous = LastSeen(video.VideoId)?.Status ?? VideoStatus.Unknown;
        _lastSeen[video.VideoId] = video;
        if (previous != video.Status)
        {
            _options.OnStatusChanged?.Invoke(new VideoStatusChange(video.VideoId, previous, video.Status, video));
        }

        return video.IsTerminal
            ? Finish(video.VideoId, video.Status == VideoStatus.Completed ? WaitOutcome.Completed : WaitOutcome.Failed, null)
            : null;
    }

    private VideoWaitResult Finish(string id, WaitOutcome outcome, AvatarIVApiException? readError)
    {
        _pending.Remove(id);
        _failedReads.Remove(id);
        return new VideoWaitResult(id, outcome, LastSeen(id)) { ReadError = readError };
    }
}
