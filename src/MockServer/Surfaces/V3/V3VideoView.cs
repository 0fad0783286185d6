using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary>The v3 video object (docs/heygen-api.md, "v3 endpoints"); media links (video, captioned video, SRT, thumbnail) are signed for every answer (valid --url-ttl from the read).</summary>
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
    public static V3VideoView Of(JobSnapshot job, MediaUrlSigner signer, HttpContext ctx)
    {
        var baseUrl = job.IsCompleted ? ctx.BaseUrl() : null;
        return Of(job, signer, baseUrl);
    }

    private static V3VideoView Of(JobSnapshot job, MediaUrlSigner signer, string? baseUrl) => new(
        job.Id,
        StatusWords.V3(job.Status),
        job.Title,
        baseUrl is not null ? signer.Sign(baseUrl, MediaUrlSigner.VideoPath(job.Id)) : null,
        baseUrl is not null && job.Caption?.Style is not null ? signer.Sign(baseUrl, MediaUrlSigner.CaptionedVideoPath(job.Id)) : null,
        baseUrl is not null && job.Caption is not null ? signer.Sign(baseUrl, MediaUrlSigner.SubtitlePath(job.Id)) : null,
        baseUrl is not null ? signer.Sign(baseUrl, MediaUrlSigner.ThumbnailPath(job.Id)) : null,
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
