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

    public void Dispose() => _folder.Dispose();
}
