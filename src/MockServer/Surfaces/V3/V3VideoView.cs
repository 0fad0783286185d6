using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary>The v3 video object (docs/heygen-api.md, "v3 endpoints"); media links (video, captioned video, SRT, thumbnail) are minted afresh for every answer.</summary>
public sealed record V3VideoView(
    string Id,
    string Status,
    string? Title,
    string? VideoUrl,
    string? CaptionedVideoUrl,
    string? SubtitleUrl,
    string? ThumbnailUrl,
    string? GifUrl,
    string? VideoPageUrl,
    double? Duration,
    long CreatedAt,
    long? CompletedAt,
    string? FailureCode,
    string? FailureMessage,
    string? FolderId,
    string? OutputLanguage)
{
    public static V3VideoView Of(JobSnapshot job, MediaUrlSigner signer, HttpContext ctx) => new(
        job.Id,
        StatusWords.V3(job.Status),
        job.Title,
        job.IsCompleted ? signer.Sign(ctx.BaseUrl(), MediaUrlSigner.VideoPath(job.Id)) : null,
        job.IsCompleted && job.Caption?.Style is not null ? signer.Sign(ctx.BaseUrl(), MediaUrlSigner.CaptionedVideoPath(job.Id)) : null,
        job.IsCompleted && job.Caption is not null ? signer.Sign(ctx.BaseUrl(), MediaUrlSigner.SubtitlePath(job.Id)) : null,
        job.IsCompleted ? signer.Sign(ctx.BaseUrl(), MediaUrlSigner.ThumbnailPath(job.Id)) : null,
        null,
        null,
        job.IsCompleted ? job.DurationSeconds : null,
        job.CreatedAt.ToUnixTimeSeconds(),
        job.CompletedAt?.ToUnixTimeSeconds(),
        job.FailureCode,
        job.FailureMessage,
        job.FolderId,
        null);
}
