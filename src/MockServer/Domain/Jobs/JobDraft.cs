using AvatarIV.Core;

namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>A create request after parsing and media resolution: everything a job needs, already priced.</summary>
public sealed record JobDraft
{
    public required string OwnerKeyId { get; init; }
    public required ApiSurface Surface { get; init; }
    public required string BaseUrl { get; init; }
    public string? Title { get; init; }
    public string? Script { get; init; }
    public string? VoiceId { get; init; }
    public byte[]? Photo { get; init; }
    public string? ImageAssetId { get; init; }
    public byte[]? Audio { get; init; }
    public string? AudioAssetId { get; init; }
    public string? AudioUrl { get; init; }
    public required double DurationSeconds { get; init; }
    public required decimal Cost { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public string? Orientation { get; init; }
    public string? AspectRatio { get; init; }
    public string? Resolution { get; init; }
    public string? Fit { get; init; }
    public string? MotionPrompt { get; init; }
    public string? Quality { get; init; }
    public string? Expressiveness { get; init; }
    public string? CallbackUrl { get; init; }
    public string? CallbackId { get; init; }
    public ProgressionMode? Mode { get; init; }

    /// <summary>Set when the render is bound to fail (a <c>[[fail]]</c> marker, or media the mock could not use).</summary>
    public string? PlannedFailureCode { get; init; }
    public string? PlannedFailureMessage { get; init; }
}
