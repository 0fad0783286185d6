
namespace AvatarIV.MockServer.Domain.Videos;

public enum MediaRefKind
{
    AssetId,
    ImageKey,
    Url,
    Inline,

    /// <summary>A look of the seeded catalogue (<c>avatar_id</c>): its preview image is the face.</summary>
    Look,
}

/// <summary>v3 <c>caption</c>: an SRT sidecar always; a <see cref="Style"/> also burns the text into a second MP4.</summary>
public sealed record CaptionRequest(string FileFormat, string? Style);

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

    /// <summary>v3 <c>type:"avatar"</c>: the engine (<c>avatar_iv</c> default, <c>avatar_v</c>, <c>avatar_iii</c>) and its reference look.</summary>
    public string? Engine { get; init; }
    public string? ReferenceLookId { get; init; }

    /// <summary>Whether <c>expressiveness</c> was sent (it has a default, but some looks and engines refuse it).</summary>
    public bool ExpressivenessGiven { get; init; }
    public string OutputFormat { get; init; } = "mp4";
    public string? FolderId { get; init; }
    public CaptionRequest? Caption { get; init; }

    /// <summary>Set for an item of a batch: it waits for a render slot instead of being refused with 429.</summary>
    public string? BatchId { get; init; }
    public int? BatchIndex { get; init; }
}
