using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;
using BenchmarkDotNet.Attributes;

namespace AvatarIV.Benchmarks;

/// <summary>The pieces of serving a completed video and its thumbnail: JPEG encode/decode, PNG decode, thumbnail.</summary>
[BenchmarkCategory("media")]
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private readonly MediaRenderer _renderer = new();
    private readonly RgbImage _frame = TestPattern.Draw(1920, 1080);
    private readonly byte[] _jpeg = SampleMedia.Jpeg(1920, 1080);
    private readonly byte[] _png = SampleMedia.Png(1024, 1024);

    [Benchmark]
    public byte[] EncodeJpeg1080p() => JpegEncoder.Encode(_frame);

    [Benchmark]
    public RgbImage DecodeJpeg1080p() => JpegDecoder.Decode(_jpeg);

    [Benchmark]
    public RgbImage DecodePng1024() => PngDecoder.Decode(_png);

    [Benchmark]
    public byte[] ThumbnailFromJpeg1080p() => _renderer.RenderThumbnail(_jpeg);
}
