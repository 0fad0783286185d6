using AvatarIV.MockServer.Domain.Assets;
using AvatarIV.MockServer.Domain.Avatars;
using AvatarIV.MockServer.Domain.Captions;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Rendering;

namespace AvatarIV.MockServer.MediaLinks;

/// <summary>
/// The presigned <c>/_media/…</c> downloads: no API key (like HeyGen's links), but a valid Expires + Signature.
/// Expired or tampered → 403 plain text; unknown → 404. Every file honours <c>Range</c> (206 + Content-Range; 416 past the end),
/// so clients can resume an interrupted download.
/// </summary>
public static class MediaApi
{
    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder app)
    {
        var media = app.MapGroup("/_media").WithTags("media").AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var signer = http.RequestServices.GetRequiredService<MediaUrlSigner>();
            var refusal = signer.Refusal(http.Request.Path.Value ?? string.Empty, http.Request.Query["Expires"], http.Request.Query["Signature"]);
            return refusal is null ? await next(context) : TypedResults.Text(refusal, statusCode: StatusCodes.Status403Forbidden);
        });

        media.MapGet("/videos/{file}", Video);
        media.MapGet("/thumbnails/{file}", Thumbnail);
        media.MapGet("/assets/{assetId}/{file}", AssetFile);
        media.MapGet("/looks/{file}", LookPreview);
        media.MapGet("/subtitles/{file}", Subtitles);
        media.MapGet("/captioned/{file}", CaptionedVideo);
        return app;
    }

    private static IResult Video(string file, JobEngine jobs, RenderCache cache, MediaRenderer renderer)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        if (jobs.RenderInputsOf(id) is not { Photo: not null } inputs)
        {
            return NotFound("video");
        }

        return TypedResults.Bytes(RenderedVideo(id, inputs, cache, renderer), "video/mp4", enableRangeProcessing: true);
    }

    /// <summary>A captioned job's SRT (made from its script and duration; small, so not cached).</summary>
    private static IResult Subtitles(string file, JobEngine jobs)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        return jobs.RenderInputsOf(id) is { Caption: not null } inputs
            ? TypedResults.Text(SubtitleTrack.Srt(inputs.Script, inputs.DurationSeconds), "application/x-subrip", System.Text.Encoding.UTF8)
            : NotFound("subtitle file");
    }

    private static IResult CaptionedVideo(string file, JobEngine jobs, RenderCache cache, MediaRenderer renderer)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        if (jobs.RenderInputsOf(id) is not { Photo: not null, Caption.Style: not null } inputs)
        {
            return NotFound("captioned video");
        }

        var bytes = cache.GetOrRender("captioned/" + id, () => renderer.RenderCaptioned(RenderedVideo(id, inputs, cache, renderer), SubtitleTrack.Srt(inputs.Script, inputs.DurationSeconds)));
        return TypedResults.Bytes(bytes, "video/mp4", enableRangeProcessing: true);
    }

    private static byte[] RenderedVideo(string id, RenderInputs inputs, RenderCache cache, MediaRenderer renderer) =>
        cache.GetOrRender("video/" + id, () => renderer.RenderVideo(inputs.Photo!, inputs.DurationSeconds, inputs.Width, inputs.Height, inputs.Audio));

    private static IResult Thumbnail(string file, JobEngine jobs, RenderCache cache, MediaRenderer renderer)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        if (jobs.RenderInputsOf(id) is not { Photo: not null } inputs)
        {
            return NotFound("thumbnail");
        }

        var bytes = cache.GetOrRender("thumbnail/" + id, () => renderer.RenderThumbnail(inputs.Photo!));
        return TypedResults.Bytes(bytes, "image/jpeg", enableRangeProcessing: true);
    }

    private static IResult LookPreview(string file) =>
        LookCatalogue.Find(Path.GetFileNameWithoutExtension(file)) is { } look
            ? TypedResults.Bytes(LookPortraits.Jpeg(look), "image/jpeg", enableRangeProcessing: true)
            : NotFound("look preview");

    private static IResult AssetFile(string assetId, AssetStore assets) =>
        assets.Find(assetId) is { } asset ? TypedResults.Bytes(asset.Bytes, asset.MimeType, enableRangeProcessing: true) : NotFound("asset");

    private static IResult NotFound(string what) =>
        TypedResults.Text($"This {what} does not exist (any more). Read the video's status again.", statusCode: StatusCodes.Status404NotFound);
}
