namespace AvatarIV.MockServer.Webhooks;

/// <summary>A registered webhook endpoint of one API key. <see cref="Events"/> null = every event.</summary>
public sealed record WebhookEndpoint(
    string EndpointId,
    string OwnerKeyId,
    string Url,
    IReadOnlyList<string>? Events,
    string? EntityId,
    string Secret,
    DateTimeOffset CreatedAt)
{
    public const string Enabled = "enabled";

    public string Status => Enabled;

    public bool Subscribes(string eventType) => Events is null || Events.Contains(eventType);
}
