namespace AvatarIV.MockServer.Webhooks;

/// <summary>One event on its way to one URL. <see cref="EndpointId"/> is null for a job's callback_url.</summary>
public sealed record WebhookDelivery(WebhookEvent Event, string Url, string? EndpointId, string Secret);
