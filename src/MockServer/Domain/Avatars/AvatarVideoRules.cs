using AvatarIV.MockServer.Domain.Errors;

namespace AvatarIV.MockServer.Domain.Avatars;

/// <summary>
/// What HeyGen's v3 schema allows for a <c>type:"avatar"</c> video (docs/heygen-api.md; CLI <c>gen/video.go</c>):
/// the engine must be one the look supports; <c>avatar_iii</c> renders no 4K for photo looks and takes neither
/// <c>motion_prompt</c> nor <c>expressiveness</c>; <c>expressiveness</c> is for photo looks on Avatar IV only;
/// <c>motion_prompt</c> is for photo looks, and for video looks (twin, studio) only with <c>avatar_v</c>.
/// </summary>
public static class AvatarVideoRules
{
    public const string AvatarIv = "avatar_iv";
    public const string AvatarV = "avatar_v";
    public const string AvatarIii = "avatar_iii";

    public static readonly string[] Engines = [AvatarIv, AvatarV, AvatarIii];

    /// <summary>The look behind <paramref name="avatarId"/>; unknown → 404 <c>avatar_not_found</c>.</summary>
    public static AvatarLook LookOf(string avatarId) =>
        LookCatalogue.Find(avatarId)
            ?? throw ErrorCatalog.AvatarNotFound.With($"Avatar '{avatarId}' not found. Use a look id from GET /v3/avatars/looks as avatar_id.", "avatar_id");

    public static void Check(AvatarLook look, string engine, string? resolution, bool hasMotionPrompt, bool hasExpressiveness, string? referenceLookId)
    {
        if (!look.SupportedApiEngines.Contains(engine))
        {
            throw MockError.Invalid("engine.type", $"engine '{engine}' is not supported by avatar '{look.Id}'; its supported_api_engines are {string.Join(", ", look.SupportedApiEngines)}. Pick one of them or leave engine out (avatar_iv).");
        }

        if (engine == AvatarIii && look.IsPhoto && resolution == "4k")
        {
            throw MockError.Invalid("resolution", "avatar_iii renders photo avatars in at most 1080p; 4k is not available. Ask for 1080p, or use avatar_iv.");
        }

        if (hasExpressiveness && (!look.IsPhoto || engine != AvatarIv))
        {
            throw MockError.Invalid("expressiveness", look.IsPhoto
                ? $"expressiveness is supported only with the avatar_iv engine, not {engine}. Leave expressiveness out or use avatar_iv."
                : $"expressiveness is supported only for photo avatars; '{look.Id}' is a {look.AvatarType}. Leave expressiveness out.");
        }

        if (hasMotionPrompt && (engine == AvatarIii || (!look.IsPhoto && engine != AvatarV)))
        {
            throw MockError.Invalid("motion_prompt", engine == AvatarIii
                ? "motion_prompt is not supported with the avatar_iii engine. Leave it out or use avatar_iv."
                : $"motion_prompt for a {look.AvatarType} needs the avatar_v engine. Send \"engine\": {{\"type\": \"avatar_v\"}} or leave motion_prompt out.");
        }

        if (referenceLookId is not null)
        {
            // The catalogue has no instant_avatar looks, so no reference can qualify.
            throw MockError.Invalid("engine.reference_look_id", $"engine.reference_look_id '{referenceLookId}' is not an instant_avatar look of avatar group '{look.GroupId}'. Leave it out: the avatar then references itself.");
        }
    }
}
