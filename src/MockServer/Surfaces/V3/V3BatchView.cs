using AvatarIV.MockServer.Domain.Batches;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary>A batch as <c>GET /v3/videos/batches/{batch_id}</c> answers it (CLI <c>gen/video.go</c> VideoBatchesGet): items paged inside <c>data</c>.</summary>
public sealed record V3BatchView(
    string BatchId,
    string? Title,
    string Status,
    int TotalItems,
    IReadOnlyDictionary<string, int> CountsByStatus,
    long CreatedAt,
    IReadOnlyList<V3BatchItemView> Items,
    bool HasMore,
    string? NextToken);

/// <summary>One item; <see cref="Error"/> only when it failed.</summary>
public sealed record V3BatchItemView(int ItemIndex, string Status, string? VideoId, V3ItemError? Error)
{
    /// <summary>The item as its job stands (null: deleted or forgotten — then its recorded outcome, else failed).</summary>
    public static V3BatchItemView Of(BatchItem item, JobSnapshot? job) => job is not null && job.Id == item.VideoId
        ? new(item.ItemIndex, StatusWords.V3Bulk(job.Status), job.Id, job.IsFailed ? new V3ItemError(job.FailureCode!, job.FailureMessage!) : null)
        : item.Succeeded == true
            ? new(item.ItemIndex, "completed", item.VideoId, null)
            : new(item.ItemIndex, "failed", item.VideoId, new V3ItemError(item.FailureCode ?? "video_not_found", item.FailureMessage ?? $"Video '{item.VideoId}' was deleted or is no longer kept."));
}

/// <summary>A failed item's (or bulk status entry's) error.</summary>
public sealed record V3ItemError(string Code, string Message);
