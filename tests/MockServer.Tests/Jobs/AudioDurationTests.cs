using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Jobs;

/// <summary>Audio-driven videos last as long as their audio, wherever the audio comes from; unreachable audio never hangs.</summary>
public sealed class AudioDurationTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>, IAsyncLifetime
{
    private readonly RunningMock _mock = fixture.Mock;
    private LoopbackFileServer _files = null!;

    public async Task InitializeAsync() => _files = await LoopbackFileServer.StartAsync();

    public async Task DisposeAsync() => await _files.DisposeAsync();

    [Fact]
    public async Task A_wav_asset_sets_the_duration()
    {
        using var client = _mock.CreateClient(Keys.New());
        var audio = await client.UploadV3Async(SampleMedia.Wav(3.5), "a.wav", "audio/wav");
        var videoId = await CreateWithAudioAsync(client, new { audio_asset_id = audio.Str("asset_id") });
        (await client.GetV3VideoAsync(videoId)).GetProperty("duration").GetDouble().ShouldBe(3.5, 0.05);
    }

    [Fact]
    public async Task An_mp3_asset_sets_the_duration_on_legacy_via_audio_asset_id()
    {
        using var client = _mock.CreateClient(Keys.New());
        var audio = await client.UploadLegacyAsync(SampleMedia.Mp3(6.0), "audio/mpeg");
        var videoId = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync(), extra: new { audio_asset_id = audio.Str("id") });
        (await client.GetLegacyStatusAsync(videoId)).GetProperty("duration").GetDouble().ShouldBe(6.0, 0.1);
    }

    [Fact]
    public async Task An_audio_url_on_a_loopback_server_is_downloaded_and_measured()
    {
        using var client = _mock.CreateClient(Keys.New());
        var url = _files.Serve("/song.mp3", SampleMedia.Mp3(2.5), "audio/mpeg");
        var videoId = await CreateWithAudioAsync(client, new { audio_url = url });
        var video = await client.GetV3VideoAsync(videoId);
        video.Str("status").ShouldBe("completed");
        video.GetProperty("duration").GetDouble().ShouldBe(2.5, 0.1);
    }

    [Fact]
    public async Task An_unfetchable_loopback_audio_url_fails_the_render_with_download_failed_and_refunds()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        await _mock.SetBalanceAsync(key, 40);
        var videoId = await CreateWithAudioAsync(client, new { audio_url = _files.BaseUrl + "/missing.wav" });
        var video = await client.GetV3VideoAsync(videoId);
        (video.Str("status"), video.Str("failure_code")).ShouldBe(("failed", "download_failed"));
        video.Str("failure_message").ShouldContain("404");
        (await _mock.LedgerAsync(key)).ShouldBe((40m, 0m));
    }

    [Fact]
    public async Task An_external_audio_url_is_assumed_to_last_external_audio_seconds()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await CreateWithAudioAsync(client, new { audio_url = "https://example.com/song.mp3" });
        var video = await client.GetV3VideoAsync(videoId);
        (video.Str("status"), video.GetProperty("duration").GetDouble()).ShouldBe(("completed", 30.0));
    }

    [Fact]
    public async Task With_external_audio_seconds_0_an_external_audio_url_fails_with_download_failed()
    {
        await using var strict = await RunningMock.StartAsync("--progression", "immediate", "--external-audio-seconds", "0");
        using var client = strict.CreateClient(Keys.New());
        var videoId = await CreateWithAudioAsync(client, new { audio_url = "https://example.com/song.mp3" });
        (await client.GetV3VideoAsync(videoId)).Str("failure_code").ShouldBe("download_failed");
    }

    [Fact]
    public async Task Audio_longer_than_the_plan_allows_is_refused_naming_the_limit()
    {
        var key = Keys.New();
        await _mock.SetBalanceAsync(key, 100, tier: "free");
        using var client = _mock.CreateClient(key);
        var audio = await client.UploadV3Async(SampleMedia.Wav(200, sampleRate: 8000), "long.wav", "audio/wav");
        using var response = await client.PostJsonAsync("v3/videos", new { type = "image", image = new { type = "asset_id", asset_id = await client.UploadV3PhotoAsync() }, audio_asset_id = audio.Str("asset_id") });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await response.JsonAsync()).GetProperty("error");
        error.Str("param").ShouldBe("audio_asset_id");
        error.Str("message").ShouldContain("180 s");
    }

    private static async Task<string> CreateWithAudioAsync(HttpClient client, object audio)
    {
        var assetId = await client.UploadV3PhotoAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(audio)!.AsObject();
        body["type"] = "image";
        body["image"] = System.Text.Json.JsonSerializer.SerializeToNode(new { type = "asset_id", asset_id = assetId });
        using var response = await client.PostJsonAsync("v3/videos", body.ToJsonString());
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        return json.GetProperty("data").Str("video_id");
    }
}
