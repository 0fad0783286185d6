using System.Text.Json.Nodes;

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
        var eventId = "evt_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        return new WebhookEvent(eventId, job.OwnerKeyId, eventType, job.VideoId, data, DateTimeOffset.UtcNow);
    }
}
