
namespace AvatarIV.MockServer.Domain.Videos;

public enum MediaRefKind
{
    AssetId,
    ImageKey,
    Url,
    Inline,
}

/// <summary>How a request names a photo or an audio track; <see cref="Param"/> is the field to blame in errors.</summary>
public sealed record MediaRef(MediaRefKind Kind, string Param, string? Value = null, Uri? Url = null, byte[]? Bytes = null);

/// <summary>A create-video request in the surfaces' common terms, after field syntax was checked.</summary>
public sealed record VideoRequest
{
    public required string OwnerKeyId { get; init; }
    public required VideoSurface Surface { get; init; }
    public required string BaseUrl { get; init; }
    public required MediaRef Image { get; init; }
    public MediaRef? Audio { get; init; }
    public string? Title { get; init; }
    public string? Script { get; init; }
    public string? VoiceId { get; init; }
    public double Speed { get; init; } = 1;

    /// <summary>Legacy <c>video_orientation</c>: portrait, landscape (default) or square.</summary>
    public string? Orientation { get; init; }

    /// <summary>v3 <c>aspect_ratio</c> (default 16:9) and <c>resolution</c> (default 720p).</summary>
    public string? AspectRatio { get; init; }
    public string? Resolution { get; init; }
    public string? Fit { get; init; }
    public string? MotionPrompt { get; init; }
    public string? Quality { get; init; }
    public string? Expressiveness { get; init; }
    public string? CallbackUrl { get; init; }
    public string? CallbackId { get; init; }
    public ProgressionMode? Mode { get; init; }
}
