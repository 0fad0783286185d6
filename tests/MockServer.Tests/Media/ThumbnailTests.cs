using AvatarIV.Core.Media;
using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace MockServer.Tests.Media;

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

    [Theory]
    [InlineData(6, 1)] // turned 90° clockwise: the stored top-left lands top-right
    [InlineData(8, 2)] // turned 90° anticlockwise: it lands bottom-left
    [InlineData(3, 3)] // upside down: it lands bottom-right
    public void A_phone_photo_stored_sideways_is_shown_upright(int orientation, int quadrantOfStoredTopLeft)
    {
        var photo = Exif.WithOrientation(SampleMedia.Jpeg(400, 200), orientation);

        var thumbnail = JpegDecoder.Decode(_renderer.RenderThumbnail(photo));

        var swapped = orientation >= 5;
        (thumbnail.Width, thumbnail.Height).ShouldBe(swapped ? (200, 400) : (400, 200));
        var x = quadrantOfStoredTopLeft is 1 or 3 ? thumbnail.Width - 10 : 10;
        var y = quadrantOfStoredTopLeft is 2 or 3 ? thumbnail.Height - 10 : 10;
        ColourCheck.IsClose(thumbnail[x, y], TestPattern.TopLeft).ShouldBeTrue($"pixel ({x}, {y}) was {thumbnail[x, y]}");
    }

    [Fact]
    public void A_JPEG_the_decoder_cannot_read_is_served_as_it_is()
    {
        var lossless = JpegSamples.WithFrameMarker(SampleMedia.Jpeg(200, 100), 0xC3);

        _renderer.RenderThumbnail(lossless).ShouldBe(lossless);
    }

    public void Dispose() => _folder.Dispose();
}
