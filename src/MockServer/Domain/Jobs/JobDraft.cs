using AvatarIV.MockServer.Domain.Videos;

namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>A create request after media resolution: the request plus what the planner worked out, already priced.</summary>
public sealed record JobDraft
{
    public required VideoRequest Request { get; init; }
    public byte[]? Photo { get; init; }
    public string? ImageAssetId { get; init; }
    public byte[]? Audio { get; init; }
    public string? AudioAssetId { get; init; }
    public required double DurationSeconds { get; init; }
    public required decimal Cost { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public string? Resolution { get; init; }

    /// <summary>Set when the render is bound to fail (a <c>[[fail]]</c> marker, or media the mock could not use).</summary>
    public string? PlannedFailureCode { get; init; }
    public string? PlannedFailureMessage { get; init; }

    public string OwnerKeyId => Request.OwnerKeyId;

    public VideoSurface Surface => Request.Surface;

    public string BaseUrl => Request.BaseUrl;

    public ProgressionMode? Mode => Request.Mode;
}
