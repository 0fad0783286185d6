using AvatarIV.Core.Media;
using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport;
using BenchmarkDotNet.Attributes;

namespace AvatarIV.Benchmarks;

/// <summary>Reading a 10-minute track's duration (WAV header vs MP3 frame walk) and rendering a 60 s video from a JPEG vs a PNG photo.</summary>
[BenchmarkCategory("media")]
public class MediaBenchmarks
{
    private byte[] _wav = [];
    private byte[] _mp3 = [];
    private byte[] _jpeg = [];
    private byte[] _png = [];
    private readonly MediaRenderer _renderer = new();

    [GlobalSetup]
    public void Setup()
    {
        _wav = SampleMedia.Wav(600, 8000);
        _mp3 = SampleMedia.Mp3(600);
        _jpeg = SampleMedia.Jpeg(1280, 720);
        _png = SampleMedia.Png(1280, 720);
    }

    [Benchmark(Baseline = true, Description = "WAV duration, 10 min")]
    public double? WavDuration() => AudioDuration.TryRead(new MemoryStream(_wav, writable: false));

    [Benchmark(Description = "MP3 duration, 10 min (frame walk)")]
    public double? Mp3Duration() => AudioDuration.TryRead(new MemoryStream(_mp3, writable: false));

    [Benchmark(Description = "render 60 s MP4 from JPEG")]
    public int RenderFromJpeg() => _renderer.RenderVideo(_jpeg, 60, 1280, 720).Length;

    [Benchmark(Description = "render 60 s MP4 from PNG")]
    public int RenderFromPng() => _renderer.RenderVideo(_png, 60, 1280, 720).Length;
}
