using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AvatarIV.TestSupport;

namespace MockSoak;

/// <summary>One client's mixed operations: uploads, creates on both surfaces (some idempotent), status reads, lists, downloads.</summary>
internal sealed class Traffic(HttpClient http, Random dice)
{
    private static readonly byte[] Photo = SampleMedia.Jpeg();
    private const string VoiceId = "ef3243cb71ba7aee00fb1cdcd95823f2";
    private readonly List<string> _videos = [];
    private readonly List<string> _assets = [];

    public int Errors { get; private set; }

    /// <summary>Unexpected answers by status, for the report.</summary>
    public Dictionary<int, int> ErrorStatuses { get; } = [];

    private int _lastStatus;

    public async Task OneAsync()
    {
        var roll = dice.Next(100);
        var ok = roll switch
        {
            < 15 => await UploadAsync(),
            < 35 => await CreateV3Async(),
            < 45 => await CreateLegacyAsync(),
            < 75 => await ReadAsync(),
            < 85 => await ListAsync(),
            _ => await DownloadAsync(),
        };
        if (!ok)
        {
            Errors++;
            ErrorStatuses[_lastStatus] = ErrorStatuses.GetValueOrDefault(_lastStatus) + 1;
        }
    }

    private async Task<bool> UploadAsync()
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Photo) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } }, "file", "me.jpg" } };
        using var response = Seen(await http.PostAsync("v3/assets", content));
        if (response.IsSuccessStatusCode)
        {
            _assets.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("asset_id").GetString()!);
        }

        return response.IsSuccessStatusCode;
    }

    private async Task<bool> CreateV3Async()
    {
        if (_assets.Count == 0)
        {
            return await UploadAsync();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/videos")
        {
            Content = JsonContent.Create(new { type = "image", image = new { type = "asset_id", asset_id = _assets[^1] }, script = "Soak test.", voice_id = VoiceId }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = Seen(await http.SendAsync(request));
        return await KeepVideoAsync(response);
    }

    private async Task<bool> CreateLegacyAsync()
    {
        if (_assets.Count == 0)
        {
            return await UploadAsync();
        }

        var body = new { image_key = $"image/{_assets[^1]}/original.jpg", video_title = "soak", script = "Soak test.", voice_id = VoiceId };
        using var response = Seen(await http.PostAsJsonAsync("v2/video/av4/generate", body));
        return await KeepVideoAsync(response);
    }

    private async Task<bool> KeepVideoAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            _videos.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("video_id").GetString()!);
        }

        return response.IsSuccessStatusCode;
    }

    // Reads of recent videos; an old one may have been forgotten by retention (404 is the expected answer then).
    private async Task<bool> ReadAsync()
    {
        if (_videos.Count == 0)
        {
            return true;
        }

        using var response = Seen(await http.GetAsync($"v3/videos/{_videos[dice.Next(_videos.Count)]}"));
        return response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.NotFound;
    }

    private async Task<bool> ListAsync()
    {
        using var response = Seen(await http.GetAsync("v3/videos?limit=20"));
        return response.IsSuccessStatusCode;
    }

    private async Task<bool> DownloadAsync()
    {
        if (_videos.Count == 0)
        {
            return true;
        }

        using var status = Seen(await http.GetAsync($"v3/videos/{_videos[^1]}"));
        if (!status.IsSuccessStatusCode)
        {
            return status.StatusCode == System.Net.HttpStatusCode.NotFound;
        }

        var data = (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        if (data.GetProperty("video_url").GetString() is not { } url)
        {
            return true;
        }

        using var file = Seen(await http.GetAsync(url));
        return file.IsSuccessStatusCode;
    }

    private HttpResponseMessage Seen(HttpResponseMessage response)
    {
        _lastStatus = (int)response.StatusCode;
        return response;
    }
}
