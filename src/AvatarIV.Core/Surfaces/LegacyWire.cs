using System.Text.Json;
using System.Text.Json.Serialization;

namespace AvatarIV.Core.Surfaces;

// The legacy (v1/v2) surface's JSON shapes (docs/heygen-api.md, "Legacy endpoints"); snake_case comes from WireJson's naming policy.
// Small wire types live together on purpose: they are one surface's vocabulary.

/// <summary>v1 <c>{"code":100,"data":…,"message":…}</c> and v2 <c>{"error":null,"data":…}</c> share this reader.</summary>
internal sealed class LegacyEnvelope<T>
{
    public JsonElement? Code { get; set; }

    public JsonElement? Error { get; set; }

    public T? Data { get; set; }

    /// <summary>The error code the envelope carries, if any: v2 <c>error.code</c>, else v1 <c>code</c> (100 means success).</summary>
    public string? ErrorCode => Error is { ValueKind: JsonValueKind.Object } error
        ? (error.TryGetProperty("code", out var code) ? WireReader.CodeText(code) : null)
        : WireReader.CodeText(Code);
}

internal sealed class LegacyAsset
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? FileType { get; set; }

    public string? Url { get; set; }

    public string? ImageKey { get; set; }
}

internal sealed class LegacyCreateVideoBody
{
    public string? ImageKey { get; set; }

    public string? VideoTitle { get; set; }

    public string? Script { get; set; }

    public string? VoiceId { get; set; }

    public string? AudioUrl { get; set; }

    public string? AudioAssetId { get; set; }

    public string? CustomMotionPrompt { get; set; }

    public bool? EnhanceCustomMotionPrompt { get; set; }

    public string? VideoOrientation { get; set; }

    public string? Fit { get; set; }

    public bool? Caption { get; set; }

    public string? FolderId { get; set; }

    public string? CallbackUrl { get; set; }

    public string? CallbackId { get; set; }
}

internal sealed class LegacyCreated
{
    public string? VideoId { get; set; }
}

internal sealed class LegacyVideo
{
    public string? Id { get; set; }

    public string? VideoId { get; set; }

    public string? Status { get; set; }

    public string? VideoTitle { get; set; }

    public string? Title { get; set; }

    public string? VideoUrl { get; set; }

    public string? ThumbnailUrl { get; set; }

    public string? GifUrl { get; set; }

    public string? CaptionUrl { get; set; }

    public string? VideoUrlCaption { get; set; }

    public string? FolderId { get; set; }

    public double? Duration { get; set; }

    [JsonConverter(typeof(FlexibleTimeConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    public string? CallbackId { get; set; }

    public LegacyVideoError? Error { get; set; }
}

internal sealed class LegacyVideoError
{
    public JsonElement? Code { get; set; }

    public string? Message { get; set; }

    public string? Detail { get; set; }
}

internal sealed class LegacyVideoPage
{
    public string? Token { get; set; }

    public List<LegacyVideo>? Videos { get; set; }
}

internal sealed class LegacyVoices
{
    public List<LegacyVoice>? Voices { get; set; }
}

internal sealed class LegacyVoice
{
    public string? VoiceId { get; set; }

    public string? Name { get; set; }

    public string? Language { get; set; }

    public string? Gender { get; set; }

    public string? PreviewAudio { get; set; }

    public bool? SupportPause { get; set; }
}

internal sealed class LegacyQuota
{
    public long? RemainingQuota { get; set; }
}
