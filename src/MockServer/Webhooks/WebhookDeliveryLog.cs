using AvatarIV.MockServer.Journal;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>Every delivery attempt, oldest first; the newest 10 000 are kept.</summary>
public sealed class WebhookDeliveryLog() : BoundedLog<WebhookAttempt>(10_000);
