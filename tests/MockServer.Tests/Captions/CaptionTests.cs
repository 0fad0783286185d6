using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;
using MockServer.Tests.Infrastructure;
using MockServer.Tests.Webhooks;

namespace MockServer.Tests.Captions;

/// <summary>Issue 9 point 3: captioned videos get an SRT covering the script over the video, a burned-in MP4 with a style, and caption webhook events.</summary>
public sealed partial class CaptionTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>, IAsyncLifetime
{
    private const string Script = "Welcome to the quarterly review. Revenue grew in every region this year, and our customers noticed. Thank you all for the hard work!";

    private readonly RunningMock _mock = fixture.Mock;

    public Task InitializeAsync() => _mock.UseFastRetriesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_styled_caption_gives_an_srt_covering_the_script_and_a_second_playable_mp4()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync(), Script, extra: new { caption = new { file_format = "srt", style = "default" } });
        var video = await client.GetV3VideoAsync(videoId);
        var duration = video.GetProperty("duration").GetDouble();

        using var download = new HttpClient();
        var srt = await download.GetStringAsync(video.Str("subtitle_url"));
        var cues = Cues(srt);
        cues.Count.ShouldBeGreaterThan(3, srt);
        cues[0].Start.ShouldBe(0);
        cues[^1].End.ShouldBe(duration, 0.001);
        cues.Zip(cues.Skip(1)).ShouldAllBe(pair => Math.Abs(pair.First.End - pair.Second.Start) < 0.0005 && pair.First.End > pair.First.Start);
        string.Join(' ', cues.Select(c => c.Text)).ShouldBe(Regex.Replace(Script, @"\s+", " "));
        cues.ShouldAllBe(c => c.Text.Split(' ', StringSplitOptions.None).Length <= 8);

        var plain = await download.GetByteArrayAsync(video.Str("video_url"));
        var captioned = await download.GetByteArrayAsync(video.Str("captioned_video_url"));
        var probe = await FfTools.ProbeAsync(captioned);
        probe.DurationSeconds.ShouldNotBeNull().ShouldBe(duration, 0.5);
        (probe.Video.Width, probe.Video.Height).ShouldBe((1280, 720));
        captioned.ShouldNotBe(plain, "with ffmpeg the captions are burned in, so the file differs from video_url");
    }

    [Fact]
    public async Task Without_a_style_only_the_srt_is_made_and_without_caption_neither()
    {
        using var client = _mock.CreateClient(Keys.New());
        var assetId = await client.UploadV3PhotoAsync();
        var sidecar = await client.GetV3VideoAsync(await client.CreateV3VideoIdAsync(assetId, Script, extra: new { caption = new { file_format = "srt" } }));
        sidecar.Str("subtitle_url").ShouldContain("/_media/subtitles/");
        sidecar.GetProperty("captioned_video_url").ValueKind.ShouldBe(JsonValueKind.Null);

        var none = await client.GetV3VideoAsync(await client.CreateV3VideoIdAsync(assetId, Script));
        none.GetProperty("subtitle_url").ValueKind.ShouldBe(JsonValueKind.Null);
        none.GetProperty("captioned_video_url").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_audio_video_has_one_cue_over_its_whole_length()
    {
        using var client = _mock.CreateClient(Keys.New());
        var photo = await client.UploadV3PhotoAsync();
        var audio = (await client.UploadV3Async(SampleMedia.Wav(4.5), "a.wav", "audio/wav")).Str("asset_id");
        using var created = await client.PostJsonAsync("v3/videos", new { type = "image", image = new { type = "asset_id", asset_id = photo }, audio_asset_id = audio, caption = new { style = "default" } });
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var video = await client.GetV3VideoAsync((await created.JsonAsync()).GetProperty("data").Str("video_id"));

        using var download = new HttpClient();
        var cue = Cues(await download.GetStringAsync(video.Str("subtitle_url"))).ShouldHaveSingleItem();
        (cue.Start, cue.End, cue.Text).ShouldBe((0, 4.5, "[speech]"));
    }

    [Theory]
    [InlineData("""{"file_format":"vtt"}""", "caption.file_format")]
    [InlineData("""{"style":"fancy"}""", "caption.style")]
    [InlineData("true", "caption")]
    public async Task A_bad_caption_object_is_refused_naming_the_field(string caption, string param)
    {
        using var client = _mock.CreateClient(Keys.New());
        var assetId = await client.UploadV3PhotoAsync();
        using var response = await client.PostAsync("v3/videos", HttpJson.Json($$"""{"type":"image","image":{"type":"asset_id","asset_id":"{{assetId}}"},"script":"Hi.","voice_id":"{{MockApi.VoiceId}}","caption":{{caption}}}"""));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("error").Str("param").ShouldBe(param);
    }

    [Fact]
    public async Task Legacy_caption_true_fills_caption_url_and_video_url_caption()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync(), Script, extra: new { caption = true });
        var status = await client.GetLegacyStatusAsync(videoId);
        using var download = new HttpClient();
        Cues(await download.GetStringAsync(status.Str("caption_url"))).Count.ShouldBeGreaterThan(3);
        (await FfTools.ProbeAsync(await download.GetByteArrayAsync(status.Str("video_url_caption")))).DurationSeconds.ShouldNotBeNull().ShouldBe(status.GetProperty("duration").GetDouble(), 0.5);

        var plain = await client.GetLegacyStatusAsync(await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync()));
        plain.GetProperty("caption_url").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Caption_events_follow_the_video_event_on_success_and_on_failure()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = _mock.CreateClient(Keys.New());
        await client.AddV3EndpointAsync(receiver.Url, "avatar_video_caption.success", "avatar_video_caption.fail");
        var assetId = await client.UploadV3PhotoAsync();

        var good = await client.CreateV3VideoIdAsync(assetId, Script, extra: new { caption = new { style = "default" }, callback_id = "c-1" });
        var success = await receiver.NextAsync();
        success.EventType.ShouldBe("avatar_video_caption.success");
        success.Data.Str("video_id").ShouldBe(good);
        success.Data.Str("callback_id").ShouldBe("c-1");
        using var download = new HttpClient();
        Cues(await download.GetStringAsync(success.Data.Str("subtitle_url"))).ShouldNotBeEmpty();
        success.Data.Str("captioned_video_url").ShouldContain("/_media/captioned/");

        var bad = await client.CreateV3VideoIdAsync(assetId, Script, extra: new { caption = new { style = "default" } }, title: "[[fail:blocked_words]]");
        var failure = await receiver.NextAsync();
        failure.EventType.ShouldBe("avatar_video_caption.fail");
        (failure.Data.Str("video_id"), failure.Data.Str("failure_code")).ShouldBe((bad, "blocked_words"));
    }

    internal sealed record Cue(double Start, double End, string Text);

    internal static List<Cue> Cues(string srt) =>
        [.. SrtCue().Matches(srt.ReplaceLineEndings("\n")).Select(m => new Cue(Seconds(m.Groups["from"].Value), Seconds(m.Groups["to"].Value), m.Groups["text"].Value.Trim()))];

    private static double Seconds(string time) =>
        TimeSpan.ParseExact(time, @"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture).TotalSeconds;

    [GeneratedRegex(@"^\d+\n(?<from>\d\d:\d\d:\d\d,\d\d\d) --> (?<to>\d\d:\d\d:\d\d,\d\d\d)\n(?<text>.+?)\n(?:\n|$)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SrtCue();
}
