using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Assets;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Domain.Media.Formats;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;
using AvatarIV.MockServer.Surfaces.Legacy;

namespace AvatarIV.MockServer.Surfaces.Guide;

/// <summary>
/// The original guide's two routes that HeyGen does not have (docs/heygen-api.md, "The original guide versus HeyGen"), served so the guide's examples run
/// offline: <c>POST /v2/photo_avatar/upload</c> and <c>GET /v2/video/av4/{video_id}/status</c>. v2 envelope.
/// </summary>
public static class GuideAliasesApi
{
    public static RouteGroupBuilder MapGuideAliasesApi(this RouteGroupBuilder root)
    {
        root.MapPost("/v2/photo_avatar/upload", UploadAsync).DisableAntiforgery().WithTags("guide").WithSummary("Mock only (the original guide's route): upload a photo as multipart 'file'; returns image_key.");
        root.MapGet("/v2/video/av4/{videoId}/status", Status).WithTags("guide").WithSummary("Mock only (the original guide's route): a video's status in the v2 envelope.");
        return root;
    }

    private static async Task<IResult> UploadAsync(HttpContext ctx, UploadReader uploads, AssetStore assets)
    {
        var (bytes, _) = await uploads.ReadMultipartFileAsync(ctx.Request, uploads.LegacyCap);
        var kind = MediaSignature.Of(bytes);
        if (kind is not (MediaFormat.Jpeg or MediaFormat.Png))
        {
            throw ErrorCatalog.InvalidParameter.With("file must be a JPEG or PNG photo (checked by its bytes).", "file");
        }

        var asset = assets.Add(ctx.CallerKeyId(), kind, bytes);
        return V2Envelope.Ok(new { image_key = asset.ImageKey, id = asset.Id });
    }

    private static IResult Status(string videoId, HttpContext ctx, JobEngine jobs, MediaUrlSigner signer)
    {
        var job = jobs.Read(ctx.CallerKeyId(), videoId)
            ?? throw ErrorCatalog.VideoNotFound.With($"No video '{videoId}' exists for this API key.", "video_id");
        var view = LegacyStatusView.Of(job, signer, ctx);
        return V2Envelope.Ok(new
        {
            video_id = job.Id,
            status = view.Status,
            video_url = view.VideoUrl,
            thumbnail_url = view.ThumbnailUrl,
            duration = view.Duration,
            error = view.Error,
        });
    }
}
