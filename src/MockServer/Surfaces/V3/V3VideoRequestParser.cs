using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Avatars;
using AvatarIV.MockServer.Domain.Videos;
using AvatarIV.MockServer.Domain.Voices;
using AvatarIV.MockServer.Surfaces.Http;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary>Checks a <c>POST /v3/videos</c> body field by field (docs/heygen-api.md, "v3 endpoints") and builds the common request.</summary>
public static class V3VideoRequestParser
{
    private static readonly string[] ImageInputTypes = ["url", "asset_id", "base64"];
    private static readonly string[] ImageMediaTypes = ["image/png", "image/jpeg"];
    private static readonly string[] Fits = ["cover", "contain"];
    private static readonly string[] Expressiveness = ["high", "medium", "low"];
    private static readonly string[] OutputFormats = ["mp4", "webm"];
    private static readonly string[] BackgroundTypes = ["color", "image"];
    private static readonly string[] CaptionFormats = ["srt"];
    private static readonly string[] CaptionStyles = ["default"];

    public static VideoRequest Parse(JsonFields body, HttpContext ctx, WebhookUrlPolicy webhookUrls)
    {
        var type = body.RequiredString("type", "image");
        var (image, engine, referenceLookId) = type switch
        {
            "image" => (ParseImage(body.Object("image") ?? throw body.Invalid("image", "image is required: {\"type\":\"asset_id\",\"asset_id\":\"…\"}, {\"type\":\"url\",\"url\":\"…\"} or {\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":\"…\"}.")), ImageEngine(body), null),
            "avatar" => ParseAvatar(body),
            _ => throw body.Invalid("type", $"type '{type}' is not supported by this mock: it renders Avatar IV videos of photos (\"type\": \"image\") and of avatar looks (\"type\": \"avatar\")."),
        };
        var script = body.NonEmptyString("script");
        var voiceId = body.NonEmptyString("voice_id");
        var audioUrl = body.NonEmptyString("audio_url");
        var audioAssetId = body.NonEmptyString("audio_asset_id");

        // A look brings its own voice: voice_id may be left out with a script.
        var defaultVoice = image.Kind == MediaRefKind.Look ? AvatarVideoRules.LookOf(image.Value!).DefaultVoiceId : null;
        var audio = ParseAudio(body, script, voiceId ?? defaultVoice, audioUrl, audioAssetId);
        voiceId ??= audio is null ? defaultVoice : null;
        if (audio is null)
        {
            VoiceCatalogue.Require(voiceId!, "/v3/voices");
        }

        var voiceSettings = body.Object("voice_settings");
        var speed = voiceSettings?.Number("speed", 0.5, 1.5) ?? 1;
        voiceSettings?.Number("pitch", -50, 50);
        voiceSettings?.Number("volume", 0, 1);
        voiceSettings?.String("locale", 20);
        var outputFormat = body.OneOf("output_format", OutputFormats) ?? "mp4";
        ParseBackground(body, outputFormat);
        body.Bool("remove_background");
        body.Object("watermark");
        var expressiveness = body.OneOf("expressiveness", Expressiveness);

        return new VideoRequest
        {
            OwnerKeyId = ctx.CallerKeyId(),
            Surface = VideoSurface.V3,
            BaseUrl = ctx.BaseUrl(),
            Image = image,
            Audio = audio,
            Title = body.String("title", 1000),
            Script = audio is null ? script : null,
            VoiceId = voiceId,
            Speed = speed,
            AspectRatio = body.OneOf("aspect_ratio", VideoGeometry.AspectRatios) ?? "16:9",
            Resolution = body.OneOf("resolution", VideoGeometry.Resolutions),
            Fit = body.OneOf("fit", Fits),
            MotionPrompt = body.String("motion_prompt", 5000),
            Expressiveness = expressiveness ?? "low",
            ExpressivenessGiven = expressiveness is not null,
            Engine = engine,
            ReferenceLookId = referenceLookId,
            OutputFormat = outputFormat,
            FolderId = body.NonEmptyString("folder_id"),
            Caption = ParseCaption(body),
            CallbackUrl = webhookUrls.CallbackUrl(body),
            CallbackId = body.String("callback_id", 1000),
            Mode = ProgressionHeader.Read(ctx.Request),
        };
    }

    /// <summary><c>type:"avatar"</c>: a look id and an optional engine object (checked against the look by the planner).</summary>
    private static (MediaRef Image, string Engine, string? ReferenceLookId) ParseAvatar(JsonFields body)
    {
        var avatarId = AvatarVideoRules.LookOf(body.RequiredString("avatar_id", "<look id from GET /v3/avatars/looks>")).Id;
        var engine = body.Object("engine");
        var engineType = engine?.OneOf("type", AvatarVideoRules.Engines) ?? (engine is null ? null : throw engine.Value.Invalid("type", "engine.type is required: one of avatar_iv, avatar_v, avatar_iii."));
        var reference = engineType == AvatarVideoRules.AvatarV ? engine?.NonEmptyString("reference_look_id") : null;
        return (new MediaRef(MediaRefKind.Look, "avatar_id", avatarId), engineType ?? AvatarVideoRules.AvatarIv, reference);
    }

    /// <summary>A photo is animated by Avatar IV: <c>engine</c> is not in the image schema, so only avatar_iv is taken.</summary>
    private static string ImageEngine(JsonFields body)
    {
        var engine = body.Object("engine");
        var type = engine?.OneOf("type", AvatarVideoRules.Engines);
        return type is null or AvatarVideoRules.AvatarIv
            ? AvatarVideoRules.AvatarIv
            : throw body.Invalid("engine", $"engine '{type}' is not available for \"type\": \"image\": photos are animated by avatar_iv. Leave engine out, or use \"type\": \"avatar\" with a look that supports {type}.");
    }

    /// <summary>HeyGen: webm output has a transparent background, so it refuses any <c>background</c>.</summary>
    private static void ParseBackground(JsonFields body, string outputFormat)
    {
        if (body.Object("background") is not { } background)
        {
            return;
        }

        if (outputFormat == "webm")
        {
            throw body.Invalid("background", "background cannot be combined with output_format \"webm\": webm output keeps a transparent background. Leave background out, or use output_format \"mp4\".");
        }

        background.OneOf("type", BackgroundTypes);
    }

    /// <summary><c>caption {file_format:"srt", style?}</c>: an SRT sidecar always, a burned-in copy with a style.</summary>
    private static CaptionRequest? ParseCaption(JsonFields body)
    {
        if (body.Object("caption") is not { } caption)
        {
            return null;
        }

        return new CaptionRequest(caption.OneOf("file_format", CaptionFormats) ?? "srt", caption.OneOf("style", CaptionStyles));
    }

    private static MediaRef ParseImage(JsonFields image)
    {
        var kind = image.OneOf("type", ImageInputTypes) ?? throw image.Invalid("type", $"{image.Name("type")} is required: one of {string.Join(", ", ImageInputTypes)}.");
        var param = image.Name(kind);
        switch (kind)
        {
            case "asset_id":
                return new MediaRef(MediaRefKind.AssetId, param, image.RequiredString("asset_id", "<id from POST /v3/assets>"));
            case "url":
                return new MediaRef(MediaRefKind.Url, param, Url: image.AbsoluteUrl("url") ?? throw image.Invalid("url", $"{param} is required with type url."));
            default:
                image.OneOf("media_type", ImageMediaTypes);
                var data = image.RequiredString("data", "<base64 of the photo>");
                try
                {
                    return new MediaRef(MediaRefKind.Inline, image.Name("data"), Bytes: Convert.FromBase64String(data));
                }
                catch (FormatException)
                {
                    throw image.Invalid("data", $"{image.Name("data")} is not valid base64. Encode the photo's bytes with standard base64.");
                }
        }
    }

    /// <summary>Exactly one of script + voice_id, audio_url, audio_asset_id.</summary>
    private static MediaRef? ParseAudio(JsonFields body, string? script, string? voiceId, string? audioUrl, string? audioAssetId)
    {
        var given = new[] { script is not null, audioUrl is not null, audioAssetId is not null }.Count(x => x);
        if (given == 0)
        {
            throw body.Invalid("script", "Say what the avatar speaks: script with voice_id, or audio_url, or audio_asset_id.");
        }

        if (given > 1)
        {
            throw body.Invalid(script is not null ? "script" : "audio_url", "script, audio_url and audio_asset_id are mutually exclusive: send exactly one of them.");
        }

        if (script is not null)
        {
            return voiceId is null ? throw body.Invalid("voice_id", "voice_id is required with script. Pick one from GET /v3/voices (a type avatar video uses its look's default_voice_id).") : null;
        }

        return audioUrl is not null
            ? new MediaRef(MediaRefKind.Url, "audio_url", Url: body.AbsoluteUrl("audio_url"))
            : new MediaRef(MediaRefKind.AssetId, "audio_asset_id", audioAssetId);
    }
}
