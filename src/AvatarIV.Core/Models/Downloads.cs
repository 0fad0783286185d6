namespace AvatarIV.Core;

/// <summary>Which file of a finished video to save.</summary>
public enum VideoAsset
{
    /// <summary>The video (<see cref="Video.VideoUrl"/>).</summary>
    Video,

    /// <summary>The video with captions burned in (<see cref="Video.CaptionedVideoUrl"/>; needs a caption style at create).</summary>
    Captioned,

    /// <summary>The SRT subtitles (<see cref="Video.SubtitleUrl"/>; needs captions at create).</summary>
    Subtitle,

    /// <summary>The thumbnail image (<see cref="Video.ThumbnailUrl"/>).</summary>
    Thumbnail,
}

/// <summary>How to save a finished video.</summary>
public sealed class DownloadOptions
{
    /// <summary>Which file to save; a completed video without it is an <c>asset_not_available</c> error.</summary>
    public VideoAsset Asset { get; set; } = VideoAsset.Video;

    /// <summary>Replace an existing file; without it an existing target is an error.</summary>
    public bool Overwrite { get; set; }

    /// <summary>Also save the thumbnail (JPEG) next to <see cref="VideoAsset.Video"/> or <see cref="VideoAsset.Captioned"/>.</summary>
    public bool IncludeThumbnail { get; set; }

    /// <summary>Where the thumbnail goes; null = the video's path with a <c>.jpg</c> extension.</summary>
    public string? ThumbnailPath { get; set; }

    /// <summary>
    /// Keep the partial temporary file when a download is interrupted (network drop, timeout, cancellation), and continue
    /// it on the next download of the same video to the same path with <c>Range: bytes=N-</c>. Off: nothing is left behind.
    /// </summary>
    public bool Resume { get; set; }

    /// <summary>Bytes copied (and reported) per step; tests make it small so that any video spans several steps.</summary>
    internal int CopyBufferSize { get; set; } = Downloads.BodyCopier.DefaultBufferSize;
}

/// <summary>What a download wrote.</summary>
public sealed record DownloadResult(string VideoId, string Path, long Bytes, string? ThumbnailPath);
