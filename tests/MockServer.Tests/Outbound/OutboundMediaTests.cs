using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AvatarIV.TestSupport;
using Microsoft.AspNetCore.Http;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Outbound;

/// <summary>
/// Issue 8 item 8: media fetches (audio_url, v3 image url) check every redirect hop against the loopback-only rule,
/// and one limit in time and bytes covers the whole download. A refusal is the surface's 400, and nothing is charged.
/// No test needs the network: the refused targets are never connected to.
/// </summary>
public sealed class OutboundMediaTests(OutboundMediaTests.SmallUploadMock fixture) : IClassFixture<OutboundMediaTests.SmallUploadMock>, IAsyncLifetime
{
    private readonly RunningMock _mock = fixture.Mock;
    private LoopbackFileServer _files = null!;

    /// <summary>Uploads (and so downloads) capped at 1 MB so oversize files stay small.</summary>
    public sealed class SmallUploadMock() : MockFixture("--progression", "immediate", "--max-upload-mb", "1");

    public async Task InitializeAsync() => _files = await LoopbackFileServer.StartAsync();

    public async Task DisposeAsync() => await _files.DisposeAsync();

    [Theory]
    [InlineData("http://10.255.255.1/photo.jpg")]
    [InlineData("http://example.invalid/photo.jpg")]
    [InlineData("https://[fd00::1]/photo.jpg")]
    [InlineData("file:///etc/passwd")]
    public async Task A_v3_image_url_redirecting_off_loopback_is_a_400_and_charges_nothing(string target)
    {
        var key = Keys.New();
        await _mock.SetBalanceAsync(key, 100);
        using var client = _mock.CreateClient(key);
        var before = await _mock.LedgerAsync(key);
        var url = _files.Redirect("/hop-" + Guid.NewGuid().ToString("N"), target);

        using var response = await client.PostJsonAsync("v3/videos", new { type = "image", image = new { type = "url", url }, script = "Hi.", voice_id = MockApi.VoiceId });

        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body.ToString());
        body.GetProperty("error").Str("param").ShouldBe("image.url");
        body.GetProperty("error").Str("message").ShouldContain("redirects");
        (await _mock.LedgerAsync(key)).ShouldBe(before);
    }

    [Fact]
    public async Task A_legacy_audio_url_redirecting_off_loopback_after_a_loopback_hop_is_a_400_in_the_v2_envelope()
    {
        using var client = _mock.CreateClient(Keys.New());
        var imageKey = await client.UploadPhotoImageKeyAsync();
        var outside = _files.Redirect("/outside.wav", "http://10.255.255.1/a.wav", StatusCodes.Status307TemporaryRedirect);
        var first = _files.Redirect("/first.wav", outside, StatusCodes.Status301MovedPermanently);

        using var response = await client.PostJsonAsync("v2/video/av4/generate", new { image_key = imageKey, video_title = "t", script = "x", voice_id = MockApi.VoiceId, audio_url = first });

        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body.ToString());
        body.GetProperty("error").Str("message").ShouldContain("audio_url");
        body.GetProperty("error").Str("message").ShouldContain("10.255.255.1");
    }

    [Fact]
    public async Task A_redirect_that_stays_on_loopback_is_followed()
    {
        using var client = _mock.CreateClient(Keys.New());
        var song = _files.Serve("/song-" + Guid.NewGuid().ToString("N") + ".wav", SampleMedia.Wav(2.0), "audio/wav");
        var url = _files.Redirect("/moved.wav", song.Replace("127.0.0.1", "localhost"));

        var videoId = await CreateWithAudioUrlAsync(client, url, HttpStatusCode.OK);

        (await client.GetV3VideoAsync(videoId)).GetProperty("duration").GetDouble().ShouldBe(2.0, 0.05);
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_a_bounded_number_of_hops()
    {
        using var client = _mock.CreateClient(Keys.New());
        var url = _files.Redirect("/loop", "/loop");

        var error = await CreateWithAudioUrlAsync(client, url, HttpStatusCode.BadRequest);

        error.ShouldContain("redirects more than");
    }

    [Fact]
    public async Task A_trickling_server_cannot_hold_a_create_open_beyond_the_fetch_limit()
    {
        using var client = _mock.CreateClient(Keys.New());
        var url = _files.Handle("/trickle.wav", async ctx =>
        {
            ctx.Response.ContentType = "audio/wav";
            var wav = SampleMedia.Wav(1.0);
            for (var i = 0; i < wav.Length && !ctx.RequestAborted.IsCancellationRequested; i++)
            {
                await ctx.Response.Body.WriteAsync(wav.AsMemory(i, 1), ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                await Task.Delay(500, ctx.RequestAborted); // the trickle itself, not synchronisation
            }
        });

        var clock = Stopwatch.StartNew();
        var error = await CreateWithAudioUrlAsync(client, url, HttpStatusCode.BadRequest);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(9));
        error.ShouldContain("took longer than 5 s");
    }

    [Fact]
    public async Task A_file_larger_than_the_upload_cap_is_refused_whether_or_not_it_declares_its_length()
    {
        using var client = _mock.CreateClient(Keys.New());
        var big = new byte[1024 * 1024 + 1];
        var declared = _files.Serve("/big.wav", big, "audio/wav");
        var undeclared = _files.Handle("/big-chunked.wav", async ctx =>
        {
            ctx.Response.ContentType = "audio/wav";
            for (var i = 0; i < 3 && !ctx.RequestAborted.IsCancellationRequested; i++)
            {
                await ctx.Response.Body.WriteAsync(new byte[512 * 1024], ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
            }
        });

        (await CreateWithAudioUrlAsync(client, declared, HttpStatusCode.BadRequest)).ShouldContain("upload cap of 1 MB");
        (await CreateWithAudioUrlAsync(client, undeclared, HttpStatusCode.BadRequest)).ShouldContain("upload cap of 1 MB");
    }

    /// <summary>The video id on success, the error message otherwise.</summary>
    private static async Task<string> CreateWithAudioUrlAsync(HttpClient client, string audioUrl, HttpStatusCode expected)
    {
        var assetId = await client.UploadV3PhotoAsync();
        using var response = await client.PostJsonAsync("v3/videos", new { type = "image", image = new { type = "asset_id", asset_id = assetId }, audio_url = audioUrl });
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(expected, body.ToString());
        return expected == HttpStatusCode.OK
            ? body.GetProperty("data").Str("video_id")
            : body.GetProperty("error").Str("message");
    }
}
