using System.Net.Http.Json;
using System.Text.Json;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>Clients for a running mock, with retry delays small enough to keep the suite fast, plus admin look-ups.</summary>
internal static class MockClients
{
    public static AvatarIVClientOptions Options(RunningMock mock, ApiSurface surface, string apiKey) => new()
    {
        ApiKey = apiKey,
        BaseUri = mock.BaseUri,
        UploadUri = mock.BaseUri,
        Surface = surface,
        Retry = new RetryOptions
        {
            MaxRetries = 2,
            BaseDelay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromMilliseconds(50),
            MaxRetryAfter = TimeSpan.FromMilliseconds(20),
        },
    };

    public static AvatarIVClient Create(RunningMock mock, ApiSurface surface, string apiKey, Action<AvatarIVClientOptions>? configure = null)
    {
        var options = Options(mock, surface, apiKey);
        configure?.Invoke(options);
        return new AvatarIVClient(options);
    }

    /// <summary>A key nobody else uses, so each test has its own ledger and video list.</summary>
    public static string NewKey(string purpose) => $"test-{purpose}-{Guid.NewGuid():N}";

    /// <summary>Fast polling for waits against polls:N jobs.</summary>
    public static WaitOptions FastWait(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        InitialPollInterval = TimeSpan.FromMilliseconds(5),
        MaxPollInterval = TimeSpan.FromMilliseconds(20),
    };

    public static async Task<JsonElement[]> JournalAsync(RunningMock mock) =>
        await mock.Admin.GetFromJsonAsync<JsonElement[]>("_mock/journal") ?? [];

    public static async Task ClearFaultsAndJournalAsync(RunningMock mock)
    {
        (await mock.Admin.DeleteAsync("_mock/faults")).EnsureSuccessStatusCode();
        (await mock.Admin.DeleteAsync("_mock/journal")).EnsureSuccessStatusCode();
    }

    public static async Task SetProgressionAsync(RunningMock mock, string videoId, string mode) =>
        (await mock.Admin.PutAsJsonAsync($"_mock/jobs/{videoId}/progression", new { mode })).EnsureSuccessStatusCode();

    public static async Task<List<Video>> ListAllAsync(AvatarIVClient client)
    {
        var videos = new List<Video>();
        await foreach (var video in client.ListVideosAsync())
        {
            videos.Add(video);
        }

        return videos;
    }

    /// <summary>A photo upload and a voice: what every create needs.</summary>
    public static async Task<(UploadedAsset Photo, Voice Voice)> PhotoAndVoiceAsync(AvatarIVClient client)
    {
        var photo = await client.UploadAssetAsync(new MemoryStream(SampleMedia.Png(640, 640)), "face.png");
        var voice = (await client.GetVoicesAsync()).First();
        return (photo, voice);
    }

    /// <summary>A video created and read back on an immediate-progression mock, so it is completed with its links.</summary>
    public static async Task<Video> FinishedVideoAsync(AvatarIVClient client)
    {
        var (photo, voice) = await PhotoAndVoiceAsync(client);
        var created = await client.CreateVideoAsync(ScriptRequest(client.Options.Surface, photo, voice, "Hi."));
        return await client.GetVideoAsync(created.VideoId);
    }

    public static CreateVideoRequest ScriptRequest(ApiSurface surface, UploadedAsset photo, Voice voice, string script, string? title = null) => new()
    {
        ImageKey = surface == ApiSurface.Legacy ? photo.ImageKey : null,
        ImageAssetId = surface == ApiSurface.V3 ? photo.AssetId : null,
        Script = script,
        VoiceId = voice.VoiceId,
        Title = title,
    };
}
