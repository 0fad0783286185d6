using AvatarIV.MockServer.Journal;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>Every event the mock emitted, for <c>GET /v3/webhooks/events</c>; the newest 10 000 are kept.</summary>
public sealed class WebhookEventLog() : BoundedLog<WebhookEvent>(10_000)
{
    /// <summary>The owner's events, newest first (as a feed is read).</summary>
    public IReadOnlyList<WebhookEvent> ListFor(string ownerKeyId, string? eventType, string? entityId) =>
        [.. Snapshot().Reverse()
            .Where(e => e.OwnerKeyId == ownerKeyId)
            .Where(e => eventType is null || e.EventType == eventType)
            .Where(e => entityId is null || e.EntityId == entityId)];
}
