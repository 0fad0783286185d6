using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.MediaLinks;
using AvatarIV.MockServer.Rendering;

namespace AvatarIV.MockServer.Dashboard;

/// <summary>
/// <c>/_mock/ui/media/…</c>: a completed job's video and thumbnail without a signed link, for the page. The files come
/// from the same render cache as the <c>/_media</c> links, so each is rendered once.
/// </summary>
internal static class DashboardMedia
{
    public static RouteGroupBuilder MapDashboardMedia(this RouteGroupBuilder ui)
    {
        ui.MapGet("/media/{id}/video.mp4", (string id, JobEngine jobs, RenderCache cache, MediaRenderer renderer) =>
            Serve(jobs.RenderInputsOf(id), inputs => cache.GetOrRender("video/" + id, () => renderer.RenderVideo(inputs.Photo!, inputs.DurationSeconds, inputs.Width, inputs.Height, inputs.Audio)), "video/mp4")).WithSummary("A completed job's video, without a signed link.");
        ui.MapGet("/media/{id}/thumbnail.jpg", (string id, JobEngine jobs, RenderCache cache, MediaRenderer renderer) =>
            Serve(jobs.RenderInputsOf(id), inputs => cache.GetOrRender("thumbnail/" + id, () => renderer.RenderThumbnail(inputs.Photo!)), "image/jpeg")).WithSummary("A completed job's thumbnail, without a signed link.");
        return ui;
    }

    private static IResult Serve(RenderInputs? inputs, Func<RenderInputs, byte[]> render, string contentType) =>
        inputs is { Photo: not null }
            ? TypedResults.Bytes(render(inputs), contentType, enableRangeProcessing: true)
            : TypedResults.NotFound();
}
