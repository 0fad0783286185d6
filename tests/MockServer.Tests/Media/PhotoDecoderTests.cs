using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace MockServer.Tests.Media;

/// <summary>The mock decodes the photo formats people upload, checked against files ffmpeg wrote.</summary>
public sealed class PhotoDecoderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("rgb24", "png")]
    [InlineData("rgba", "png")]
    [InlineData("rgb48be", "png")]
    [InlineData("pal8", "png")]
    [InlineData("yuvj420p", "jpg")]
    [InlineData("yuvj422p", "jpg")]
    [InlineData("yuvj444p", "jpg")]
    public async Task Photos_ffmpeg_wrote_decode_to_the_same_picture(string pixelFormat, string extension)
    {
        var image = PhotoDecoder.Decode(await ConvertWithFfmpegAsync(321, 243, pixelFormat, extension));

        (image.Width, image.Height).ShouldBe((321, 243));
        ColourCheck.IsClose(image[160, 121], TestPattern.CentreColour).ShouldBeTrue($"centre was {image[160, 121]}");
        ColourCheck.IsClose(image[20, 20], TestPattern.TopLeft).ShouldBeTrue($"top-left was {image[20, 20]}");
        ColourCheck.IsClose(image[300, 230], TestPattern.BottomRight).ShouldBeTrue($"bottom-right was {image[300, 230]}");
    }

    [Fact]
    public void Progressive_JPEGs_decode_to_the_same_picture()
    {
        var image = PhotoDecoder.Decode(JpegSamples.Fixture("progressive-pattern.jpg"));

        (image.Width, image.Height).ShouldBe((320, 240));
        ColourCheck.IsClose(image[160, 120], TestPattern.CentreColour).ShouldBeTrue($"centre was {image[160, 120]}");
        ColourCheck.IsClose(image[300, 20], TestPattern.TopRight).ShouldBeTrue($"top-right was {image[300, 20]}");
    }

    [Fact]
    public async Task A_detailed_progressive_JPEG_decodes_as_ffmpeg_decodes_it()
    {
        var jpeg = _folder.Write("texture.jpg", JpegSamples.Fixture("progressive-texture.jpg"));
        var reference = _folder.File("reference.png");
        await FfTools.FfmpegAsync("-i", jpeg, "-pix_fmt", "rgb24", reference);

        var ours = PhotoDecoder.Decode(await File.ReadAllBytesAsync(jpeg)).Pixels;
        var theirs = PngDecoder.Decode(await File.ReadAllBytesAsync(reference)).Pixels;

        ours.Length.ShouldBe(theirs.Length);
        var meanDifference = ours.Zip(theirs, (a, b) => Math.Abs(a - b)).Average();
        meanDifference.ShouldBeLessThan(2.0); // rounding and chroma upsampling differ slightly; a decoding error shows as tens
    }

    [Theory]
    [InlineData("gray", "png")]
    [InlineData("ya8", "png")]
    [InlineData("gray16be", "png")]
    [InlineData("monob", "png")]
    public async Task Greyscale_photos_decode_to_grey(string pixelFormat, string extension)
    {
        var (r, g, b) = PhotoDecoder.Decode(await ConvertWithFfmpegAsync(64, 48, pixelFormat, extension))[5, 5];

        r.ShouldBe(g);
        g.ShouldBe(b);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PNGs_with_every_row_filter_and_interlacing_decode_exactly(bool interlaced)
    {
        var expected = TestPattern.Draw(97, 61);
        var png = PngWriter.Write(97, 61, expected.Pixels, interlaced);

        PngDecoder.Decode(png).Pixels.ShouldBe(expected.Pixels);
        var probed = (await FfTools.ProbeAsync(_folder.Write("written.png", png))).Streams.ShouldHaveSingleItem();
        (probed.Width, probed.Height).ShouldBe((97, 61)); // ffmpeg agrees the file is valid
    }

    [Fact]
    public void A_file_that_is_neither_JPEG_nor_PNG_is_refused_with_the_reason()
    {
        Should.Throw<InvalidDataException>(() => PhotoDecoder.Decode(SampleMedia.Wav(0.1))).Message.ShouldContain("must be JPEG or PNG");
    }

    // The test pattern, rewritten by ffmpeg in another pixel format; palettes come from palettegen so colours stay exact.
    private async Task<byte[]> ConvertWithFfmpegAsync(int width, int height, string pixelFormat, string extension)
    {
        var source = _folder.Write("source.png", SampleMedia.Png(width, height));
        var converted = _folder.File("converted." + extension);
        string[] exactPalette = pixelFormat == "pal8" ? ["-vf", "split[a][b];[a]palettegen[p];[b][p]paletteuse=dither=none"] : [];
        await FfTools.FfmpegAsync(["-i", source, .. exactPalette, "-pix_fmt", pixelFormat, converted]);
        return await File.ReadAllBytesAsync(converted);
    }

    public void Dispose() => _folder.Dispose();
}
