using System.Text.Json.Nodes;
using AvatarIV.MockServer.Domain.Batches;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>An event as sent and as listed by <c>GET /v3/webhooks/events</c>. <see cref="EntityId"/> is the video id.</summary>
public sealed record WebhookEvent(
    string EventId,
    string OwnerKeyId,
    string EventType,
    string EntityId,
    JsonObject EventData,
    DateTimeOffset CreatedAt)
{
    /// <summary>The JSON body POSTed to receivers (snake_case, ISO time).</summary>
    public byte[] ToBody()
    {
        var body = new JsonObject
        {
            ["event_id"] = EventId,
            ["event_type"] = EventType,
            ["created_at"] = CreatedAt.ToString("O"),
            ["event_data"] = EventData.DeepClone(),
        };
        return System.Text.Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    public static WebhookEvent From(WebhookJobEvent job)
    {
        var data = job.Succeeded
            ? new JsonObject
            {
                ["video_id"] = job.VideoId,
                ["url"] = job.VideoUrl,
                ["video_url"] = job.VideoUrl,
                ["thumbnail_url"] = job.ThumbnailUrl,
                ["duration"] = job.DurationSeconds,
                ["callback_id"] = job.CallbackId,
            }
            : new JsonObject
            {
                ["video_id"] = job.VideoId,
                ["msg"] = job.FailureMessage,
                ["failure_code"] = job.FailureCode,
                ["callback_id"] = job.CallbackId,
            };
        var eventType = job.Succeeded ? WebhookEventTypes.VideoSuccess : WebhookEventTypes.VideoFail;
        return New(job.OwnerKeyId, eventType, job.VideoId, data);
    }

    /// <summary><c>avatar_video_caption.success</c> (the SRT and, with a style, the burned-in video) or <c>.fail</c>.</summary>
    public static WebhookEvent CaptionFrom(WebhookJobEvent job)
    {
        var data = job.Succeeded
            ? new JsonObject
            {
                ["video_id"] = job.VideoId,
                ["caption_url"] = job.SubtitleUrl,
                ["subtitle_url"] = job.SubtitleUrl,
                ["captioned_video_url"] = job.CaptionedVideoUrl,
                ["callback_id"] = job.CallbackId,
            }
            : new JsonObject
            {
                ["video_id"] = job.VideoId,
                ["msg"] = $"Captions were not made: the video failed ({job.FailureCode}).",
                ["failure_code"] = job.FailureCode,
                ["callback_id"] = job.CallbackId,
            };
        return New(job.OwnerKeyId, job.Succeeded ? WebhookEventTypes.CaptionSuccess : WebhookEventTypes.CaptionFail, job.VideoId, data);
    }

    /// <summary><c>batch.finished</c>: every video of the batch is terminal.</summary>
    public static WebhookEvent BatchFinished(VideoBatch batch)
    {
        var tally = BatchTally.Finished(batch);
        var counts = new JsonObject();
        foreach (var (status, count) in tally.CountsByStatus)
        {
            counts[status] = count;
        }

        var data = new JsonObject
        {
            ["batch_id"] = batch.Id,
            ["title"] = batch.Title,
            ["status"] = tally.Status,
            ["total_items"] = batch.Items.Count,
            ["counts_by_status"] = counts,
        };
        return New(batch.OwnerKeyId, WebhookEventTypes.BatchFinished, batch.Id, data);
    }

    public static WebhookEvent New(string ownerKeyId, string eventType, string entityId, JsonObject data)
    {
        var eventId = "evt_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        return new WebhookEvent(eventId, ownerKeyId, eventType, entityId, data, DateTimeOffset.UtcNow);
    }
}
