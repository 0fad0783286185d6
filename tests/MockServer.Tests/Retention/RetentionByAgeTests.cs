using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Retention;

/// <summary>
/// Issue 8 item 9, by the mock's clock: finished jobs and assets past <c>--max-age-hours</c> are forgotten, and an
/// Idempotency-Key is replayed for 24 h and then forgotten (HeyGen's lifetime). Driven by <c>POST /_mock/clock</c>.
/// </summary>
public sealed class RetentionByAgeTests(RetentionByAgeTests.OneDayMock fixture) : IClassFixture<RetentionByAgeTests.OneDayMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    /// <summary>Finished jobs and assets live 48 h of the mock's clock.</summary>
    public sealed class OneDayMock() : MockFixture("--progression", "immediate", "--max-age-hours", "48");

    [Fact]
    public async Task A_finished_video_and_its_photo_are_forgotten_after_the_age_limit()
    {
        using var client = _mock.CreateClient(Keys.New());
        var photo = await client.UploadV3PhotoAsync();
        var videoId = await client.CreateV3VideoIdAsync(photo);
        await AdvanceAsync(47 * 3600);
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBe("completed");

        await AdvanceAsync(2 * 3600);

        using var video = await client.GetAsync($"v3/videos/{videoId}");
        video.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var create = await client.CreateV3Async(photo);
        create.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_idempotency_key_replays_within_24_hours_and_is_forgotten_after()
    {
        using var client = _mock.CreateClient(Keys.New());
        var photo = await client.UploadV3PhotoAsync();
        var header = ("Idempotency-Key", "age-" + Guid.NewGuid().ToString("N"));
        var first = await CreateAsync(client, photo, header);
        await AdvanceAsync(23 * 3600);
        (await CreateAsync(client, photo, header)).ShouldBe(first);

        await AdvanceAsync(2 * 3600);

        (await CreateAsync(client, await client.UploadV3PhotoAsync(), header)).ShouldNotBe(first);
    }

    private async Task AdvanceAsync(int seconds)
    {
        using var response = await _mock.Admin.PostAsync("_mock/clock", HttpJson.Json(new { advance_seconds = seconds }));
        response.EnsureSuccessStatusCode();
    }

    private static async Task<string> CreateAsync(HttpClient client, string photo, (string, string) header)
    {
        using var response = await client.PostJsonAsync("v3/videos", new { type = "image", image = new { type = "asset_id", asset_id = photo }, script = "Hi.", voice_id = MockApi.VoiceId }, header);
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        return body.GetProperty("data").Str("video_id");
    }
}
