using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AvatarIV.MockServer.Auth;
using AvatarIV.TestSupport;

namespace MockServer.BrowserTests.Infrastructure;

/// <summary>The API calls a client makes, so that the page has something to show.</summary>
public static class MockCalls
{
    private const string VoiceId = "ef3243cb71ba7aee00fb1cdcd95823f2";

    private static readonly Lazy<byte[]> Photo = new(() => SampleMedia.Jpeg(640, 480));

    public static string NewKey() => "browser-" + Guid.NewGuid().ToString("N");

    public static string KeyIdOf(string apiKey) => ApiKeyId.From(apiKey);

    /// <summary>Uploads a photo and starts a legacy video in the given progression mode; returns the video id.</summary>
    public static async Task<string> CreateVideoAsync(this RunningMock mock, string apiKey, string title = "browser test", string? mode = null)
    {
        using var client = mock.CreateClient(apiKey);
        using var photo = new ByteArrayContent(Photo.Value);
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var uploaded = await client.PostAsync("v1/asset", photo);
        var imageKey = (await ReadAsync(uploaded)).GetProperty("data").GetProperty("image_key").GetString();

        using var create = new HttpRequestMessage(HttpMethod.Post, "v2/video/av4/generate")
        {
            Content = JsonContent.Create(new { image_key = imageKey, video_title = title, script = "Hello from the dashboard test. It has two sentences.", voice_id = VoiceId }),
        };
        if (mode is not null)
        {
            create.Headers.Add("X-Mock-Progression", mode);
        }

        using var created = await client.SendAsync(create);
        return (await ReadAsync(created)).GetProperty("data").GetProperty("video_id").GetString()!;
    }

    /// <summary>The job's cost in credits, from the admin API.</summary>
    public static async Task<decimal> CostOfAsync(this RunningMock mock, string videoId)
    {
        using var response = await mock.Admin.GetAsync($"_mock/jobs/{videoId}");
        return (await ReadAsync(response)).GetProperty("cost").GetDecimal();
    }

    /// <summary>The key's balance as the admin state dump shows it (by key id).</summary>
    public static async Task<decimal> LedgerBalanceAsync(this RunningMock mock, string apiKey)
    {
        using var response = await mock.Admin.GetAsync("_mock/state");
        var ledgers = (await ReadAsync(response)).GetProperty("ledgers").EnumerateArray();
        return ledgers.Single(l => l.GetProperty("key_hint").GetString() == KeyIdOf(apiKey)).GetProperty("balance_credits").GetDecimal();
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
