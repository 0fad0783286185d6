using AvatarIV.MockServer.Journal;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>
/// Every event the mock emitted, for <c>GET /v3/webhooks/events</c>; the newest 10 000 are kept, and with a state
/// directory stored as they are emitted, so the feed survives a restart.
/// </summary>
public sealed class WebhookEventLog : BoundedLog<WebhookEvent>
{
    private const int Capacity = 10_000;
    private readonly MockState _state;

    public WebhookEventLog(MockState? state = null)
        : base(Capacity)
    {
        _state = state ?? MockState.InMemory;
        foreach (var stored in _state.LoadWebhookEvents(Capacity))
        {
            base.Add(stored);
        }
    }

    public override void Add(WebhookEvent item)
    {
        _state.AppendWebhookEvent(item, Capacity);
        base.Add(item);
    }

    /// <summary>The owner's events, newest first (as a feed is read).</summary>
    public IReadOnlyList<WebhookEvent> ListFor(string ownerKeyId, string? eventType, string? entityId) =>
        [.. Snapshot().Reverse()
            .Where(e => e.OwnerKeyId == ownerKeyId)
            .Where(e => eventType is null || e.EventType == eventType)
            .Where(e => entityId is null || e.EntityId == entityId)];
}
