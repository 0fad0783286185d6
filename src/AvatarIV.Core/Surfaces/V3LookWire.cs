using System.Text.Json.Serialization;

namespace AvatarIV.Core.Surfaces;

// v3 avatar shapes (HeyGen's CLI gen/avatar.go); snake_case comes from WireJson's naming policy.

internal sealed class V3Look
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AvatarType { get; set; }

    public string? GroupId { get; set; }

    public string? DefaultVoiceId { get; set; }

    public string? Gender { get; set; }

    public string? PreferredOrientation { get; set; }

    public int? ImageWidth { get; set; }

    public int? ImageHeight { get; set; }

    public string? PreviewImageUrl { get; set; }

    public string? PreviewVideoUrl { get; set; }

    public string? Status { get; set; }

    public List<string>? SupportedApiEngines { get; set; }

    public List<string>? Tags { get; set; }
}

internal sealed class V3Group
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public int? LooksCount { get; set; }

    public string? DefaultVoiceId { get; set; }

    public string? Gender { get; set; }

    public string? PreviewImageUrl { get; set; }

    public string? Status { get; set; }

    [JsonConverter(typeof(FlexibleTimeConverter))]
    public DateTimeOffset? CreatedAt { get; set; }
}
