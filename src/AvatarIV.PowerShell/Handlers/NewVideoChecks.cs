using AvatarIV.Core;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// New-AvatarIVVideo's own checks, made before anything is uploaded or spent and worded in its parameters.
/// Core repeats the same rules at create time, but by then an -AudioPath file would already be uploaded.
/// </summary>
internal static class NewVideoChecks
{
    public static void Check(NewVideoParameters p, ApiSurface surface)
    {
        var legacy = surface == ApiSurface.Legacy;
        if (p.AvatarId is not null && legacy)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.NeedsV3,
                "-AvatarId (an avatar look) works only on the v3 API: Connect-AvatarIV -ApiVersion V3, or make the video from a photo with -ImageKey.",
                "AvatarId");
        }

        if (p.Engine is not null && p.AvatarId is null)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.InvalidValue, "-Engine applies only to avatar-look videos: pass -AvatarId too (Get-AvatarIVLook), or leave -Engine out.", "Engine");
        }

        if (p.AvatarId is not null)
        {
            return;
        }

        if (legacy && p.ImageKey is null)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.MissingImage,
                "The legacy API needs -ImageKey: upload the photo with Send-AvatarPhoto while connected with -ApiVersion Legacy and pipe the result, or pass -ImageKey.",
                "ImageKey");
        }

        if (!legacy && p.AssetId is null)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.MissingImage,
                p.ImageKey is null
                    ? "The v3 API needs -AssetId: upload the photo with Send-AvatarPhoto and pipe the result, or pass -AssetId."
                    : "-ImageKey works only on the legacy API; upload the photo with Send-AvatarPhoto on v3 and pass its -AssetId, or Connect-AvatarIV -ApiVersion Legacy.",
                "AssetId");
        }

        // HeyGen's legacy av4 endpoint requires voice_id even when audio drives the video.
        if (legacy && string.IsNullOrEmpty(p.VoiceId))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.MissingVoice,
                "The legacy API needs -VoiceId even with -AudioPath, -AudioUrl or -AudioAssetId. Pick one with Get-AvatarIVVoice (Tab completes -VoiceId).",
                "VoiceId");
        }
    }
}
