using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
    public static async Task UseFastRetriesAsync(this RunningMock mock)
    {
        using var response = await mock.Admin.PutAsJsonAsync("_mock/webhooks/retry", new { base_delay_ms = 10, max_attempts = 5 });
        response.EnsureSuccessStatusCode();
    }

    public static async Task<JsonElement[]> DeliveriesAsync(this RunningMock mock, string eventId)
    {
        using var response = await mock.Admin.GetAsync($"_mock/webhooks/deliveries?event_id={eventId}");
        return [.. (await response.JsonAsync()).EnumerateArray()];
    }

    /// <summary>A v3 video created with immediate progression (so it is terminal at once); returns its id.</summary>
    public static async Task<string> FinishV3VideoAsync(this HttpClient client, object? extra = null, string title = "webhook test")
    {
        var assetId = await client.UploadV3PhotoAsync();
        return await client.CreateV3VideoIdAsync(assetId, mode: "immediate", extra: extra, title: title);
    }
}
