using AvatarIV.MockServer.Domain.Batches;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>
/// Turns a finished job into one event (plus a caption event, and a batch's last one <c>batch.finished</c>), stores it, and queues one delivery per subscribed endpoint of the
/// job's key plus one to the job's callback_url (skipped when an endpoint already has that URL).
/// </summary>
public sealed class WebhookNotifier(
    WebhookEndpointStore endpoints,
    WebhookEventLog events,
    WebhookDeliveryQueue queue,
    WebhookDeliveryLog log,
    WebhookUrlPolicy urlPolicy,
    BatchStore batches) : IWebhookNotifier
{
    public void JobFinished(WebhookJobEvent jobEvent)
    {
        // A batch item deleted before it finished has no video to announce; it only ends its batch (below).
        if (!jobEvent.DeletedUnfinished)
        {
            Emit(WebhookEvent.From(jobEvent), jobEvent.CallbackUrl);
        }

        // The caption event goes to subscribed endpoints only: callback_url is for the video being ready.
        if (jobEvent.Captioned && !jobEvent.DeletedUnfinished)
        {
            Emit(WebhookEvent.CaptionFrom(jobEvent), callbackUrl: null);
        }

        // The batch's last video to end fires batch.finished, once, to endpoints and to the batch's callback_url.
        if (jobEvent is { BatchId: { } batchId, BatchIndex: { } index }
            && batches.RecordOutcome(batchId, index, jobEvent.Succeeded, jobEvent.FailureCode, jobEvent.FailureMessage, DateTimeOffset.UtcNow) is { } finished)
        {
            Emit(WebhookEvent.BatchFinished(finished), finished.CallbackUrl);
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
