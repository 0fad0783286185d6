using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AvatarIV.Benchmarks.Scale;
using AvatarIV.Core;
using AvatarIV.TestSupport;
using BenchmarkDotNet.Attributes;
using RestSharp;

namespace AvatarIV.Benchmarks.All;

/// <summary>
/// Issue 12: one call through Core against the same call made with bare RestSharp (the baseline: what Core is built
/// on) and with raw HttpClient + System.Text.Json, per surface, for a status read and a create. The mock runs as its
/// own process, so only the client's work is in this process's allocations.
/// </summary>
public class PerCallBenchmarks
{
    private const string Key = "bench-key";
    private const string Script = "A call, measured.";
    private ChildProcess _mock = null!;
    private AvatarIVClient _v3 = null!;
    private AvatarIVClient _legacy = null!;
    private RestClient _rest = null!;
    private HttpClient _http = null!;
    private string _v3Id = "";
    private string _legacyId = "";
    private string _assetId = "";
    private string _imageKey = "";
    private string _voiceId = "";

    [GlobalSetup]
    public void Setup()
    {
        _mock = ChildProcess.StartAsync(ChildProcess.MockDll, "--progression", "immediate", "--concurrency", "1000000", "--balance", "1000000000").GetAwaiter().GetResult();
        _v3 = Client(ApiSurface.V3);
        _legacy = Client(ApiSurface.Legacy);
        var photo = _v3.UploadAssetAsync(new MemoryStream(SampleMedia.Jpeg(640, 640)), "face.jpg").GetAwaiter().GetResult();
        var legacyPhoto = _legacy.UploadAssetAsync(new MemoryStream(SampleMedia.Jpeg(640, 640)), "face.jpg").GetAwaiter().GetResult();
        (_assetId, _imageKey) = (photo.AssetId, legacyPhoto.ImageKey!);
        _voiceId = _v3.GetVoicesAsync().GetAwaiter().GetResult()[0].VoiceId;
        _v3Id = CoreV3Create().GetAwaiter().GetResult();
        _legacyId = CoreLegacyCreate().GetAwaiter().GetResult();
        _rest = new RestClient(new RestClientOptions(_mock.BaseUri));
        _rest.AddDefaultHeader("X-Api-Key", Key);
        _http = new HttpClient { BaseAddress = _mock.BaseUri };
        _http.DefaultRequestHeaders.Add("X-Api-Key", Key);
    }

    // v3 status read
    [Benchmark(Baseline = true, Description = "bare RestSharp"), BenchmarkCategory("v3 read")]
    public async Task<string?> RestV3Read() => Status(await _rest.ExecuteAsync(new RestRequest("v3/videos/" + _v3Id)), "status");

    [Benchmark(Description = "AvatarIV.Core"), BenchmarkCategory("v3 read")]
    public async Task<VideoStatus> CoreV3Read() => (await _v3.GetVideoAsync(_v3Id)).Status;

    [Benchmark(Description = "raw HttpClient + System.Text.Json"), BenchmarkCategory("v3 read")]
    public async Task<string?> HttpV3Read() => await StatusAsync(await _http.GetAsync("v3/videos/" + _v3Id), "status");

    // legacy status read
    [Benchmark(Baseline = true, Description = "bare RestSharp"), BenchmarkCategory("legacy read")]
    public async Task<string?> RestLegacyRead() => Status(await _rest.ExecuteAsync(new RestRequest("v1/video_status.get").AddQueryParameter("video_id", _legacyId)), "status");

    [Benchmark(Description = "AvatarIV.Core"), BenchmarkCategory("legacy read")]
    public async Task<VideoStatus> CoreLegacyRead() => (await _legacy.GetVideoAsync(_legacyId)).Status;

    [Benchmark(Description = "raw HttpClient + System.Text.Json"), BenchmarkCategory("legacy read")]
    public async Task<string?> HttpLegacyRead() => await StatusAsync(await _http.GetAsync("v1/video_status.get?video_id=" + Uri.EscapeDataString(_legacyId)), "status");

    // v3 create
    [Benchmark(Baseline = true, Description = "bare RestSharp"), BenchmarkCategory("v3 create")]
    public async Task<string?> RestV3Create() => Status(await _rest.ExecuteAsync(new RestRequest("v3/videos", Method.Post).AddStringBody(V3Body(), ContentType.Json)), "video_id");

    [Benchmark(Description = "AvatarIV.Core"), BenchmarkCategory("v3 create")]
    public async Task<string> CoreV3Create() =>
        (await _v3.CreateVideoAsync(new CreateVideoRequest { ImageAssetId = _assetId, Script = Script, VoiceId = _voiceId })).VideoId;

    [Benchmark(Description = "raw HttpClient + System.Text.Json"), BenchmarkCategory("v3 create")]
    public async Task<string?> HttpV3Create() => await StatusAsync(await _http.PostAsync("v3/videos", Json(V3Body())), "video_id");

    // legacy create
    [Benchmark(Baseline = true, Description = "bare RestSharp"), BenchmarkCategory("legacy create")]
    public async Task<string?> RestLegacyCreate() => Status(await _rest.ExecuteAsync(new RestRequest("v2/video/av4/generate", Method.Post).AddStringBody(LegacyBody(), ContentType.Json)), "video_id");

    [Benchmark(Description = "AvatarIV.Core"), BenchmarkCategory("legacy create")]
    public async Task<string> CoreLegacyCreate() =>
        (await _legacy.CreateVideoAsync(new CreateVideoRequest { ImageKey = _imageKey, Script = Script, VoiceId = _voiceId })).VideoId;

    [Benchmark(Description = "raw HttpClient + System.Text.Json"), BenchmarkCategory("legacy create")]
    public async Task<string?> HttpLegacyCreate() => await StatusAsync(await _http.PostAsync("v2/video/av4/generate", Json(LegacyBody())), "video_id");

    [GlobalCleanup]
    public void Cleanup()
    {
        _v3.Dispose();
        _legacy.Dispose();
        _rest.Dispose();
        _http.Dispose();
        _mock.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private AvatarIVClient Client(ApiSurface surface) =>
        new(new AvatarIVClientOptions { ApiKey = Key, BaseUri = _mock.BaseUri, UploadUri = _mock.BaseUri, Surface = surface });

    private string V3Body() => JsonSerializer.Serialize(new { type = "image", image = new { type = "asset_id", asset_id = _assetId }, script = Script, voice_id = _voiceId });

    private string LegacyBody() => JsonSerializer.Serialize(new { image_key = _imageKey, video_title = "bench", script = Script, voice_id = _voiceId });

    private static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    // One parse of the answer, the field a caller wants out of "data".
    private static string? Status(RestResponse response, string field)
    {
        using var document = JsonDocument.Parse(response.RawBytes);
        return document.RootElement.GetProperty("data").GetProperty(field).GetString();
    }

    private static async Task<string?> StatusAsync(HttpResponseMessage response, string field)
    {
        using (response)
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            using var document = await JsonDocument.ParseAsync(body);
            return document.RootElement.GetProperty("data").GetProperty(field).GetString();
        }
    }
}
