namespace AvatarIV.MockServer.Webhooks;

/// <summary>One delivery attempt as <c>GET /_mock/webhooks/deliveries</c> shows it. <see cref="Status"/> is null when no answer came.</summary>
public sealed record WebhookAttempt(
    string EventId,
    string EventType,
    string KeyId,
    string Url,
    string? EndpointId,
    int Attempt,
    int? Status,
    string? Error,
    bool Succeeded,
    DateTimeOffset Time);
