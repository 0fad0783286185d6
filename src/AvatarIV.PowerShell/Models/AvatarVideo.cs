namespace AvatarIV.PowerShell.Models;

/// <summary>A video (New-, Get-, Wait-, Save-AvatarIVVideo); VideoId binds along the pipeline.</summary>
public sealed class AvatarVideo
{
    public string VideoId { get; set; } = "";

    /// <summary>Waiting, Pending, Processing, Completed or Failed.</summary>
    public string Status { get; set; } = "";

    public string? Title { get; set; }

    public double? DurationSeconds { get; set; }

    /// <summary>New-AvatarIVVideo: the estimate the video was created with.</summary>
    public double? EstimatedSeconds { get; set; }

    public decimal? EstimatedCredits { get; set; }

    public string? VideoUrl { get; set; }

    public string? ThumbnailUrl { get; set; }

    /// <summary>The SRT subtitles, when the video was made with -Caption.</summary>
    public string? SubtitleUrl { get; set; }

    /// <summary>The video with captions burned in, when it was made with -CaptionStyle.</summary>
    public string? CaptionedVideoUrl { get; set; }

    public string? FolderId { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public string? CallbackId { get; set; }

    /// <summary>The downloaded video (or captioned video), once saved.</summary>
    public string? FilePath { get; set; }

    public string? ThumbnailFilePath { get; set; }

    /// <summary>The downloaded SRT subtitles (Save-AvatarIVVideo -Asset Subtitle).</summary>
    public string? SubtitleFilePath { get; set; }

    public AvatarIVApiVersion ApiVersion { get; set; }
}
