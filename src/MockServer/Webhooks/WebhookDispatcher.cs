using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>
/// Background sender: POSTs each queued delivery with its signature headers, retrying non-2xx answers and
/// network failures on the <see cref="WebhookRetrySettings"/> schedule. Deliveries run side by side, so one
/// slow receiver does not hold up the others.
/// </summary>
public sealed class WebhookDispatcher(
    WebhookDeliveryQueue queue,
    WebhookDeliveryLog log,
    WebhookRetrySettings retry,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    // No redirects (a receiver must not bounce the mock to a non-loopback host) and no proxy (targets are local).
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false })
    {
        Timeout = AttemptTimeout,
    };

    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var delivery in queue.ReadAllAsync(stoppingToken))
            {
                var task = DeliverAsync(delivery, stoppingToken);
                _inFlight.TryAdd(task, 0);
                _ = task.ContinueWith(done => _inFlight.TryRemove(done, out _), TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }

        await Task.WhenAll(_inFlight.Keys);
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        var schedule = retry.Current;
        var body = delivery.Event.ToBody();
        var signature = WebhookSecrets.Sign(delivery.Secret, body);
        try
        {
            for (var attempt = 1; attempt <= schedule.MaxAttempts; attempt++)
            {
                await Task.Delay(schedule.DelayBefore(attempt), stoppingToken);
                if (await TryOnceAsync(delivery, body, signature, attempt, stoppingToken))
                {
                    break;
                }
            }

            queue.Finished(delivery);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: undelivered events are dropped, or (with --state-dir) sent again after the restart.
        }
    }

    private async Task<bool> TryOnceAsync(WebhookDelivery delivery, byte[] body, string signature, int attempt, CancellationToken stoppingToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-HeyGen-Signature", signature);
        request.Headers.Add("X-HeyGen-Event-Id", delivery.Event.EventId);
        request.Headers.Add("X-HeyGen-Timestamp", delivery.Event.CreatedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.UserAgent.ParseAdd("AvatarIV-MockServer-Webhooks/1.0");

        int? status = null;
        string? error = null;
        try
        {
            using var response = await _http.SendAsync(request, stoppingToken);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                error = $"receiver answered {status}";
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
        {
            error = ex is TaskCanceledException ? $"no answer within {AttemptTimeout.TotalSeconds:0} s" : ex.Message;
            logger.LogDebug("Webhook {EventId} to {Url} attempt {Attempt} failed: {Error}", delivery.Event.EventId, delivery.Url, attempt, error);
        }

        var succeeded = error is null;
        log.Add(new WebhookAttempt(delivery.Event.EventId, delivery.Event.EventType, delivery.Event.OwnerKeyId, delivery.Url, delivery.EndpointId, attempt, status, error, succeeded, DateTimeOffset.UtcNow));
        return succeeded;
    }
}
