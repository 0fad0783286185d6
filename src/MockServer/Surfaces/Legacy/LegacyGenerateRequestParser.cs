using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Videos;
using AvatarIV.MockServer.Domain.Voices;
using AvatarIV.MockServer.Surfaces.Http;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Surfaces.Legacy;

/// <summary>
/// Checks a <c>POST /v2/video/av4/generate</c> body (docs/heygen-api.md, "Legacy endpoints"). Our choices where HeyGen's sources disagree:
/// image_key and voice_id are required; script is required unless audio_url or audio_asset_id is given (then the
/// audio drives the lip-sync); video_title is required, refused in HeyGen's live words when missing; <c>quality</c> (the guide's faster/higher_quality) is recorded
/// but changes nothing; unknown fields are ignored.
/// </summary>
public static class LegacyGenerateRequestParser
{
    private static readonly string[] Fits = ["cover", "contain"];

    public static VideoRequest Parse(JsonFields body, HttpContext ctx, WebhookUrlPolicy webhookUrls)
    {
        var imageKey = body.RequiredString("image_key", "image/<id>/original.jpg");
        var voiceId = body.RequiredString("voice_id", VoiceCatalogue.All[0].VoiceId);
        VoiceCatalogue.Require(voiceId, "/v2/voices");

        var script = body.NonEmptyString("script");
        var audioUrl = body.AbsoluteUrl("audio_url");
        var audioAssetId = body.NonEmptyString("audio_asset_id");
        if (audioUrl is not null && audioAssetId is not null)
        {
            throw body.Invalid("audio_url", "audio_url and audio_asset_id are mutually exclusive: send one of them.");
        }

        if (script is null && audioUrl is null && audioAssetId is null)
        {
            throw body.Invalid("script", "script is required (or give audio_url / audio_asset_id for an audio-driven video).");
        }

        // The live API's answer to a body without it, quoted by a public client (docs/decisions.md, "Legacy generate").
        var title = body.String("video_title", 1000) ?? throw body.Invalid("video_title", "video_title is invalid: Field required");

        body.Bool("enhance_custom_motion_prompt");
        var caption = body.Bool("caption") == true;
        body.Bool("test");

        return new VideoRequest
        {
            OwnerKeyId = ctx.CallerKeyId(),
            Surface = VideoSurface.Legacy,
            BaseUrl = ctx.BaseUrl(),
            Image = new MediaRef(MediaRefKind.ImageKey, "image_key", imageKey),
            Audio = audioUrl is not null
                ? new MediaRef(MediaRefKind.Url, "audio_url", Url: audioUrl)
                : audioAssetId is not null ? new MediaRef(MediaRefKind.AssetId, "audio_asset_id", audioAssetId) : null,
            Title = title,

            // Legacy captions: caption_url (SRT) and video_url_caption (burned in), one switch for both.
            Caption = caption ? new CaptionRequest("srt", "default") : null,
            FolderId = body.NonEmptyString("folder_id"),
            Script = script,
            VoiceId = voiceId,
            Orientation = body.OneOf("video_orientation", VideoGeometry.Orientations) ?? "landscape",
            Fit = body.OneOf("fit", Fits),
            MotionPrompt = body.String("custom_motion_prompt", 5000),
            Quality = body.String("quality", 100),
            CallbackUrl = webhookUrls.CallbackUrl(body),
            CallbackId = body.String("callback_id", 1000),
            Mode = ProgressionHeader.Read(ctx.Request),
        };
    }
}
