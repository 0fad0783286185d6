using System.Text.Json;
using System.Text.Json.Serialization;

namespace AvatarIV.Core.Surfaces;

// The v3 surface's JSON shapes (docs/heygen-api.md, "v3 endpoints"); snake_case comes from WireJson's naming policy.
// Small wire types live together on purpose: they are one surface's vocabulary.

internal sealed class V3Envelope<T>
{
    public T? Data { get; set; }

    public bool? HasMore { get; set; }

    public string? NextToken { get; set; }
}

internal sealed class V3Asset
{
    public string? AssetId { get; set; }

    public string? Id { get; set; }

    public string? Url { get; set; }

    public string? MimeType { get; set; }

    public long? SizeBytes { get; set; }
}

internal sealed class V3CreateVideoBody
{
    public string Type { get; set; } = "image";

    public V3ImageInput? Image { get; set; }

    public string? AvatarId { get; set; }

    public V3Engine? Engine { get; set; }

    public string? Script { get; set; }

    public string? VoiceId { get; set; }

    public V3VoiceSettings? VoiceSettings { get; set; }

    public string? AudioUrl { get; set; }

    public string? AudioAssetId { get; set; }

    public string? Title { get; set; }

    public string? Resolution { get; set; }

    public string? AspectRatio { get; set; }

    public string? Fit { get; set; }

    public string? MotionPrompt { get; set; }

    public string? Expressiveness { get; set; }

    public V3Caption? Caption { get; set; }

    public string? FolderId { get; set; }

    public string? CallbackUrl { get; set; }

    public string? CallbackId { get; set; }
}

internal sealed class V3Engine
{
    public string Type { get; set; } = "avatar_iv";
}

internal sealed class V3Caption
{
    public string FileFormat { get; set; } = "srt";

    public string? Style { get; set; }
}

internal sealed class V3ImageInput
{
    public string Type { get; set; } = "asset_id";

    public string? AssetId { get; set; }

    public string? Url { get; set; }
}

internal sealed class V3VoiceSettings
{
    public double? Speed { get; set; }
}

internal sealed class V3Created
{
    public string? VideoId { get; set; }

    public string? Status { get; set; }
}

internal sealed class V3Video
{
    public string? Id { get; set; }

    public string? VideoId { get; set; }

    public string? Status { get; set; }

    public string? Title { get; set; }

    public string? VideoUrl { get; set; }

    public string? ThumbnailUrl { get; set; }

    public string? GifUrl { get; set; }

    public string? SubtitleUrl { get; set; }

    public string? CaptionedVideoUrl { get; set; }

    public string? FolderId { get; set; }

    public double? Duration { get; set; }

    [JsonConverter(typeof(FlexibleTimeConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonConverter(typeof(FlexibleTimeConverter))]
    public DateTimeOffset? CompletedAt { get; set; }

    public string? FailureCode { get; set; }

    public string? FailureMessage { get; set; }

    public string? CallbackId { get; set; }
}

internal sealed class V3StatusItem
{
    public string? VideoId { get; set; }

    public string? Status { get; set; }

    public JsonElement? Error { get; set; }

    public string? BatchId { get; set; }

    public int? ItemIndex { get; set; }
}

internal sealed class V3Voice
{
    public string? VoiceId { get; set; }

    public string? Name { get; set; }

    public string? Language { get; set; }

    public string? Gender { get; set; }

    public string? Type { get; set; }

    public bool? SupportPause { get; set; }

    public string? PreviewAudioUrl { get; set; }
}

internal sealed class V3User
{
    public string? BillingType { get; set; }

    public V3Wallet? Wallet { get; set; }

    public V3Subscription? Subscription { get; set; }

    public V3UsageBased? UsageBased { get; set; }
}

internal sealed class V3Wallet
{
    public string? Currency { get; set; }

    public decimal? RemainingBalance { get; set; }
}

internal sealed class V3Subscription
{
    public string? Plan { get; set; }
}

internal sealed class V3UsageBased
{
    public decimal? RemainingCredits { get; set; }
}
