namespace AvatarIV.Core;

/// <summary>How to wait for videos.</summary>
public sealed class WaitOptions
{
    /// <summary>Overall limit; videos still unfinished then come back as <see cref="WaitOutcome.TimedOut"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Pause after the first poll; doubles up to <see cref="MaxPollInterval"/>.</summary>
    public TimeSpan InitialPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Legacy: status reads in flight at once (v3 reads up to 100 videos per call).</summary>
    public int MaxParallelism { get; set; } = 4;

    /// <summary>
    /// Rounds in a row a video's status read may fail (each read already retried per <see cref="RetryOptions"/>) before that video alone
    /// comes back <see cref="WaitOutcome.ReadFailed"/>; the other videos go on. Rate limiting (429) never counts: it slows the rounds down instead.
    /// </summary>
    public int MaxFailedReads { get; set; } = 3;

    /// <summary>Called whenever a video's status changes (including its first observed status).</summary>
    public Action<VideoStatusChange>? OnStatusChanged { get; set; }

    /// <summary>The same settings with another overall limit.</summary>
    internal WaitOptions WithTimeout(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        InitialPollInterval = InitialPollInterval,
        MaxPollInterval = MaxPollInterval,
        MaxParallelism = MaxParallelism,
        MaxFailedReads = MaxFailedReads,
        OnStatusChanged = OnStatusChanged,
    };
}

/// <summary>A video moved from one status to another.</summary>
public sealed record VideoStatusChange(string VideoId, VideoStatus Previous, VideoStatus Current, Video Video);

/// <summary>How waiting for one video ended; <see cref="Video"/> is the last state seen (null if never seen).</summary>
public sealed record VideoWaitResult(string VideoId, WaitOutcome Outcome, Video? Video)
{
    /// <summary>With <see cref="WaitOutcome.ReadFailed"/>: the last error reading the video's status (never carries the key).</summary>
    public AvatarIVApiException? ReadError { get; init; }

    /// <summary>
    /// When waiting for a batch: the video's position in the batch. An item HeyGen never made a video for has an empty
    /// <see cref="VideoId"/> and comes back <see cref="WaitOutcome.Failed"/> (or <see cref="WaitOutcome.TimedOut"/>).
    /// </summary>
    public int? BatchItemIndex { get; init; }
}
