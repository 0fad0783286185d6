using System.Text.Json;
using System.Text.Json.Serialization;

namespace AvatarIV.Core.Surfaces;

// v3 batch shapes (HeyGen's CLI gen/video.go VideoBatchesCreate/Get); snake_case comes from WireJson's naming policy.

internal sealed class V3BatchBody
{
    public List<V3CreateVideoBody> Videos { get; set; } = [];

    public string? Title { get; set; }

    public string? CallbackUrl { get; set; }
}

internal sealed class V3Batch
{
    public string? BatchId { get; set; }

    public string? Id { get; set; }

    public string? Status { get; set; }

    public string? Title { get; set; }

    public int? TotalItems { get; set; }

    public Dictionary<string, int>? CountsByStatus { get; set; }

    [JsonConverter(typeof(FlexibleTimeConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    public List<V3BatchItem>? Items { get; set; }

    /// <summary>Batch items are paged inside <c>data</c>, not at the top of the envelope.</summary>
    public bool? HasMore { get; set; }

    public string? NextToken { get; set; }
}

internal sealed class V3BatchItem
{
    public int ItemIndex { get; set; }

    public string? Status { get; set; }

    public string? VideoId { get; set; }

    public JsonElement? Error { get; set; }
}
