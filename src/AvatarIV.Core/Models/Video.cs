namespace AvatarIV.Core;

/// <summary>Why a render failed (a state of the video, not an exception).</summary>
/// <remarks>Code: v3 <c>failure_code</c>, or the legacy numeric code as a decimal string.</remarks>
public sealed record VideoError(string Code, string Message, string? Detail);

/// <summary>One video as either surface reports it.</summary>
public sealed record Video
{
    public string VideoId { get; init; } = "";

    public VideoStatus Status { get; init; }

    public string? Title { get; init; }

    /// <summary>Presigned link; expires, and every status read mints a fresh one.</summary>
    public string? VideoUrl { get; init; }

    public string? ThumbnailUrl { get; init; }

    /// <summary>The SRT subtitle file, when captions were asked for (v3 <c>subtitle_url</c>, legacy <c>caption_url</c>).</summary>
    public string? SubtitleUrl { get; init; }

    /// <summary>The video with captions burned in, when a caption style was asked for (v3 <c>captioned_video_url</c>, legacy <c>video_url_caption</c>).</summary>
    public string? CaptionedVideoUrl { get; init; }

    public string? FolderId { get; init; }

    public string? GifUrl { get; init; }

    public double? DurationSeconds { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public VideoError? Error { get; init; }

    public string? CallbackId { get; init; }

    public ApiSurface Surface { get; init; }

    public bool IsTerminal => Status is VideoStatus.Completed or VideoStatus.Failed;
}
