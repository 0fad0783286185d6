using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AvatarIV.Mock.Client.Models;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Webhooks;

/// <summary>Webhook calls as a client makes them.</summary>
internal static class WebhookClient
{
    /// <summary>Registers a v3 endpoint; returns its id and secret.</summary>
    public static async Task<(string Id, string Secret)> AddV3EndpointAsync(this HttpClient client, string url, params string[] events)
    {
        using var response = await client.PostAsJsonAsync<object>("v3/webhooks/endpoints", events.Length == 0 ? new { url } : new { url, events });
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        var data = json.GetProperty("data");
        return (data.Str("endpoint_id"), data.Str("secret"));
    }

    /// <summary>Makes the mock retry quickly (10 ms, 20 ms, …) so that retry tests stay fast.</summary>
    public static Task UseFastRetriesAsync(this RunningMock mock) =>
        mock.AdminClient.SetWebhookRetryAsync(new MockWebhookRetry(BaseDelayMs: 10, MaxAttempts: 5));

    public static async Task<MockWebhookAttempt[]> DeliveriesAsync(this RunningMock mock, string eventId) =>
        [.. await mock.AdminClient.GetWebhookDeliveriesAsync(eventId)];

    /// <summary>A v3 video created with immediate progression (so it is terminal at once); returns its id.</summary>
    public static async Task<string> FinishV3VideoAsync(this HttpClient client, object? extra = null, string title = "webhook test")
    {
        var assetId = await client.UploadV3PhotoAsync();
        return await client.CreateV3VideoIdAsync(assetId, mode: "immediate", extra: extra, title: title);
    }
}
