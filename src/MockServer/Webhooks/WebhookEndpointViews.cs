namespace AvatarIV.MockServer.Webhooks;

/// <summary>v3 endpoint object; <see cref="Secret"/> is filled only by create and rotate-secret.</summary>
public sealed record V3WebhookEndpointView(string EndpointId, string Url, IReadOnlyList<string>? Events, string Status, string? EntityId, DateTimeOffset CreatedAt, string? Secret)
{
    public static V3WebhookEndpointView Of(WebhookEndpoint endpoint, bool showSecret) =>
        new(endpoint.EndpointId, endpoint.Url, endpoint.Events, endpoint.Status, endpoint.EntityId, endpoint.CreatedAt, showSecret ? endpoint.Secret : null);
}

/// <summary>Legacy endpoint object (v1 docs): always carries the secret and the owner's username (the key id).</summary>
public sealed record LegacyWebhookEndpointView(string EndpointId, string Url, string Secret, string Status, IReadOnlyList<string>? Events, string Username, string? EntityId, DateTimeOffset CreatedAt)
{
    public static LegacyWebhookEndpointView Of(WebhookEndpoint endpoint) =>
        new(endpoint.EndpointId, endpoint.Url, endpoint.Secret, endpoint.Status, endpoint.Events, endpoint.OwnerKeyId, endpoint.EntityId, endpoint.CreatedAt);
}

/// <summary>An event as <c>GET /v3/webhooks/events</c> lists it.</summary>
public sealed record WebhookEventView(string EventId, string EventType, System.Text.Json.Nodes.JsonObject EventData, DateTimeOffset CreatedAt)
{
    public static WebhookEventView Of(WebhookEvent webhookEvent) =>
        new(webhookEvent.EventId, webhookEvent.EventType, webhookEvent.EventData, webhookEvent.CreatedAt);
}

public sealed record WebhookEventTypeView(string EventType, string Description);
