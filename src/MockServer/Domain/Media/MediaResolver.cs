using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Assets;
using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Domain.Media;

/// <summary>
/// Turns the ways a request can name a photo or an audio track (asset id, image_key, URL, base64) into bytes.
/// URLs of the mock's own assets resolve in-process; other loopback URLs are fetched; anything else cannot be
/// reached offline and becomes a planned <c>download_failed</c> (audio: the <c>--external-audio-seconds</c> rule).
/// </summary>
public sealed class MediaResolver(AssetStore assets, MediaFetcher fetcher, MockServerOptions options)
{
    /// <summary>An uploaded asset of the caller; refuses ids it does not know.</summary>
    public ResolvedMedia FromAsset(string ownerKeyId, string assetId, string param)
    {
        var asset = assets.FindOwned(ownerKeyId, assetId)
            ?? throw ErrorCatalog.AssetNotFound.With($"{param}: no asset '{assetId}' exists for this API key. Upload the file first and use the id the upload returned.", param);
        return ResolvedMedia.Of(asset.Bytes, asset.Id);
    }

    public ResolvedMedia FromImageKey(string ownerKeyId, string imageKey, string param)
    {
        var asset = assets.FindByImageKey(ownerKeyId, imageKey)
            ?? throw ErrorCatalog.InvalidParameter.With($"{param}: '{imageKey}' is not an image_key of an uploaded photo. Upload the photo first and pass the data.image_key it returns.", param);
        return ResolvedMedia.Of(asset.Bytes, asset.Id);
    }

    public async Task<ResolvedMedia> FromUrlAsync(Uri url, bool isAudio, CancellationToken cancellationToken)
    {
        if (OwnAsset(url) is { } asset)
        {
            return ResolvedMedia.Of(asset.Bytes, asset.Id);
        }

        if (!MediaFetcher.IsLoopback(url))
        {
            return ResolvedMedia.Unavailable(ErrorCatalog.DownloadFailed.Code,
                $"The mock is offline and cannot download {url.Host}; upload the file as an asset or serve it from a loopback URL.");
        }

        var (bytes, problem) = await fetcher.FetchAsync(url, cancellationToken);
        return bytes is null
            ? ResolvedMedia.Unavailable(ErrorCatalog.DownloadFailed.Code, $"The {(isAudio ? "audio" : "image")} URL could not be downloaded: {problem}.")
            : ResolvedMedia.Of(bytes);
    }

    /// <summary>True when an unreachable audio URL should still render with an assumed length.</summary>
    public bool AssumesExternalAudio(ResolvedMedia audio, Uri url) =>
        audio.Bytes is null && !MediaFetcher.IsLoopback(url) && options.ExternalAudioSeconds > 0;

    private Asset? OwnAsset(Uri url)
    {
        // /_media/assets/<id>/original.<ext>
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["_media", "assets", var id, _] ? assets.Find(id) : null;
    }
}
