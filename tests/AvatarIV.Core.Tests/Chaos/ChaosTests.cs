using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using AvatarIV.Core.Pricing;
using AvatarIV.Core.Tests.AgainstMock;
using AvatarIV.TestSupport;
using Xunit.Abstractions;

namespace AvatarIV.Core.Tests.Chaos;

/// <summary>
/// Issue 8's chaos run: N videos (AVATARIV_CHAOS_N, default 30) created and awaited through Core under seeded faults on
/// every route. Every video is delivered, the mock holds exactly N jobs (no duplicates), and the credits charged are the
/// estimate times N. Each run has its own mock, so every job and credit in it belongs to the run.
/// </summary>
public sealed class ChaosTests(ITestOutputHelper output)
{
    private const string Script = "Reliability is a feature. Every video arrives, exactly once.";
    private const int CreatesInFlight = 8;

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task Every_video_is_delivered_exactly_once_and_charged_as_estimated_under_faults(ApiSurface surface)
    {
        var count = VideoCount();
        await using var mock = await RunningMock.StartAsync("--progression", "polls:2", "--concurrency", "1000", "--seed", "20261201");
        var key = MockClients.NewKey("chaos");
        await mock.SetBalanceAsync(key, 1_000_000);
        var retries = 0;
        using var client = MockClients.Create(mock, surface, key, o =>
        {
            o.Retry = new RetryOptions { MaxRetries = 12, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(40), MaxRetryAfter = TimeSpan.FromMilliseconds(60) };
            o.OnRetry = _ => Interlocked.Increment(ref retries);
        });
        var before = await client.GetCreditsAsync();
        var clock = Stopwatch.StartNew();

        await ChaosFaults.ApplyAsync(mock);
        var creator = new ExactlyOnceCreator(client);
        var ids = await CreateAllAsync(client, creator, surface, count);
        await ChaosFaults.BurstAsync(mock);
        var results = await client.WaitForVideosAsync(ids, ChaosWait());
        var elapsed = clock.Elapsed;
        (await mock.Admin.DeleteAsync("_mock/faults")).EnsureSuccessStatusCode();

        results.Count.ShouldBe(count);
        results.ShouldAllBe(r => r.Outcome == WaitOutcome.Completed && !string.IsNullOrEmpty(r.Video!.VideoUrl));
        var jobs = await mock.Admin.GetFromJsonAsync<JsonElement[]>("_mock/jobs") ?? [];
        jobs.Select(j => j.GetProperty("id").GetString()).ShouldBe(ids, ignoreOrder: true);
        var estimate = CreditEstimator.Estimate(ScriptDuration.EstimateSeconds(Script), surface).Credits;
        (before.RemainingCredits - (await client.GetCreditsAsync()).RemainingCredits).ShouldBe(estimate * count);
        retries.ShouldBeGreaterThan(0);
        output.WriteLine(
            $"chaos {surface}: N={count}, wall {elapsed.TotalSeconds:0.0} s, client retries {retries}, " +
            $"creates sent again {creator.Repeated}, legacy creates found by listing {creator.Found}");
    }

    private static int VideoCount() =>
        int.TryParse(Environment.GetEnvironmentVariable("AVATARIV_CHAOS_N"), out var n) && n > 0 ? n : 30;

    private static WaitOptions ChaosWait() => new()
    {
        Timeout = TimeSpan.FromSeconds(60),
        InitialPollInterval = TimeSpan.FromMilliseconds(10),
        MaxPollInterval = TimeSpan.FromMilliseconds(50),
        MaxParallelism = 8,
        MaxFailedReads = 10,
    };

    /// <summary>Creates <paramref name="count"/> videos, a few at a time, each exactly once; ids in creation order.</summary>
    private static async Task<List<string>> CreateAllAsync(AvatarIVClient client, ExactlyOnceCreator creator, ApiSurface surface, int count)
    {
        var photo = await client.UploadAssetAsync(new MemoryStream(SampleMedia.Png(640, 640)), "face.png");
        var voice = (await client.GetVoicesAsync()).First();
        var run = Guid.NewGuid().ToString("N");
        using var gate = new SemaphoreSlim(CreatesInFlight);
        var creates = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var request = MockClients.ScriptRequest(surface, photo, voice, Script, $"chaos {i}");
                request.IdempotencyKey = surface == ApiSurface.V3 ? $"chaos-{run}-{i}" : null;
                return await creator.CreateAsync(request);
            }
            finally
            {
                gate.Release();
            }
        });
        return [.. await Task.WhenAll(creates)];
    }
}
