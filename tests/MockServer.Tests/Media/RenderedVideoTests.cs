using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace MockServer.Tests.Media;

/// <summary>The MP4 a completed job serves is a real video: ffprobe accepts it, it lasts as long as the job, and it shows the photo.</summary>
public sealed class RenderedVideoTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly MediaRenderer _silentRenderer = new(audioMuxer: null);

    public static TheoryData<double, string, int, int> Videos => new()
    {
        { 1, "jpeg", 1280, 720 },
        { 7.3, "png", 1280, 720 },
        { 65, "jpeg", 720, 1280 },
        { 65, "png", 1080, 1080 },
        { 0.4, "png", 640, 360 },
    };

    [Theory]
    [MemberData(nameof(Videos))]
    public async Task Ffprobe_accepts_the_video_with_the_requested_duration_and_size(double seconds, string photoKind, int width, int height)
    {
        var photo = photoKind == "png" ? SampleMedia.Png(640, 480) : SampleMedia.Jpeg(640, 480);

        var path = _folder.Write("video.mp4", _silentRenderer.RenderVideo(photo, seconds, width, height));

        var probe = await FfTools.ProbeAsync(path);
        probe.DurationSeconds.ShouldNotBeNull().ShouldBe(seconds, 0.5);
        var video = probe.Streams.ShouldHaveSingleItem();
        video.CodecType.ShouldBe("video");
        (video.Width, video.Height).ShouldBe((width, height));
    }

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    public async Task Every_frame_shows_the_photo_letterboxed_into_the_video(string photoKind)
    {
        var photo = photoKind == "png" ? SampleMedia.Png(400, 400) : SampleMedia.Jpeg(400, 400);
        var video = _folder.Write("video.mp4", _silentRenderer.RenderVideo(photo, 3.5, 1280, 720));

        foreach (var at in new[] { "0", "3" })
        {
            var frame = await DecodeFrameAsync(video, at);
            ColourCheck.IsClose(frame[640, 360], TestPattern.CentreColour).ShouldBeTrue($"centre at {at} s was {frame[640, 360]}");
            ColourCheck.IsClose(frame[400, 100], TestPattern.TopLeft).ShouldBeTrue($"top-left quadrant at {at} s was {frame[400, 100]}");
            ColourCheck.IsClose(frame[20, 360], (0, 0, 0)).ShouldBeTrue($"the square photo leaves black bars at the sides, got {frame[20, 360]}");
        }
    }

    [Fact]
    public async Task A_photo_already_at_the_video_size_is_used_without_re_encoding()
    {
        var photo = SampleMedia.Jpeg(1280, 720);

        var mp4 = _silentRenderer.RenderVideo(photo, 2, 1280, 720);

        mp4.AsSpan().IndexOf(photo).ShouldBeGreaterThan(0);
        (await FfTools.ProbeAsync(_folder.Write("video.mp4", mp4))).Streams.ShouldHaveSingleItem().Width.ShouldBe(1280);
    }

    [Fact]
    public async Task Odd_sizes_are_rounded_down_to_even_ones_that_encoders_accept()
    {
        var path = _folder.Write("video.mp4", _silentRenderer.RenderVideo(SampleMedia.Png(99, 77), 1.5, 641, 361));

        var stream = (await FfTools.ProbeAsync(path)).Streams.ShouldHaveSingleItem();
        (stream.Width, stream.Height).ShouldBe((640, 360));
    }

    [Fact]
    public async Task A_damaged_photo_still_renders_a_playable_grey_video_instead_of_failing_the_download()
    {
        var damaged = SampleMedia.Png(200, 200)[..60];
        var video = _folder.Write("video.mp4", _silentRenderer.RenderVideo(damaged, 2, 320, 240));

        (await FfTools.ProbeAsync(video)).DurationSeconds.ShouldNotBeNull().ShouldBe(2, 0.5);
        ColourCheck.IsClose((await DecodeFrameAsync(video, "0"))[160, 120], (96, 96, 96)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_non_positive_or_endless_duration_is_refused_with_a_message_naming_it(double seconds)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => _silentRenderer.RenderVideo(SampleMedia.Jpeg(64, 64), seconds, 320, 240));
        error.Message.ShouldContain("positive, finite number of seconds");
    }

    [Fact]
    public async Task With_ffmpeg_on_path_the_audio_is_muxed_in_and_the_length_is_kept()
    {
        var renderer = new MediaRenderer(); // finds ffmpeg on PATH, as the CI image has it
        var path = _folder.Write("video.mp4", renderer.RenderVideo(SampleMedia.Jpeg(320, 240), 4.2, 640, 480, SampleMedia.Mp3(4.2)));

        var probe = await FfTools.ProbeAsync(path);
        probe.Streams.Select(s => s.CodecType).ShouldBe(["video", "audio"], ignoreOrder: true);
        probe.DurationSeconds.ShouldNotBeNull().ShouldBe(4.2, 0.5);
    }

    private async Task<RgbImage> DecodeFrameAsync(string video, string atSeconds)
    {
        var png = _folder.File($"frame-{Guid.NewGuid():N}.png");
        await FfTools.FfmpegAsync("-ss", atSeconds, "-i", video, "-frames:v", "1", "-pix_fmt", "rgb24", png);
        return PngDecoder.Decode(await File.ReadAllBytesAsync(png));
    }

    public void Dispose() => _folder.Dispose();
}
