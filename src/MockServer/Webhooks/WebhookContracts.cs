namespace AvatarIV.MockServer.Webhooks;

/// <summary>A job reached a terminal state; the webhook feature turns this into signed deliveries (a captioned job also into a caption event).</summary>
public sealed record WebhookJobEvent(
    string OwnerKeyId,
    string VideoId,
    bool Succeeded,
    string? VideoUrl,
    string? ThumbnailUrl,
    double? DurationSeconds,
    string? FailureCode,
    string? FailureMessage,
    string? CallbackId,
    string? CallbackUrl,
    string Surface,
    bool Captioned = false,
    string? SubtitleUrl = null,
    string? CaptionedVideoUrl = null,
    string? BatchId = null,
    int? BatchIndex = null,
    bool DeletedUnfinished = false);

/// <summary>Called by the job domain when a job becomes terminal. Never blocks: deliveries are queued.</summary>
public interface IWebhookNotifier
{
    void JobFinished(WebhookJobEvent jobEvent);
}
