using AvatarIV.Core;
using AvatarIV.TestSupport;
using BenchmarkDotNet.Attributes;

namespace AvatarIV.Benchmarks;

/// <summary>
/// Downloading a finished 10-minute video: the client streams to a temporary file and renames it;
/// the baseline reads the whole body into memory first. Allocated bytes show whether anything buffers the file.
/// </summary>
[BenchmarkCategory("download")]
public class DownloadBenchmarks
{
    private RunningMock _mock = null!;
    private AvatarIVClient _client = null!;
    private HttpClient _plain = null!;
    private Video _video = null!;
    private string _directory = "";

    [GlobalSetup]
    public void Setup()
    {
        _mock = RunningMock.StartAsync("--progression", "immediate", "--tier", "enterprise", "--balance", "1000000").GetAwaiter().GetResult();
        _client = new AvatarIVClient(new AvatarIVClientOptions { ApiKey = "bench-key", BaseUri = _mock.BaseUri, UploadUri = _mock.BaseUri });
        _plain = new HttpClient();
        var asset = _client.UploadAssetAsync(new MemoryStream(SampleMedia.Jpeg(1280, 720)), "photo.jpg").GetAwaiter().GetResult();
        var audio = _client.UploadAssetAsync(new MemoryStream(SampleMedia.Wav(600, 8000)), "ten-minutes.wav").GetAwaiter().GetResult();
        var created = _client.CreateVideoAsync(new CreateVideoRequest { ImageAssetId = asset.AssetId, AudioAssetId = audio.AssetId, Title = "bench download" }).GetAwaiter().GetResult();
        _video = _client.GetVideoAsync(created.VideoId).GetAwaiter().GetResult();
        _directory = Directory.CreateTempSubdirectory("avatariv-bench-").FullName;
        // Render once so both contenders measure transfer, not the mock's first-fetch rendering.
        _plain.GetByteArrayAsync(_video.VideoUrl).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "buffer whole body, then write")]
    public async Task<long> BufferedBaseline()
    {
        var bytes = await _plain.GetByteArrayAsync(_video.VideoUrl);
        var path = Path.Combine(_directory, "buffered.mp4");
        await File.WriteAllBytesAsync(path, bytes);
        return bytes.Length;
    }

    [Benchmark(Description = "AvatarIVClient.DownloadVideoAsync")]
    public async Task<long> ClientDownload()
    {
        var result = await _client.DownloadVideoAsync(_video, Path.Combine(_directory, "client.mp4"), new DownloadOptions { Overwrite = true });
        return result.Bytes;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _plain.Dispose();
        _mock.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }
}
