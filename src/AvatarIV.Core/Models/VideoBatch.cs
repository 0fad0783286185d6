namespace AvatarIV.Core;

/// <summary>Many videos in one request (<c>POST /v3/videos/batches</c>, v3 only).</summary>
public sealed class CreateVideoBatchRequest
{
    /// <summary>Most videos one batch may carry (HeyGen's limit).</summary>
    public const int MaxVideos = 100;

    /// <summary>The videos, each as for <see cref="AvatarIVClient.CreateVideoAsync"/>; 1–100 of them.</summary>
    public IList<CreateVideoRequest> Videos { get; set; } = new List<CreateVideoRequest>();

    /// <summary>The batch's name in HeyGen's app.</summary>
    public string? Title { get; set; }

    /// <summary>Called once, when every video of the batch has finished or failed.</summary>
    public string? CallbackUrl { get; set; }

    /// <summary>The client makes one when null, so that a batch create can be retried without a second batch.</summary>
    public string? IdempotencyKey { get; set; }
}

/// <summary>A batch and its items (<c>GET /v3/videos/batches/{id}</c>; the client reads every page of items).</summary>
public sealed record VideoBatch
{
    public string BatchId { get; init; } = "";

    /// <summary>HeyGen's aggregate word: <c>processing</c>, <c>completed</c> or <c>failed</c>.</summary>
    public string? Status { get; init; }

    public string? Title { get; init; }

    public int TotalItems { get; init; }

    /// <summary>Item counts keyed by HeyGen's item status (<c>queued</c>, <c>processing</c>, <c>completed</c>, <c>failed</c>).</summary>
    public IReadOnlyDictionary<string, int> CountsByStatus { get; init; } = new Dictionary<string, int>();

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The items in submission order (<see cref="VideoBatchItem.ItemIndex"/>).</summary>
    public IReadOnlyList<VideoBatchItem> Items { get; init; } = [];

    /// <summary>True when every item has finished or failed.</summary>
    public bool IsTerminal => Items.Count >= TotalItems && Items.All(i => i.Status is VideoStatus.Completed or VideoStatus.Failed);
}

/// <summary>One video of a batch; <see cref="VideoId"/> is null until HeyGen has created the video.</summary>
public sealed record VideoBatchItem(int ItemIndex, string? VideoId, VideoStatus Status, VideoError? Error);

/// <summary>One row of <c>GET /v3/videos/statuses</c>: a video asked for by id, or one expanded from a batch.</summary>
public sealed record VideoStatusEntry(string? VideoId, VideoStatus Status, string? BatchId, int? ItemIndex, VideoError? Error);
