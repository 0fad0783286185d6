namespace AvatarIV.Core;

/// <summary>How to save a finished video.</summary>
public sealed class DownloadOptions
{
    /// <summary>Replace an existing file; without it an existing target is an error.</summary>
    public bool Overwrite { get; set; }

    /// <summary>Also save the thumbnail (JPEG).</summary>
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
