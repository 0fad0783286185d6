using AvatarIV.MockServer.Domain.Avatars;
using AvatarIV.MockServer.Domain.Media;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary>A look as <c>GET /v3/avatars/looks</c> answers it (CLI <c>gen/avatar.go</c> AvatarLooksList); the preview link is signed afresh.</summary>
public sealed record V3LookView(
    string Id,
    string Name,
    string AvatarType,
    string? GroupId,
    string? Gender,
    string? DefaultVoiceId,
    string? PreferredOrientation,
    int? ImageWidth,
    int? ImageHeight,
    string? PreviewImageUrl,
    string? PreviewVideoUrl,
    string? Status,
    IReadOnlyList<string> SupportedApiEngines,
    IReadOnlyList<string> Tags,
    object? Error)
{
    public static V3LookView Of(AvatarLook look, MediaUrlSigner signer, string baseUrl) => new(
        look.Id, look.Name, look.AvatarType, look.GroupId, look.Gender, look.DefaultVoiceId, look.PreferredOrientation,
        look.ImageWidth, look.ImageHeight, signer.Sign(baseUrl, MediaUrlSigner.LookPreviewPath(look.Id)), null, look.Status,
        look.SupportedApiEngines, look.Tags, null);
}

/// <summary>An avatar group as <c>GET /v3/avatars</c> answers it; its preview is its first look's.</summary>
public sealed record V3AvatarGroupView(
    string Id,
    string Name,
    long CreatedAt,
    int LooksCount,
    string? Gender,
    string? DefaultVoiceId,
    string? PreviewImageUrl,
    string? PreviewVideoUrl,
    string? Status,
    string? ConsentStatus,
    object? Error)
{
    public static V3AvatarGroupView Of(AvatarGroup group, MediaUrlSigner signer, string baseUrl)
    {
        var looks = LookCatalogue.LooksOf(group.Id).ToList();
        return new(
            group.Id, group.Name, group.CreatedAt.ToUnixTimeSeconds(), looks.Count, group.Gender, group.DefaultVoiceId,
            signer.Sign(baseUrl, MediaUrlSigner.LookPreviewPath(looks[0].Id)), null, group.Status, null, null);
    }
}
