using AvatarIV.MockServer.Domain.Media.Formats;

namespace AvatarIV.MockServer.Domain.Media;

/// <summary>
/// Media a create request points at. <see cref="Bytes"/> is null when the mock could not get the file; then
/// <see cref="FailureCode"/> says how the render will fail (HeyGen reports bad media as a failed render, not a 4xx).
/// </summary>
public sealed record ResolvedMedia(byte[]? Bytes, MediaFormat Kind, string? AssetId, string? FailureCode, string? FailureMessage)
{
    public static ResolvedMedia Of(byte[] bytes, string? assetId = null) => new(bytes, MediaSignature.Of(bytes), assetId, null, null);

    public static ResolvedMedia Unavailable(string code, string message) => new(null, MediaFormat.Unrecognised, null, code, message);
}
