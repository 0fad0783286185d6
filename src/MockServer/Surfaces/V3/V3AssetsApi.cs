using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Media.Formats;
using AvatarIV.MockServer.Domain.Assets;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary><c>POST /v3/assets</c>: multipart part <c>file</c>, type decided by the bytes, 32 MB cap.</summary>
public static class V3AssetsApi
{
    public static RouteGroupBuilder MapV3AssetsApi(this RouteGroupBuilder v3)
    {
        v3.MapPost("/assets", UploadAsync).DisableAntiforgery().WithSummary("Upload a file (multipart part 'file', 32 MB); type sniffed from the bytes.");
        return v3;
    }

    private static async Task<IResult> UploadAsync(HttpContext ctx, UploadReader uploads, AssetStore assets, MediaUrlSigner signer)
    {
        var (bytes, _) = await uploads.ReadMultipartFileAsync(ctx.Request, uploads.V3Cap);
        var kind = MediaSignature.Of(bytes);
        if (kind == MediaFormat.Unrecognised)
        {
            throw ErrorCatalog.InvalidParameter.With("The file's bytes are not a supported type. Upload PNG, JPEG, MP4, WebM, MP3 or WAV.", "file");
        }

        var asset = assets.Add(ctx.CallerKeyId(), kind, bytes);
        return V3Envelope.Ok(new
        {
            asset_id = asset.Id,
            url = signer.Sign(ctx.BaseUrl(), asset.MediaPath),
            mime_type = asset.MimeType,
            size_bytes = asset.Bytes.LongLength,
        });
    }
}
