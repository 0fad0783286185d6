namespace AvatarIV.Mock.Client.Models;

/// <summary>One webhook delivery attempt (<c>GET /_mock/webhooks/deliveries</c>); <see cref="Status"/> is null when no answer came.</summary>
public sealed record MockWebhookAttempt(
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

/// <summary>The retry schedule of failed deliveries: attempt n waits base × 2^(n-2) ms.</summary>
public sealed record MockWebhookRetry(int BaseDelayMs, int MaxAttempts);
