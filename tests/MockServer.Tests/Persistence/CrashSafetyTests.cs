using System.Collections.Concurrent;
using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Persistence;

/// <summary>
/// Issue 10 §1: kill -9 during parallel creates and uploads loses at most the requests that were not answered. The
/// store opens again and holds every answered upload and create, and the ledger agrees with the jobs it holds.
/// </summary>
public sealed class CrashSafetyTests
{
    private const decimal StartingCredits = 1_000_000;

    [Fact]
    public async Task Killed_mid_load_the_store_opens_and_agrees_with_every_answered_request()
    {
        using var dir = new StateDirectory();
        var key = Keys.New();
        var answeredAssets = new ConcurrentBag<string>();
        var answeredVideos = new ConcurrentBag<string>();

        await using (var mock = MockProcess.Start("--state-dir", dir.Path, "--progression", "manual", "--concurrency", "100000", "--balance", "1000000"))
        {
            using var client = new HttpClient { BaseAddress = await mock.BaseUriAsync() };
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            using var stop = new CancellationTokenSource();
            var enoughAnswered = new TaskCompletionSource();
            var workers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        var assetId = await UploadAsync(client, stop.Token);
                        answeredAssets.Add(assetId);
                        answeredVideos.Add(await CreateAsync(client, assetId, stop.Token));
                        if (answeredVideos.Count >= 40)
                        {
                            enoughAnswered.TrySetResult();
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
                    {
                        return; // the mock died under this request: it was never answered
                    }
                }
            })).ToList();

            await enoughAnswered.Task.WaitAsync(TimeSpan.FromMinutes(3));
            await mock.KillAsync(); // while the workers still have requests in flight
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }

        await using var restarted = await RunningMock.StartAsync("--state-dir", dir.Path, "--progression", "manual", "--concurrency", "100000", "--balance", "1000000");
        var state = await (await restarted.Admin.GetAsync("_mock/state")).JsonAsync();
        var keyId = AvatarIV.MockServer.Auth.ApiKeyId.From(key);
        var storedAssets = state.GetProperty("assets").EnumerateArray().Select(a => a.Str("id")).ToHashSet();
        var storedJobs = state.GetProperty("jobs").EnumerateArray().Where(j => j.Str("owner_key_id") == keyId).ToList();
        var storedJobIds = storedJobs.Select(j => j.Str("id")).ToHashSet();

        answeredAssets.ShouldAllBe(id => storedAssets.Contains(id));
        answeredVideos.ShouldAllBe(id => storedJobIds.Contains(id));
        var held = storedJobs.Sum(j => j.GetProperty("cost").GetDecimal());
        var (balance, reserved) = await restarted.LedgerAsync(key);
        (balance, reserved).ShouldBe((StartingCredits - held, held));

        // And the restarted mock works on: one more create on the same ledger.
        using var again = restarted.CreateClient(key);
        await again.CreateV3VideoIdAsync(await again.UploadV3PhotoAsync());
    }

    private static async Task<string> UploadAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var content = HttpJson.FilePart(MockApi.SamplePhoto, "me.jpg", "image/jpeg");
        using var response = await client.PostAsync("v3/assets", content, cancellationToken);
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        return body.GetProperty("data").Str("asset_id");
    }

    private static async Task<string> CreateAsync(HttpClient client, string assetId, CancellationToken cancellationToken)
    {
        var body = new { type = "image", image = new { type = "asset_id", asset_id = assetId }, script = "Hello there. This is a test.", voice_id = MockApi.VoiceId };
        using var response = await client.PostAsync("v3/videos", HttpJson.Json(body), cancellationToken);
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        return json.GetProperty("data").Str("video_id");
    }
}
