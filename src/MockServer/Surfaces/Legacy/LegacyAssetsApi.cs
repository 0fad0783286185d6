using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Media.Formats;
using AvatarIV.MockServer.Domain.Assets;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Surfaces.Legacy;

/// <summary><c>POST /v1/asset</c> (raw body; the upload host's route) and <c>GET /v1/asset/list</c>.</summary>
public static class LegacyAssetsApi
{
    private static readonly string[] GenericContentTypes = ["application/octet-stream", "binary/octet-stream"];

    public static RouteGroupBuilder MapLegacyAssetsApi(this RouteGroupBuilder root)
    {
        root.MapPost("/v1/asset", UploadAsync).WithTags("legacy").WithSummary("Upload a file as the raw body with its Content-Type (10 MB); images get an image_key.");
        root.MapGet("/v1/asset/list", List).WithTags("legacy").WithSummary("The key's assets (token paging).");
        return root;
    }

    private static async Task<IResult> UploadAsync(HttpContext ctx, UploadReader uploads, AssetStore assets, MediaUrlSigner signer)
    {
        var bytes = await uploads.ReadRawAsync(ctx.Request, uploads.LegacyCap);
        if (bytes.Length == 0)
        {
            throw ErrorCatalog.MissingParameter.With("asset data must be provided: send the file's raw bytes as the body with its Content-Type (e.g. image/jpeg).", "body");
        }

        var kind = MediaSignature.Of(bytes);
        if (kind == MediaFormat.Unrecognised)
        {
            throw ErrorCatalog.InvalidParameter.With("The body's bytes are not a supported file type. Upload JPEG, PNG, MP4, WebM, MP3 or WAV.", "body");
        }

        var declared = ctx.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(declared) && !GenericContentTypes.Contains(declared) && !Agrees(declared, kind))
        {
            throw ErrorCatalog.InvalidParameter.With($"Content-Type '{declared}' does not match the file, which is {kind.MimeType()}. Send Content-Type: {kind.MimeType()}.", "Content-Type");
        }

        var asset = assets.Add(ctx.CallerKeyId(), kind, bytes);
        return V1Envelope.Ok(LegacyAssetView.Of(asset, signer, ctx));
    }

    private static IResult List(HttpContext ctx, AssetStore assets, MediaUrlSigner signer)
    {
        var owned = assets.OwnedBy(ctx.CallerKeyId()).Reverse().ToList();
        var page = Paging.Slice(owned, ctx.Request, defaultLimit: 100, minLimit: 0, maxLimit: 100);
        return V1Envelope.Ok(new { assets = page.Items.Select(a => LegacyAssetView.Of(a, signer, ctx)).ToList(), token = page.NextToken });
    }

    // audio/mp3, audio/x-wav and image/jpg are common spellings of the same types.
    private static bool Agrees(string declared, MediaFormat kind) => kind switch
    {
        MediaFormat.Jpeg => declared is "image/jpeg" or "image/jpg" or "image/pjpeg",
        MediaFormat.Png => declared == "image/png",
        MediaFormat.Wav => declared is "audio/wav" or "audio/x-wav" or "audio/wave" or "audio/vnd.wave",
        MediaFormat.Mp3 => declared is "audio/mpeg" or "audio/mp3" or "audio/mpeg3",
        MediaFormat.Mp4 => declared == "video/mp4",
        MediaFormat.WebM => declared == "video/webm",
        _ => false,
    };

    private sealed record LegacyAssetView(string Id, string Name, string FileType, string FolderId, object? Meta, long CreatedTs, string Url, string? ImageKey)
    {
        public static LegacyAssetView Of(Asset asset, MediaUrlSigner signer, HttpContext ctx) =>
            new(asset.Id, asset.Id, asset.FileType, string.Empty, null, asset.CreatedTs, signer.Sign(ctx.BaseUrl(), asset.MediaPath), asset.ImageKey);
    }
}
