using AvatarIV.MockServer.Domain.Videos;

namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>A job as it stood at one moment; safe to hand to surfaces.</summary>
public sealed record JobSnapshot(
    string Id,
    string OwnerKeyId,
    VideoSurface Surface,
    JobStatus Status,
    ProgressionMode Mode,
    int Reads,
    string? Title,
    double DurationSeconds,
    decimal Cost,
    int Width,
    int Height,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    string? FailureCode,
    string? FailureMessage,
    string? CallbackId,
    string? CallbackUrl,
    string? Quality,
    string BaseUrl,
    string? FolderId = null,
    CaptionRequest? Caption = null)
{
    public bool IsCompleted => Status == JobStatus.Completed;

    public bool IsFailed => Status == JobStatus.Failed;

    public bool IsTerminal => IsCompleted || IsFailed;
}
