using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Videos;
using AvatarIV.MockServer.Journal;
using Microsoft.AspNetCore.WebUtilities;

namespace AvatarIV.MockServer.Admin;

/// <summary>
/// <c>GET /_mock/jobs/{id}/detail</c>: the job, the create request behind it and its status history. Inline media shows
/// only its size, and credential-like query values of URLs are redacted (a callback URL may carry a token).
/// </summary>
public sealed record JobInspectionView(
    JobAdminView Job,
    JobInspectionView.RequestView Request,
    IReadOnlyList<JobInspectionView.StatusChangeView> History,
    string? PlannedFailureCode)
{
    public sealed record RequestView(
        string Surface,
        string? Title,
        string? Script,
        string? VoiceId,
        double Speed,
        MediaView Image,
        MediaView? Audio,
        string? Orientation,
        string? AspectRatio,
        string? Resolution,
        string? Fit,
        string? MotionPrompt,
        string? Quality,
        string? Expressiveness,
        string? CallbackUrl,
        string? CallbackId,
        string? Mode);

    /// <summary>How the request named a photo or audio: <c>Kind</c> is asset_id, image_key, url or inline.</summary>
    public sealed record MediaView(string Kind, string Field, string? Value, string? Url, int? InlineBytes);

    public sealed record StatusChangeView(string Status, DateTimeOffset At);

    public static JobInspectionView Of(JobInspection inspection)
    {
        var request = inspection.Draft.Request;
        return new JobInspectionView(
            JobAdminView.Of(inspection.Snapshot),
            new RequestView(
                request.Surface.ToString().ToLowerInvariant(),
                request.Title,
                request.Script,
                request.VoiceId,
                request.Speed,
                MediaOf(request.Image),
                request.Audio is null ? null : MediaOf(request.Audio),
                request.Orientation,
                request.AspectRatio,
                request.Resolution,
                request.Fit,
                request.MotionPrompt,
                request.Quality,
                request.Expressiveness,
                RedactedUrl(request.CallbackUrl),
                request.CallbackId,
                request.Mode?.ToString()),
            inspection.History.Select(change => new StatusChangeView(change.Status.ToString().ToLowerInvariant(), change.At)).ToList(),
            inspection.Draft.PlannedFailureCode);
    }

    private static MediaView MediaOf(MediaRef media) => new(
        media.Kind switch
        {
            MediaRefKind.AssetId => "asset_id",
            MediaRefKind.ImageKey => "image_key",
            MediaRefKind.Url => "url",
            _ => "inline",
        },
        media.Param,
        media.Value,
        RedactedUrl(media.Url?.ToString()),
        media.Bytes?.Length);

    private static string? RedactedUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Query.Length == 0)
        {
            return url;
        }

        var query = new QueryCollection(QueryHelpers.ParseQuery(uri.Query));
        return uri.GetLeftPart(UriPartial.Path) + CredentialRedactor.RedactQuery(query);
    }
}
