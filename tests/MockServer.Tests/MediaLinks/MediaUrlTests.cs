using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.MediaLinks;

/// <summary>Presigned media links: they expire, are minted afresh on each status read, and refuse tampering.</summary>
public sealed class MediaUrlTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    private readonly RunningMock _mock = fixture.Mock;
    private readonly HttpClient _anonymous = new();

    [Fact]
    public async Task An_expired_link_gets_403_and_the_next_status_read_mints_a_working_one()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        var oldUrl = (await client.GetV3VideoAsync(videoId)).Str("thumbnail_url");
        (await _anonymous.GetAsync(oldUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await _mock.Admin.PostAsync("_mock/clock", HttpJson.Json(new { advance_seconds = 8 * 24 * 3600 }));
        using var expired = await _anonymous.GetAsync(oldUrl);
        expired.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await expired.Content.ReadAsStringAsync()).ShouldContain("expired");

        var freshUrl = (await client.GetV3VideoAsync(videoId)).Str("thumbnail_url");
        freshUrl.ShouldNotBe(oldUrl);
        (await _anonymous.GetAsync(freshUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Signature=", "Signature=0")]
    [InlineData("Expires=", "Expires=9")]
    public async Task A_tampered_link_gets_403(string part, string replacement)
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        var url = (await client.GetV3VideoAsync(videoId)).Str("video_url");

        using var response = await _anonymous.GetAsync(url.Replace(part, replacement));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _anonymous.GetAsync(url.Split('?')[0])).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Asset_links_serve_the_uploaded_bytes_with_their_type()
    {
        using var client = _mock.CreateClient(Keys.New());
        var wav = SampleMedia.Wav(1.0);
        var asset = await client.UploadV3Async(wav, "voice.wav", "audio/wav");

        using var response = await _anonymous.GetAsync(asset.Str("url"));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("audio/wav");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(wav);
    }
}
