using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Surfaces.Legacy;

/// <summary><c>GET /v1/video_status.get</c>'s data (docs/heygen-api.md, "Legacy endpoints"); links minted afresh on every read.</summary>
public sealed record LegacyStatusView(
    string Id,
    string Status,
    string? VideoUrl,
    string? ThumbnailUrl,
    string? GifUrl,
    double? Duration,
    long CreatedAt,
    string? CallbackId,
    string? CaptionUrl,
    string? VideoUrlCaption,
    LegacyStatusView.LegacyError? Error)
{
    public sealed record LegacyError(int Code, string Message, string Detail);

    public static LegacyStatusView Of(JobSnapshot job, MediaUrlSigner signer, HttpContext ctx) => new(
        job.Id,
        StatusWords.Legacy(job.Status),
        job.IsCompleted ? signer.Sign(ctx.BaseUrl(), MediaUrlSigner.VideoPath(job.Id)) : null,
        job.IsCompleted ? signer.Sign(ctx.BaseUrl(), MediaUrlSigner.ThumbnailPath(job.Id)) : null,
        null,
        job.IsCompleted ? job.DurationSeconds : null,
        job.CreatedAt.ToUnixTimeSeconds(),
        job.CallbackId,
        job.IsCompleted && job.Caption is not null ? signer.Sign(ctx.BaseUrl(), MediaUrlSigner.SubtitlePath(job.Id)) : null,
        job.IsCompleted && job.Caption?.Style is not null ? signer.Sign(ctx.BaseUrl(), MediaUrlSigner.CaptionedVideoPath(job.Id)) : null,
        ErrorOf(job));

    public static LegacyError? ErrorOf(JobSnapshot job) =>
        job.IsFailed ? new LegacyError(ErrorCatalog.RenderFailureNamed(job.FailureCode!)?.V1Number ?? ErrorCatalog.RenderInternalError.V1Number, job.FailureMessage!, job.FailureCode!) : null;
}
