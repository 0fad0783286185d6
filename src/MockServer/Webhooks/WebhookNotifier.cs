namespace AvatarIV.MockServer.Webhooks;

/// <summary>
/// Turns a finished job into one event, stores it, and queues one delivery per subscribed endpoint of the
/// job's key plus one to the job's callback_url (skipped when an endpoint already has that URL).
/// </summary>
public sealed class WebhookNotifier(
    WebhookEndpointStore endpoints,
    WebhookEventLog events,
    WebhookDeliveryQueue queue,
    WebhookDeliveryLog log,
    WebhookUrlPolicy urlPolicy) : IWebhookNotifier
{
    public void JobFinished(WebhookJobEvent jobEvent)
    {
        Emit(WebhookEvent.From(jobEvent), jobEvent.CallbackUrl);

        // The caption event goes to subscribed endpoints only: callback_url is for the video being ready.
        if (jobEvent.Captioned)
        {
            Emit(WebhookEvent.CaptionFrom(jobEvent), callbackUrl: null);
        }
    }

    /// <summary>Stores the event and queues it to the key's subscribed endpoints and to <paramref name="callbackUrl"/>.</summary>
    public void Emit(WebhookEvent webhookEvent, string? callbackUrl)
    {
        events.Add(webhookEvent);
        var owner = webhookEvent.OwnerKeyId;
        var targets = endpoints.ListFor(owner).Where(e => e.Subscribes(webhookEvent.EventType)).ToList();
        foreach (var endpoint in targets)
        {
            queue.Enqueue(new WebhookDelivery(webhookEvent, endpoint.Url, endpoint.EndpointId, endpoint.Secret));
        }

        if (string.IsNullOrWhiteSpace(callbackUrl) || targets.Any(e => e.Url == callbackUrl))
        {
            return;
        }

        // The URL was accepted at create time, but it is checked again here: the job may predate a restart with other flags.
        if (urlPolicy.Problem(callbackUrl) is { } problem)
        {
            log.Add(new WebhookAttempt(webhookEvent.EventId, webhookEvent.EventType, owner, callbackUrl, null, 0, null, "not sent: " + problem, false, DateTimeOffset.UtcNow));
            return;
        }

        queue.Enqueue(new WebhookDelivery(webhookEvent, callbackUrl, null, endpoints.CallbackSecretFor(owner)));
    }
}
