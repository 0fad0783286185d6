using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Surfaces;

/// <summary>v3 Idempotency-Key: a retry replays the first answer; a duplicate while the first runs gets 409.</summary>
public sealed class IdempotencyTests(ManualMock fixture) : IClassFixture<ManualMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task The_same_key_replays_the_first_answer_and_creates_one_video()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var assetId = await client.UploadV3PhotoAsync();
        var headers = ("Idempotency-Key", "create-" + Guid.NewGuid().ToString("N"));
        var body = new { type = "image", image = new { type = "asset_id", asset_id = assetId }, script = "Once only.", voice_id = MockApi.VoiceId };

        using var first = await client.PostJsonAsync("v3/videos", body, headers);
        using var retry = await client.PostJsonAsync("v3/videos", body, headers);
        var firstId = (await first.JsonAsync()).GetProperty("data").Str("video_id");
        (await retry.JsonAsync()).GetProperty("data").Str("video_id").ShouldBe(firstId);

        (await (await client.GetAsync("v3/videos")).JsonAsync()).GetProperty("data").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_duplicate_while_the_first_request_is_running_gets_409_request_in_progress()
    {
        await using var files = await LoopbackFileServer.StartAsync();
        using var client = _mock.CreateClient(Keys.New());
        var assetId = await client.UploadV3PhotoAsync();
        var audioUrl = files.Serve("/slow.wav", SampleMedia.Wav(1), "audio/wav").Replace("/slow.wav", "/gated/slow.wav");
        var headers = ("Idempotency-Key", "dup-" + Guid.NewGuid().ToString("N"));
        var body = new { type = "image", image = new { type = "asset_id", asset_id = assetId }, audio_url = audioUrl };

        // The first create is held while the mock downloads its audio from the gated URL.
        var first = client.PostJsonAsync("v3/videos", body, headers);
        await files.GateReached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var duplicate = await client.PostJsonAsync("v3/videos", body, headers);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await duplicate.JsonAsync()).GetProperty("error").Str("code").ShouldBe("request_in_progress");

        files.GateRelease.SetResult();
        using var firstResponse = await first;
        firstResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_malformed_key_is_refused()
    {
        using var client = _mock.CreateClient(Keys.New());
        using var response = await client.PostJsonAsync("v3/videos", new { type = "image" }, ("Idempotency-Key", "has spaces!"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("error").Str("param").ShouldBe("Idempotency-Key");
    }
}
