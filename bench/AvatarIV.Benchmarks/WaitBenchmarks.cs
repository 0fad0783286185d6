using AvatarIV.Core;
using AvatarIV.TestSupport;
using BenchmarkDotNet.Attributes;

namespace AvatarIV.Benchmarks;

/// <summary>
/// Waiting for 50 videos: v3 polls them together (bulk statuses), legacy one by one with bounded parallelism.
/// Each video completes on its third status read (polls:3), so the work is the same; the request count differs.
/// </summary>
[BenchmarkCategory("wait")]
public class WaitBenchmarks
{
    private const int Videos = 50;
    private RunningMock _mock = null!;
    private AvatarIVClient _client = null!;
    private string _photoKey = "";
    private string _assetId = "";
    private string _voiceId = "";
    private List<string> _ids = [];

    [Params(ApiSurface.V3, ApiSurface.Legacy)]
    public ApiSurface Surface { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _mock = RunningMock.StartAsync("--progression", "polls:3", "--tier", "enterprise", "--concurrency", "100", "--balance", "1000000").GetAwaiter().GetResult();
        _client = new AvatarIVClient(new AvatarIVClientOptions
        {
            ApiKey = "bench-key",
            BaseUri = _mock.BaseUri,
            UploadUri = _mock.BaseUri,
            Surface = Surface,
        });
        var asset = _client.UploadAssetAsync(new MemoryStream(SampleMedia.Jpeg()), "photo.jpg").GetAwaiter().GetResult();
        _photoKey = asset.ImageKey ?? "";
        _assetId = asset.AssetId;
        _voiceId = _client.GetVoicesAsync().GetAwaiter().GetResult()[0].VoiceId;
    }

    [IterationSetup]
    public void CreateVideos()
    {
        _ids = [];
        for (var i = 0; i < Videos; i++)
        {
            var created = _client.CreateVideoAsync(new CreateVideoRequest
            {
                ImageKey = Surface == ApiSurface.Legacy ? _photoKey : null,
                ImageAssetId = Surface == ApiSurface.V3 ? _assetId : null,
                Script = "Hello from the benchmark.",
                VoiceId = _voiceId,
                Title = $"bench {i}",
            }).GetAwaiter().GetResult();
            _ids.Add(created.VideoId);
        }
    }

    [Benchmark(Description = "wait for 50 videos")]
    public async Task<int> WaitForFifty()
    {
        var results = await _client.WaitForVideosAsync(_ids, new WaitOptions
        {
            InitialPollInterval = TimeSpan.FromMilliseconds(1),
            MaxPollInterval = TimeSpan.FromMilliseconds(1),
            MaxParallelism = 4,
        });
        return results.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _mock.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
