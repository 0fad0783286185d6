using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AvatarIV.TestSupport;

namespace MockServer.Tests.Infrastructure;

/// <summary>The calls most tests make, written the way a client would make them.</summary>
public static class MockApi
{
    /// <summary>Aria, the first voice of the mock's catalogue.</summary>
    public const string VoiceId = "ef3243cb71ba7aee00fb1cdcd95823f2";

    // Encoding a sample photo takes a moment; most tests just need one.
    private static readonly Lazy<byte[]> Photo = new(() => SampleMedia.Jpeg());

    public static byte[] SamplePhoto => Photo.Value;

    /// <summary>Legacy raw upload (<c>POST /v1/asset</c>); returns the v1 <c>data</c>.</summary>
    public static async Task<JsonElement> UploadLegacyAsync(this HttpClient client, byte[] bytes, string contentType)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await client.PostAsync("v1/asset", content);
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        return body.GetProperty("data");
    }

    public static async Task<string> UploadPhotoImageKeyAsync(this HttpClient client) =>
        (await client.UploadLegacyAsync(SamplePhoto, "image/jpeg")).Str("image_key");

    /// <summary>v3 multipart upload; returns the v3 <c>data</c>.</summary>
    public static async Task<JsonElement> UploadV3Async(this HttpClient client, byte[] bytes, string fileName, string contentType)
    {
        using var content = HttpJson.FilePart(bytes, fileName, contentType);
        using var response = await client.PostAsync("v3/assets", content);
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        return body.GetProperty("data");
    }

    public static async Task<string> UploadV3PhotoAsync(this HttpClient client) =>
        (await client.UploadV3Async(SamplePhoto, "me.jpg", "image/jpeg")).Str("asset_id");

    /// <summary>Legacy av4 generate with a script; returns the video id.</summary>
    public static async Task<string> GenerateLegacyAsync(this HttpClient client, string imageKey, string script = "Hello there. This is a test.", string title = "test", string? mode = null, object? extra = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["image_key"] = imageKey,
            ["video_title"] = title,
            ["script"] = script,
            ["voice_id"] = VoiceId,
        };
        Merge(body, extra);
        using var response = await client.PostJsonAsync("v2/video/av4/generate", body, Headers(mode));
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        return json.GetProperty("data").Str("video_id");
    }

    /// <summary>v3 create from an uploaded photo; returns the response (caller checks it).</summary>
    public static Task<HttpResponseMessage> CreateV3Async(this HttpClient client, string assetId, string script = "Hello there. This is a test.", string? mode = null, object? extra = null, string title = "test")
    {
        var body = new Dictionary<string, object?>
        {
            ["type"] = "image",
            ["image"] = new { type = "asset_id", asset_id = assetId },
            ["title"] = title,
            ["script"] = script,
            ["voice_id"] = VoiceId,
        };
        Merge(body, extra);
        return client.PostJsonAsync("v3/videos", body, Headers(mode));
    }

    public static async Task<string> CreateV3VideoIdAsync(this HttpClient client, string assetId, string script = "Hello there. This is a test.", string? mode = null, object? extra = null, string title = "test")
    {
        using var response = await client.CreateV3Async(assetId, script, mode, extra, title);
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        return json.GetProperty("data").Str("video_id");
    }

    public static async Task<JsonElement> GetV3VideoAsync(this HttpClient client, string videoId)
    {
        using var response = await client.GetAsync($"v3/videos/{videoId}");
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        return json.GetProperty("data");
    }

    public static async Task<JsonElement> GetLegacyStatusAsync(this HttpClient client, string videoId)
    {
        using var response = await client.GetAsync($"v1/video_status.get?video_id={videoId}");
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        json.GetProperty("code").GetInt32().ShouldBe(100);
        return json.GetProperty("data");
    }

    /// <summary>The key's ledger as the admin state dump shows it (by key id; the key itself never appears).</summary>
    public static async Task<(decimal Balance, decimal Reserved)> LedgerAsync(this RunningMock mock, string apiKey)
    {
        var ledger = await mock.AdminClient.GetLedgerAsync(apiKey) ?? throw new InvalidOperationException("The mock has no ledger for this key yet.");
        return (ledger.BalanceCredits, ledger.ReservedCredits);
    }

    public static async Task<JsonElement> AdminJobAsync(this RunningMock mock, string videoId)
    {
        using var response = await mock.Admin.GetAsync($"_mock/jobs/{videoId}");
        return await response.JsonAsync();
    }

    private static (string, string)[] Headers(string? mode) => mode is null ? [] : [("X-Mock-Progression", mode)];

    private static void Merge(Dictionary<string, object?> body, object? extra)
    {
        if (extra is null)
        {
            return;
        }

        foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
        {
            body[property.Name] = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
        }
    }
}
