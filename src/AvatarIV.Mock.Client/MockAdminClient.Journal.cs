using System.Net.Http;
using AvatarIV.Mock.Client.Models;

namespace AvatarIV.Mock.Client;

/// <summary>The request journal and webhook deliveries.</summary>
public sealed partial class MockAdminClient
{
    /// <summary>Recorded requests, oldest first; <paramref name="path"/> is exact or ends with <c>*</c>.</summary>
    public Task<IReadOnlyList<MockJournalEntry>> GetJournalAsync(string? path = null, string? method = null, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(path))
        {
            query.Add("path=" + Escape(path!));
        }

        if (!string.IsNullOrEmpty(method))
        {
            query.Add("method=" + Escape(method!));
        }

        if (since is { } from)
        {
            query.Add("since=" + Escape(from.ToString("o", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var url = query.Count == 0 ? "_mock/journal" : "_mock/journal?" + string.Join("&", query);
        return _transport.SendAsync<IReadOnlyList<MockJournalEntry>>(HttpMethod.Get, url, null, cancellationToken);
    }

    /// <summary>Forgets every recorded request; answers how many there were.</summary>
    public async Task<int> ClearJournalAsync(CancellationToken cancellationToken = default) =>
        (await _transport.SendAsync<Removed>(HttpMethod.Delete, "_mock/journal", null, cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>Webhook delivery attempts, oldest first; <paramref name="eventId"/> narrows to one event.</summary>
    public Task<IReadOnlyList<MockWebhookAttempt>> GetWebhookDeliveriesAsync(string? eventId = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<IReadOnlyList<MockWebhookAttempt>>(
            HttpMethod.Get,
            string.IsNullOrEmpty(eventId) ? "_mock/webhooks/deliveries" : "_mock/webhooks/deliveries?event_id=" + Escape(eventId!),
            null,
            cancellationToken);

    public Task<MockWebhookRetry> GetWebhookRetryAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockWebhookRetry>(HttpMethod.Get, "_mock/webhooks/retry", null, cancellationToken);

    public Task<MockWebhookRetry> SetWebhookRetryAsync(MockWebhookRetry retry, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockWebhookRetry>(HttpMethod.Put, "_mock/webhooks/retry", retry, cancellationToken);

    private sealed record Removed([property: System.Text.Json.Serialization.JsonPropertyName("removed")] int Count);
}
