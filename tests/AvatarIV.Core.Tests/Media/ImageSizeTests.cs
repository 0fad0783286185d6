using AvatarIV.Core.Media;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace AvatarIV.Core.Tests.Media;

/// <summary>Photo size checks read the pixel size from the header, whatever comes before the frame header.</summary>
public sealed class ImageSizeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(640, 640)]
    [InlineData(1920, 1080)]
    [InlineData(33, 4001)]
    public void JPEG_and_PNG_sizes_are_read(int width, int height)
    {
        ImageSize.TryRead(SampleMedia.Png(width, height), out var pngWidth, out var pngHeight).ShouldBeTrue();
        (pngWidth, pngHeight).ShouldBe((width, height));
        if (height > 2000) return; // keep the JPEG encoder's share of the run small

        ImageSize.TryRead(SampleMedia.Jpeg(width, height), out var jpegWidth, out var jpegHeight).ShouldBeTrue();
        (jpegWidth, jpegHeight).ShouldBe((width, height));
    }

    [Fact]
    public void An_EXIF_block_and_fill_bytes_before_the_frame_header_are_skipped()
    {
        var jpeg = SampleMedia.Jpeg(300, 200);
        byte[] exif = [0xFF, 0xE1, 0x00, 0x10, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, (byte)'M', (byte)'M', 0, 0x2A, 0, 0, 0, 8];
        byte[] withExif = [.. jpeg[..2], .. exif, 0xFF, 0xFF, .. jpeg[2..]];

        ImageSize.TryRead(withExif, out var width, out var height).ShouldBeTrue();
        (width, height).ShouldBe((300, 200));
    }

    [Fact]
    public async Task JPEGs_ffmpeg_wrote_are_measured_too()
    {
        var source = _folder.Write("source.png", SampleMedia.Png(250, 170));
        var jpeg = _folder.File("photo.jpg");
        await FfTools.FfmpegAsync("-i", source, "-pix_fmt", "yuvj422p", jpeg);

        ImageSize.TryRead(await File.ReadAllBytesAsync(jpeg), out var width, out var height).ShouldBeTrue();
        (width, height).ShouldBe((250, 170));
    }

    [Theory]
    [InlineData(0xC1)] // extended sequential
    [InlineData(0xC2)] // progressive
    [InlineData(0xC3)] // lossless
    public void Every_kind_of_JPEG_frame_header_gives_the_size(byte frameMarker)
    {
        var jpeg = SampleMedia.Jpeg(120, 90);
        var sof = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        jpeg[sof + 1] = frameMarker;

        ImageSize.TryRead(jpeg, out var width, out var height).ShouldBeTrue();
        (width, height).ShouldBe((120, 90));
    }

    [Theory]
    [InlineData(1, 300, 200)]
    [InlineData(3, 300, 200)]
    [InlineData(6, 200, 300)]
    [InlineData(8, 200, 300)]
    public void A_phone_photo_stored_sideways_reports_its_upright_size_too(int orientation, int uprightWidth, int uprightHeight)
    {
        var jpeg = Exif.WithOrientation(SampleMedia.Jpeg(300, 200), orientation);

        ExifOrientation.Read(jpeg).ShouldBe(orientation);
        ImageSize.TryRead(jpeg, out var storedWidth, out var storedHeight).ShouldBeTrue();
        (storedWidth, storedHeight).ShouldBe((300, 200));
        ImageSize.TryReadUpright(jpeg, out var width, out var height).ShouldBeTrue();
        (width, height).ShouldBe((uprightWidth, uprightHeight));
    }

    [Fact]
    public void Truncated_or_foreign_bytes_have_no_size()
    {
        var jpeg = SampleMedia.Jpeg(64, 64);
        ImageSize.TryRead(jpeg[..20], out _, out _).ShouldBeFalse();
        ImageSize.TryRead(SampleMedia.Png(64, 64)[..20], out _, out _).ShouldBeFalse();
        ImageSize.TryRead(SampleMedia.Wav(0.1), out _, out _).ShouldBeFalse();
        ImageSize.TryRead([], out _, out _).ShouldBeFalse();
    }

    public void Dispose() => _folder.Dispose();
}
