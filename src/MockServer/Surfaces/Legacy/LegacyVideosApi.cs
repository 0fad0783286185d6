using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Folders;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Domain.Videos;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Surfaces.Legacy;

/// <summary>Legacy video routes: av4 generate (v2 envelope), status, list and delete (v1 envelope).</summary>
public static class LegacyVideosApi
{
    public static RouteGroupBuilder MapLegacyVideosApi(this RouteGroupBuilder root)
    {
        root.MapPost("/v2/video/av4/generate", GenerateAsync).WithTags("legacy").WithSummary("Create an Avatar IV video from an image_key with a script or audio.");
        root.MapGet("/v1/video_status.get", Status).WithTags("legacy").WithSummary("A video's status (video_id=...); counts as a status read.");
        root.MapGet("/v1/video.list", List).WithTags("legacy").WithSummary("The key's videos (limit 0-100, token, folder_id).");
        root.MapDelete("/v1/video.delete", Delete).WithTags("legacy").WithSummary("Delete a video (video_id=...).");
        return root;
    }

    private static async Task<IResult> GenerateAsync(HttpContext ctx, VideoPlanner planner, JobEngine jobs, WebhookUrlPolicy webhookUrls)
    {
        var request = LegacyGenerateRequestParser.Parse(new JsonFields(await JsonBody.ReadObjectAsync(ctx.Request)), ctx, webhookUrls);
        var job = jobs.Create(await planner.PlanAsync(request, ctx.RequestAborted));
        return V2Envelope.Ok(new { video_id = job.Id });
    }

    private static IResult Status(HttpContext ctx, JobEngine jobs, MediaUrlSigner signer)
    {
        var videoId = RequiredVideoId(ctx);
        var job = jobs.Read(ctx.CallerKeyId(), videoId) ?? throw NotFound(videoId);
        return V1Envelope.Ok(LegacyStatusView.Of(job, signer, ctx));
    }

    private static IResult List(HttpContext ctx, JobEngine jobs, FolderStore folders)
    {
        var folderId = FolderFilter.Read(ctx, folders);
        var videos = jobs.List(ctx.CallerKeyId()).Where(j => folderId is null || j.FolderId == folderId).ToList();
        var page = Paging.Slice(videos, ctx.Request, defaultLimit: 100, minLimit: 0, maxLimit: 100);
        return V1Envelope.Ok(new
        {
            token = page.NextToken,
            videos = page.Items.Select(j => new
            {
                video_id = j.Id,
                status = StatusWords.LegacyList(j.Status),
                video_title = j.Title,
                created_at = j.CreatedAt.ToUnixTimeSeconds(),
                type = "GENERATED",
            }).ToList(),
        });
    }

    private static IResult Delete(HttpContext ctx, JobEngine jobs)
    {
        var videoId = RequiredVideoId(ctx);
        return jobs.Delete(ctx.CallerKeyId(), videoId) ? V1Envelope.Ok(null) : throw NotFound(videoId);
    }

    private static string RequiredVideoId(HttpContext ctx)
    {
        var videoId = ctx.Request.Query["video_id"].ToString().Trim();
        return videoId.Length > 0
            ? videoId
            : throw ErrorCatalog.MissingParameter.With("video_id is required: add ?video_id=<id from /v2/video/av4/generate>.", "video_id");
    }

    private static MockError NotFound(string videoId) =>
        ErrorCatalog.VideoNotFound.With($"No video '{videoId}' exists for this API key. Check the video_id returned by /v2/video/av4/generate.", "video_id");
}
