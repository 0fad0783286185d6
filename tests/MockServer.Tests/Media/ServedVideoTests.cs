using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Media;

/// <summary>Over real HTTP: a completed video's links serve an MP4 that shows the uploaded photo and carries its audio, and a JPEG thumbnail.</summary>
public sealed class ServedVideoTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>, IDisposable
{
    private readonly RunningMock _mock = fixture.Mock;
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_video_url_shows_the_uploaded_photo_and_the_thumbnail_url_is_a_JPEG_of_it()
    {
        using var client = _mock.CreateClient(Keys.New());
        var asset = await client.UploadLegacyAsync(SampleMedia.Png(800, 600), "image/png");
        var videoId = await client.GenerateLegacyAsync(asset.Str("image_key"));
        var done = await client.GetLegacyStatusAsync(videoId);
        using var download = new HttpClient();

        var video = _folder.Write("video.mp4", await download.GetByteArrayAsync(done.Str("video_url")));
        var frame = _folder.File("frame.png");
        await FfTools.FfmpegAsync("-i", video, "-frames:v", "1", "-pix_fmt", "rgb24", frame);
        var picture = PngDecoder.Decode(await File.ReadAllBytesAsync(frame));
        ColourCheck.IsClose(picture[picture.Width / 2, picture.Height / 2], TestPattern.CentreColour).ShouldBeTrue();

        var thumbnail = JpegDecoder.Decode(await download.GetByteArrayAsync(done.Str("thumbnail_url")));
        ColourCheck.IsClose(thumbnail[thumbnail.Width / 2, thumbnail.Height / 2], TestPattern.CentreColour).ShouldBeTrue();
    }

    [Fact]
    public async Task An_audio_driven_video_lasts_as_long_as_the_audio_and_carries_it_when_ffmpeg_is_installed()
    {
        using var client = _mock.CreateClient(Keys.New());
        var photo = await client.UploadLegacyAsync(SampleMedia.Jpeg(640, 640), "image/jpeg");
        var audio = await client.UploadLegacyAsync(SampleMedia.Wav(6.4), "audio/wav");
        var videoId = await client.GenerateLegacyAsync(photo.Str("image_key"), extra: new { audio_asset_id = audio.Str("id") });
        var done = await client.GetLegacyStatusAsync(videoId);
        using var download = new HttpClient();

        var probe = await FfTools.ProbeAsync(_folder.Write("video.mp4", await download.GetByteArrayAsync(done.Str("video_url"))));

        probe.DurationSeconds.ShouldNotBeNull().ShouldBe(6.4, 0.5);
        probe.Streams.Select(s => s.CodecType).ShouldBe(["video", "audio"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_auto_aspect_video_of_a_phone_photo_is_portrait_and_reports_the_size_of_its_MP4()
    {
        // Stored 963×640 with EXIF "rotate 90°": shown 640×963, so 720p auto is 720 × 1083.4 → 1083 → even 1082.
        var phonePhoto = Exif.WithOrientation(SampleMedia.Jpeg(963, 640), 6);
        using var client = _mock.CreateClient(Keys.New());
        var assetId = (await client.UploadV3Async(phonePhoto, "phone.jpg", "image/jpeg")).Str("asset_id");
        var videoId = await client.CreateV3VideoIdAsync(assetId, extra: new { aspect_ratio = "auto", resolution = "720p" });
        var video = await client.GetV3VideoAsync(videoId);
        var job = await _mock.AdminJobAsync(videoId);
        using var download = new HttpClient();

        var probed = (await FfTools.ProbeAsync(await download.GetByteArrayAsync(video.Str("video_url")))).Video;

        var reported = (job.GetProperty("width").GetInt32(), job.GetProperty("height").GetInt32());
        reported.ShouldBe((720, 1082));
        (probed.Width, probed.Height).ShouldBe(reported);
    }

    [Fact]
    public async Task An_auto_aspect_video_of_a_thin_strip_photo_is_capped_at_16_9_and_still_downloads()
    {
        // 100×3000 would be 720 × 21,600 px; the long edge is capped at 720p's 16:9 edge and the photo letterboxed.
        using var client = _mock.CreateClient(Keys.New());
        var assetId = (await client.UploadV3Async(SampleMedia.Png(100, 3000), "strip.png", "image/png")).Str("asset_id");
        var videoId = await client.CreateV3VideoIdAsync(assetId, extra: new { aspect_ratio = "auto", resolution = "720p" });
        var video = await client.GetV3VideoAsync(videoId);
        using var download = new HttpClient();

        using var response = await download.GetAsync(video.Str("video_url"));
        ((int)response.StatusCode).ShouldBe(200);
        var probed = (await FfTools.ProbeAsync(await response.Content.ReadAsByteArrayAsync())).Video;

        (probed.Width, probed.Height).ShouldBe((720, 1280));
    }

    public void Dispose() => _folder.Dispose();
}
