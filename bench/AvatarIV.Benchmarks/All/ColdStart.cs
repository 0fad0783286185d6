using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AvatarIV.Benchmarks.Scale;
using AvatarIV.Core;
using RestSharp;

namespace AvatarIV.Benchmarks.All;

/// <summary>
/// Cold start (issue 12): each round starts a fresh process (<c>cold-start CONTENDER URL VIDEO_ID</c>) that times its
/// client's constructor and then its first status read; the contenders alternate against one mock process.
/// </summary>
internal static class ColdStart
{
    private const string Key = "bench-key";
    private static readonly string[] Contenders = ["restsharp", "core", "httpclient"];
    private static readonly Dictionary<string, string> Names = new()
    {
        ["restsharp"] = "bare RestClient + GET + parse",
        ["core"] = "AvatarIVClient + GetVideoAsync",
        ["httpclient"] = "raw HttpClient + GET + System.Text.Json",
    };

    /// <summary>The child: prints "constructor_ms first_call_ms".</summary>
    public static async Task ChildAsync(string contender, Uri baseUri, string videoId)
    {
        var stopwatch = Stopwatch.StartNew();
        double constructed;
        switch (contender)
        {
            case "core":
                using (var client = new AvatarIVClient(new AvatarIVClientOptions { ApiKey = Key, BaseUri = baseUri, UploadUri = baseUri }))
                {
                    constructed = stopwatch.Elapsed.TotalMilliseconds;
                    _ = (await client.GetVideoAsync(videoId)).Status;
                }

                break;
            case "restsharp":
                using (var client = new RestClient(new RestClientOptions(baseUri)))
                {
                    constructed = stopwatch.Elapsed.TotalMilliseconds;
                    var response = await client.ExecuteAsync(new RestRequest("v3/videos/" + videoId).AddHeader("X-Api-Key", Key));
                    using var document = JsonDocument.Parse(response.RawBytes);
                    _ = document.RootElement.GetProperty("data").GetProperty("status").GetString();
                }

                break;
            default:
                using (var client = new HttpClient { BaseAddress = baseUri })
                {
                    constructed = stopwatch.Elapsed.TotalMilliseconds;
                    using var request = new HttpRequestMessage(HttpMethod.Get, "v3/videos/" + videoId);
                    request.Headers.Add("X-Api-Key", Key);
                    using var response = await client.SendAsync(request);
                    using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
                    _ = document.RootElement.GetProperty("data").GetProperty("status").GetString();
                }

                break;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{constructed:0.###} {stopwatch.Elapsed.TotalMilliseconds:0.###}"));
    }

    public static async Task<string> RunAsync(int rounds)
    {
        await using var mock = await ChildProcess.StartAsync(ChildProcess.MockDll, "--progression", "immediate");
        var videoId = await SeedVideoAsync(mock.BaseUri);
        var results = Contenders.ToDictionary(c => c, _ => (Constructor: new List<double>(), Total: new List<double>()));
        for (var round = 0; round < rounds; round++)
        {
            // Rotate the order each round, so no contender always runs right after another's process exits.
            foreach (var contender in Contenders.Skip(round % Contenders.Length).Concat(Contenders.Take(round % Contenders.Length)))
            {
                var output = await ChildProcess.RunToEndAsync(ChildProcess.BenchDll, "cold-start", contender, mock.BaseUri.ToString(), videoId);
                var parts = output.Trim().Split(' ');
                results[contender].Constructor.Add(double.Parse(parts[0], CultureInfo.InvariantCulture));
                results[contender].Total.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
            }
        }

        var baseline = (Ctor: Stats.Of(results["restsharp"].Constructor), Total: Stats.Of(results["restsharp"].Total));
        var rows = Contenders.Select(contender =>
        {
            var ctor = Stats.Of(results[contender].Constructor);
            var total = Stats.Of(results[contender].Total);
            return (IReadOnlyList<string>)
            [
                Names[contender] + (contender == "restsharp" ? " (baseline)" : ""),
                Stats.F(ctor.Median, "0.0") + " ms", ctor.Iqr("0.0"), Stats.F(ctor.Median - baseline.Ctor.Median, "+0.0;-0.0;0.0") + " ms",
                Stats.F(total.Median, "0") + " ms", total.Iqr("0"), Stats.F(total.Median / baseline.Total.Median),
            ];
        });
        return BenchmarkSections.Table(
            ["fresh process, median of " + rounds, "constructor", "IQR", "vs baseline", "constructor + first call", "IQR", "ratio"], rows);
    }

    private static async Task<string> SeedVideoAsync(Uri baseUri)
    {
        using var client = new AvatarIVClient(new AvatarIVClientOptions { ApiKey = Key, BaseUri = baseUri, UploadUri = baseUri });
        var photo = await client.UploadAssetAsync(new MemoryStream(AvatarIV.TestSupport.SampleMedia.Jpeg(640, 640)), "face.jpg");
        var voice = (await client.GetVoicesAsync())[0];
        return (await client.CreateVideoAsync(new CreateVideoRequest { ImageAssetId = photo.AssetId, Script = "Cold.", VoiceId = voice.VoiceId })).VideoId;
    }
}
