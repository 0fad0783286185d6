using AvatarIV.Core.Media;
using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace MockServer.Tests.Media;

/// <summary>Whatever photo bytes a job holds, its downloads succeed: the renderer never throws, so the mock never answers 500.</summary>
public sealed class DamagedPhotoTests
{
    private readonly MediaRenderer _renderer = new(audioMuxer: null);

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("progressive")]
    public void Damaged_photos_still_render_a_video_and_a_thumbnail(string kind)
    {
        var original = kind switch
        {
            "png" => SampleMedia.Png(48, 40),
            "progressive" => JpegSamples.Fixture("progressive-pattern.jpg"),
            _ => SampleMedia.Jpeg(48, 40),
        };

        foreach (var damaged in Damage.Variants(original, 150))
        {
            MediaSniffer.Detect(_renderer.RenderVideo(damaged, 1.5, 64, 48)).ShouldBe(MediaKind.Mp4);
            MediaSniffer.Detect(_renderer.RenderThumbnail(damaged)).ShouldBe(MediaKind.Jpeg);
        }
    }
}
