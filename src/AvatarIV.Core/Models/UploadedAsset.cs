using AvatarIV.Core.Media;

namespace AvatarIV.Core;

/// <summary>A file stored at HeyGen, ready to be referenced by a video.</summary>
public sealed record UploadedAsset
{
    /// <summary>Asset id: v3 image <c>asset_id</c>, or the legacy <c>audio_asset_id</c>.</summary>
    public string AssetId { get; init; } = "";

    /// <summary>Legacy only, images only: the <c>image_key</c> that <c>/v2/video/av4/generate</c> needs.</summary>
    public string? ImageKey { get; init; }

    public string? Url { get; init; }

    public MediaKind Kind { get; init; }

    public string MimeType { get; init; } = "";

    /// <summary><c>image</c>, <c>audio</c> or <c>video</c>.</summary>
    public string FileType { get; init; } = "";

    /// <summary>The uploaded file's size: the server's figure when it gives one, else the stream's length (0 when neither is known).</summary>
    public long SizeBytes { get; init; }

    public string? FileName { get; init; }

    public ApiSurface Surface { get; init; }
}
