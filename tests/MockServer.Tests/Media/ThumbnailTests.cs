using AvatarIV.Core.Media;
using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace AvatarIV.MockServer.Tests.Media;

/// <summary>A job's thumbnail_url serves a JPEG of the photo, no larger than 720 px on its long edge.</summary>
public sealed class ThumbnailTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly MediaRenderer _renderer = new(audioMuxer: null);

    [Theory]
    [InlineData("png", 1920, 1080, 720, 405)]
    [InlineData("jpeg", 900, 1600, 405, 720)]
    [InlineData("png", 300, 200, 300, 200)]
    public async Task The_thumbnail_is_a_JPEG_of_the_photo_shrunk_to_720px(string kind, int width, int height, int expectedWidth, int expectedHeight)
    {
        var photo = kind == "png" ? SampleMedia.Png(width, height) : SampleMedia.Jpeg(width, height);

        var thumbnail = _renderer.RenderThumbnail(photo);

        MediaSniffer.Detect(thumbnail).ShouldBe(MediaKind.Jpeg);
        var stream = (await FfTools.ProbeAsync(_folder.Write("thumb.jpg", thumbnail))).Streams.ShouldHaveSingleItem();
        (stream.Width, stream.Height).ShouldBe((expectedWidth, expectedHeight));
        var decoded = JpegDecoder.Decode(thumbnail);
        ColourCheck.IsClose(decoded[expectedWidth / 2, expectedHeight / 2], TestPattern.CentreColour).ShouldBeTrue();
    }

    [Fact]
    public void A_JPEG_the_decoder_cannot_read_is_served_as_it_is()
    {
        var progressive = JpegSamples.WithFrameMarker(SampleMedia.Jpeg(200, 100), 0xC2);

        _renderer.RenderThumbnail(progressive).ShouldBe(progressive);
    }

    public void Dispose() => _folder.Dispose();
}
