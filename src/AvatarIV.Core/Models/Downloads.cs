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
}

/// <summary>What a download wrote.</summary>
public sealed record DownloadResult(string VideoId, string Path, long Bytes, string? ThumbnailPath);
