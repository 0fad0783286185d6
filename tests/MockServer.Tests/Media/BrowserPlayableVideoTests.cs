using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace MockServer.Tests.Media;

/// <summary>With ffmpeg on PATH (as in CI) a completed video is H.264 + AAC, which browsers play; the managed fallback is Motion-JPEG.</summary>
public sealed class BrowserPlayableVideoTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task With_ffmpeg_the_video_is_H264_with_AAC_audio_and_keeps_its_size_and_length()
    {
        var renderer = new MediaRenderer();
        renderer.BrowserVideoEncoder.ShouldNotBeNull("ffmpeg with an H.264 encoder is on PATH in CI (apt-get install ffmpeg)");

        var probe = await FfTools.ProbeAsync(_folder.Write("video.mp4", renderer.RenderVideo(SampleMedia.Jpeg(320, 240), 3.2, 640, 360, SampleMedia.Wav(3.2))));

        probe.Video.CodecName.ShouldBe(renderer.BrowserVideoEncoder == "libvpx-vp9" ? "vp9" : "h264");
        (probe.Video.Width, probe.Video.Height).ShouldBe((640, 360));
        probe.Streams.Single(s => s.CodecType == "audio").CodecName.ShouldBe("aac");
        probe.DurationSeconds.ShouldNotBeNull().ShouldBe(3.2, 0.5);
    }

    [Fact]
    public async Task Without_ffmpeg_the_video_is_Motion_JPEG()
    {
        var renderer = new MediaRenderer(audioMuxer: null, transcoder: null);

        var probe = await FfTools.ProbeAsync(_folder.Write("video.mp4", renderer.RenderVideo(SampleMedia.Jpeg(320, 240), 2, 320, 240)));

        renderer.BrowserVideoEncoder.ShouldBeNull();
        probe.Video.CodecName.ShouldBe("mjpeg");
    }

    public void Dispose() => _folder.Dispose();
}
