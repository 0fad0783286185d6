using System.Text.Json;
using AvatarIV.Core;
using AvatarIV.TestSupport;
using BenchmarkDotNet.Attributes;
using RestSharp;

namespace AvatarIV.Benchmarks;

/// <summary>
/// One status read, the call a wait makes most: Core on each surface against bare RestSharp doing the same GET and a
/// one-pass parse. The difference is Core's own overhead per call (retry pipeline, parsing, error envelope checks).
/// </summary>
[BenchmarkCategory("overhead")]
public class StatusReadBenchmarks
{
    private RunningMock _mock = null!;
    private AvatarIVClient _v3 = null!;
    private AvatarIVClient _legacy = null!;
    private RestClient _bare = null!;
    private string _v3Id = "";
    private string _legacyId = "";

    [GlobalSetup]
    public void Setup()
    {
        _mock = RunningMock.StartAsync("--progression", "immediate", "--tier", "enterprise", "--balance", "1000000").GetAwaiter().GetResult();
        _v3 = Client(ApiSurface.V3);
        _legacy = Client(ApiSurface.Legacy);
        _v3Id = CreateAsync(_v3).GetAwaiter().GetResult();
        _legacyId = CreateAsync(_legacy).GetAwaiter().GetResult();
        _bare = new RestClient(new RestClientOptions(_mock.BaseUri));
        _bare.AddDefaultHeader("X-Api-Key", "bench-key");
    }

    [Benchmark(Baseline = true, Description = "bare RestSharp GET /v3/videos/{id} + parse")]
    public async Task<string?> BareRestSharp()
    {
        var response = await _bare.ExecuteAsync(new RestRequest("v3/videos/" + _v3Id));
        using var document = JsonDocument.Parse(response.RawBytes);
        return document.RootElement.GetProperty("data").GetProperty("status").GetString();
    }

    [Benchmark(Description = "Core v3 GetVideoAsync")]
    public async Task<VideoStatus> CoreV3() => (await _v3.GetVideoAsync(_v3Id)).Status;

    [Benchmark(Description = "Core legacy GetVideoAsync")]
    public async Task<VideoStatus> CoreLegacy() => (await _legacy.GetVideoAsync(_legacyId)).Status;

    [GlobalCleanup]
    public void Cleanup()
    {
        _v3.Dispose();
        _legacy.Dispose();
        _bare.Dispose();
        _mock.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private AvatarIVClient Client(ApiSurface surface) =>
        new(new AvatarIVClientOptions { ApiKey = "bench-key", BaseUri = _mock.BaseUri, UploadUri = _mock.BaseUri, Surface = surface });

    private static async Task<string> CreateAsync(AvatarIVClient client)
    {
        var photo = await client.UploadAssetAsync(new MemoryStream(SampleMedia.Jpeg(640, 640)), "face.jpg");
        var voice = (await client.GetVoicesAsync())[0];
        var created = await client.CreateVideoAsync(new CreateVideoRequest
        {
            ImageAssetId = client.Options.Surface == ApiSurface.V3 ? photo.AssetId : null,
            ImageKey = client.Options.Surface == ApiSurface.Legacy ? photo.ImageKey : null,
            Script = "A status read, measured.",
            VoiceId = voice.VoiceId,
        });
        return created.VideoId;
    }
}
