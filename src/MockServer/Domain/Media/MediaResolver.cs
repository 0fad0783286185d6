using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Assets;
using AvatarIV.MockServer.Hosting;
using Microsoft.AspNetCore.WebUtilities;

namespace AvatarIV.MockServer.Domain.Media;

/// <summary>
/// Turns the ways a request can name a photo or an audio track (asset id, image_key, URL, base64) into bytes.
/// URLs of the mock's own assets resolve in-process, but only as the signed links the caller's own uploads returned;
/// other loopback URLs are fetched under <see cref="OutboundMediaPolicy"/>; anything else cannot be reached offline
/// and becomes a planned <c>download_failed</c> (audio: the <c>--external-audio-seconds</c> rule).
/// </summary>
public sealed class MediaResolver(AssetStore assets, MediaFetcher fetcher, MediaUrlSigner signer, MockServerOptions options)
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

    /// <summary>A URL's media; throws the surface's 4xx when the outbound rules refuse it (nothing is charged then).</summary>
    public async Task<ResolvedMedia> FromUrlAsync(string ownerKeyId, Uri url, bool isAudio, string param, CancellationToken cancellationToken)
    {
        if (OwnAsset(ownerKeyId, url, param) is { } asset)
        {
            return ResolvedMedia.Of(asset.Bytes, asset.Id);
        }

        if (!OutboundMediaPolicy.IsLoopback(url))
        {
            return ResolvedMedia.Unavailable(ErrorCatalog.DownloadFailed.Code,
                $"The mock is offline and cannot download {url.Host}; upload the file as an asset or serve it from a loopback URL.");
        }

        var fetched = await fetcher.FetchAsync(url, cancellationToken);
        if (fetched.Refusal is { } refusal)
        {
            throw MockError.Invalid(param, $"{param} is refused: {refusal}. Serve the file from a loopback URL without redirects off this machine, or upload it as an asset.");
        }

        return fetched.Bytes is null
            ? ResolvedMedia.Unavailable(ErrorCatalog.DownloadFailed.Code, $"The {(isAudio ? "audio" : "image")} URL could not be downloaded: {fetched.Problem}.")
            : ResolvedMedia.Of(fetched.Bytes);
    }

    /// <summary>True when an unreachable audio URL should still render with an assumed length.</summary>
    public bool AssumesExternalAudio(ResolvedMedia audio, Uri url) =>
        audio.Bytes is null && !OutboundMediaPolicy.IsLoopback(url) && options.ExternalAudioSeconds > 0;

    /// <summary>
    /// The asset a <c>/_media/assets/&lt;id&gt;/…</c> URL names, held to the rules of the link itself: a valid signature
    /// (as minted by an upload response), and the caller's own asset — another key's photo reads as not found.
    /// </summary>
    private Asset? OwnAsset(string ownerKeyId, Uri url, string param)
    {
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not ["_media", "assets", var id, _])
        {
            return null;
        }

        var query = QueryHelpers.ParseQuery(url.Query);
        if (signer.Refusal(url.AbsolutePath, query.GetValueOrDefault("Expires"), query.GetValueOrDefault("Signature")) is { } refusal)
        {
            throw ErrorCatalog.Forbidden.With($"{param}: {refusal}", param);
        }

        return assets.FindOwned(ownerKeyId, id)
            ?? throw ErrorCatalog.AssetNotFound.With($"{param}: no asset '{id}' exists for this API key. Use the URL your own upload returned.", param);
    }
}
