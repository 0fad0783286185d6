using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>
/// How jobs end: completed (credits settled) or failed (refunded), or deleted unfinished (refunded); each frees the
/// key's slot through <paramref name="slotFreed"/>. A finished job queues one webhook event, handed to the notifier by
/// <see cref="Publish"/> once <see cref="JobEngine"/> has released its lock. Called only under that lock.
/// </summary>
internal sealed class JobOutcomes(LedgerBook ledgers, MediaUrlSigner signer, IWebhookNotifier notifier, Action<string, DateTimeOffset> slotFreed)
{
    private readonly List<WebhookJobEvent> _outbox = [];

    /// <summary>Ends a job: <paramref name="success"/> null follows its planned failure, if any.</summary>
    public void Finish(Job job, DateTimeOffset now, bool? success = null, string? code = null, string? message = null)
    {
        var fails = success == false || (success is null && job.Draft.PlannedFailureCode is not null);
        job.CompletedAt = now;
        job.Status = fails ? JobStatus.Failed : JobStatus.Completed;
        if (fails)
        {
            job.FailureCode = code ?? job.Draft.PlannedFailureCode ?? ErrorCatalog.RenderInternalError.Code;
            job.FailureMessage = message ?? job.Draft.PlannedFailureMessage ?? FailureMessageOf(job.FailureCode);
            ledgers.Refund(job.OwnerKeyId, job.Draft.Cost);
        }
        else
        {
            ledgers.Settle(job.OwnerKeyId, job.Draft.Cost);
        }

        _outbox.Add(EventFor(job));
        slotFreed(job.OwnerKeyId, now);
    }

    /// <summary>
    /// A deleted job that had not finished: its reservation is refunded and its slot freed; no video event. A batch item
    /// still ends its batch (otherwise a batch whose last running video was deleted would never fire batch.finished).
    /// </summary>
    public void Cancel(Job job, DateTimeOffset now)
    {
        ledgers.Refund(job.OwnerKeyId, job.Draft.Cost);
        slotFreed(job.OwnerKeyId, now);
        if (job.Draft.Request.BatchId is not null)
        {
            _outbox.Add(EventFor(job) with
            {
                DeletedUnfinished = true,
                FailureCode = "video_not_found",
                FailureMessage = $"Video '{job.Id}' was deleted before it finished.",
            });
        }
    }

    /// <summary>Takes the events queued so far (under the lock).</summary>
    public IReadOnlyList<WebhookJobEvent> TakeEvents()
    {
        if (_outbox.Count == 0)
        {
            return []; // every status read asks; most have nothing to send
        }

        List<WebhookJobEvent> events = [.. _outbox];
        _outbox.Clear();
        return events;
    }

    /// <summary>Hands events to the webhook notifier (outside the lock).</summary>
    public void Publish(IReadOnlyList<WebhookJobEvent> events)
    {
        foreach (var jobEvent in events)
        {
            notifier.JobFinished(jobEvent);
        }
    }

    private static string FailureMessageOf(string code) =>
        ErrorCatalog.RenderFailureNamed(code)?.Message ?? $"Rendering failed ({code}).";

    private WebhookJobEvent EventFor(Job job)
    {
        var succeeded = job.Status == JobStatus.Completed;
        var draft = job.Draft;
        return new WebhookJobEvent(
            draft.OwnerKeyId,
            job.Id,
            succeeded,
            succeeded ? signer.Sign(draft.BaseUrl, MediaUrlSigner.VideoPath(job.Id)) : null,
            succeeded ? signer.Sign(draft.BaseUrl, MediaUrlSigner.ThumbnailPath(job.Id)) : null,
            succeeded ? draft.DurationSeconds : null,
            job.FailureCode,
            job.FailureMessage,
            draft.Request.CallbackId,
            draft.Request.CallbackUrl,
            draft.Surface == VideoSurface.V3 ? "v3" : "legacy",
            draft.Request.Caption is not null,
            succeeded && draft.Request.Caption is not null ? signer.Sign(draft.BaseUrl, MediaUrlSigner.SubtitlePath(job.Id)) : null,
            succeeded && draft.Request.Caption?.Style is not null ? signer.Sign(draft.BaseUrl, MediaUrlSigner.CaptionedVideoPath(job.Id)) : null,
            draft.Request.BatchId,
            draft.Request.BatchIndex);
    }
}
