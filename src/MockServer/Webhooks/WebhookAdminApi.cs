using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AvatarIV.MockServer.Webhooks;

/// <summary><c>/_mock/webhooks/…</c>: what was delivered, the callback_url secrets, and the retry schedule.</summary>
public static class WebhookAdminApi
{
    public static RouteGroupBuilder MapWebhookAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_mock/webhooks").WithTags("Admin: webhooks");
        group.MapGet("/deliveries", Deliveries).WithSummary("Every delivery attempt, oldest first; ?event_id= narrows to one event.");
        group.MapGet("/callback-secrets", CallbackSecrets).WithSummary("Per-key secrets that sign deliveries to a job's callback_url.");
        group.MapGet("/retry", GetRetry).WithSummary("The retry schedule of failed deliveries.");
        group.MapPut("/retry", SetRetryAsync).WithSummary("Sets {base_delay_ms, max_attempts}; attempt n waits base × 2^(n-2).")
            .Accepts<RetryView>("application/json");
        return group;
    }

    private static Ok<WebhookAttempt[]> Deliveries(WebhookDeliveryLog log, [FromQuery(Name = "event_id")] string? eventId) =>
        TypedResults.Ok(log.Snapshot().Where(a => string.IsNullOrWhiteSpace(eventId) || a.EventId == eventId).ToArray());

    private static Ok<CallbackSecret[]> CallbackSecrets(WebhookEndpointStore store) =>
        TypedResults.Ok(store.CallbackSecrets().Select(pair => new CallbackSecret(pair.Key, pair.Value)).ToArray());

    private static Ok<RetryView> GetRetry(WebhookRetrySettings settings) => TypedResults.Ok(RetryView.Of(settings.Current));

    private static async Task<Ok<RetryView>> SetRetryAsync(HttpRequest request, WebhookRetrySettings settings)
    {
        var fields = new JsonFields(await JsonBody.ReadObjectAsync(request));
        var current = settings.Current;
        var baseDelay = fields.Number("base_delay_ms", 0, WebhookRetrySettings.MaxBaseDelayMs) ?? current.BaseDelayMs;
        var attempts = fields.Number("max_attempts", 1, 20) ?? current.MaxAttempts;
        if (baseDelay % 1 != 0 || attempts % 1 != 0)
        {
            throw MockError.Invalid("base_delay_ms", "base_delay_ms and max_attempts must be whole numbers.");
        }

        settings.Set((int)baseDelay, (int)attempts);
        return TypedResults.Ok(RetryView.Of(settings.Current));
    }

    /// <summary>Sign-check deliveries to <c>callback_url</c> with this secret; <see cref="KeyId"/> is the key's <c>key_…</c> id.</summary>
    public sealed record CallbackSecret(string KeyId, string Secret);

    public sealed record RetryView(int BaseDelayMs, int MaxAttempts)
    {
        public static RetryView Of(WebhookRetrySettings.Snapshot snapshot) => new(snapshot.BaseDelayMs, snapshot.MaxAttempts);
    }
}
