using System.Net;
using System.Net.Http.Headers;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.MediaLinks;

/// <summary>Presigned media links: they expire, are minted afresh on each status read, refuse tampering and serve ranges.</summary>
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

    [Fact]
    public async Task Links_of_reads_in_quick_succession_all_work_never_go_backwards_and_all_expire()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        var urls = new List<string>();
        for (var read = 0; read < 5; read++)
        {
            urls.Add((await client.GetV3VideoAsync(videoId)).Str("video_url"));
        }

        // Expiry is in whole seconds from the read: reads within one second share a link (signed once, reused).
        var expiries = urls.Select(u => long.Parse(u.Split("Expires=")[1].Split('&')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        expiries.ShouldBe(expiries.Order().ToList());
        foreach (var url in urls.Distinct())
        {
            (await _anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await _mock.Admin.PostAsync("_mock/clock", HttpJson.Json(new { advance_seconds = 8 * 24 * 3600 }));
        foreach (var url in urls.Distinct())
        {
            (await _anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        var fresh = (await client.GetV3VideoAsync(videoId)).Str("video_url");
        urls.ShouldNotContain(fresh);
        (await _anonymous.GetAsync(fresh)).StatusCode.ShouldBe(HttpStatusCode.OK);
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

    [Theory]
    [InlineData("video_url")]
    [InlineData("thumbnail_url")]
    public async Task Media_links_answer_a_range_with_206_and_a_range_past_the_end_with_416(string field)
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        var url = (await client.GetV3VideoAsync(videoId)).Str(field);
        var whole = await _anonymous.GetByteArrayAsync(url);

        using var tail = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(100, null) } };
        using var partial = await _anonymous.SendAsync(tail);
        partial.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        var range = partial.Content.Headers.ContentRange!;
        (range.Unit, range.From, range.To, range.Length).ShouldBe(("bytes", 100L, whole.Length - 1L, (long?)whole.Length));
        (await partial.Content.ReadAsByteArrayAsync()).ShouldBe(whole.Skip(100).ToArray());

        using var beyond = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(whole.Length, null) } };
        using var unsatisfiable = await _anonymous.SendAsync(beyond);
        unsatisfiable.StatusCode.ShouldBe(HttpStatusCode.RequestedRangeNotSatisfiable);
        unsatisfiable.Content.Headers.ContentRange!.Length.ShouldBe(whole.Length);
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
