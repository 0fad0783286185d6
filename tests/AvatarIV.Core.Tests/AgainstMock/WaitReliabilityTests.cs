using System.Diagnostics;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>
/// Issue 8: each video's wait outcome is independent of the others' failed reads; rate limiting slows the rounds down
/// without discarding what was read; the deadline never lets a read's error escape. Jobs finish at once; faults make the trouble.
/// </summary>
public sealed class WaitReliabilityTests(ImmediateMockFixture fixture) : FaultRuleTests(fixture)
{
    [Fact]
    public async Task A_video_whose_reads_keep_failing_is_reported_alone_while_the_others_are_delivered()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("one-bad-read"));
        var ids = await CreateAsync(client, 3);
        var broken = ids[1];
        await Mock.AddFaultAsync(new { method = "GET", path = "/v3/videos/" + broken, kind = "status", status = 503 });
        var options = MockClients.FastWait(TimeSpan.FromSeconds(30));

        var results = await client.WaitForVideosAsync(ids, options);

        results.Count.ShouldBe(3);
        results.Where(r => r.VideoId != broken).ShouldAllBe(r => r.Outcome == WaitOutcome.Completed && r.Video!.VideoUrl != null);
        var failed = results.Last();
        failed.VideoId.ShouldBe(broken);
        failed.Outcome.ShouldBe(WaitOutcome.ReadFailed);
        failed.ReadError!.StatusCode.ShouldBe(503);
    }

    [Fact]
    public async Task A_rate_limited_round_keeps_the_reads_that_succeeded_and_waits_as_Retry_After_says()
    {
        var requests = new List<(TimeSpan At, RequestNotice Notice)>();
        var clock = Stopwatch.StartNew();
        using var client = MockClients.Create(Mock, ApiSurface.Legacy, MockClients.NewKey("rate-limited-round"), o =>
        {
            o.Retry.MaxRetries = 0;
            o.Retry.MaxRetryAfter = TimeSpan.FromMilliseconds(400);
            o.OnRequest = n =>
            {
                lock (requests)
                {
                    requests.Add((clock.Elapsed, n));
                }
            };
        });
        var ids = await CreateAsync(client, 4);
        await Mock.AddFaultAsync(new { method = "GET", path = "/v1/video_status.get", kind = "status", status = 429, retry_after = 1, times = 2 });
        requests.Clear();

        var results = await client.WaitForVideosAsync(ids, MockClients.FastWait(TimeSpan.FromSeconds(30)));

        results.Count.ShouldBe(4);
        results.ShouldAllBe(r => r.Outcome == WaitOutcome.Completed);
        var reads = requests.Where(r => r.Notice.Url.Contains("video_status.get")).ToList();
        reads.Count.ShouldBe(6, "the two reads that succeeded in the rate-limited round are kept, only the two refused ones are repeated");
        reads.Take(4).Count(r => r.Notice.StatusCode == 429).ShouldBe(2);
        var firstRoundEnd = reads.Take(4).Max(r => r.At);
        var secondRoundStart = reads.Skip(4).Min(r => r.At - r.Notice.Elapsed);
        (secondRoundStart - firstRoundEnd).ShouldBeGreaterThan(TimeSpan.FromMilliseconds(350));
    }

    [Fact]
    public async Task At_the_deadline_a_failed_read_never_escapes_and_every_video_times_out()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("deadline"));
        var ids = await CreateAsync(client, 2);
        await Mock.AddFaultAsync(new { method = "GET", path = "/v3/videos/" + ids[0], kind = "status", status = 503 });
        await Mock.AddFaultAsync(new { method = "GET", path = "/v3/videos/" + ids[1], kind = "latency", latency_ms = 10_000 });
        var options = MockClients.FastWait(TimeSpan.FromSeconds(1));
        options.MaxFailedReads = 1000;
        var clock = Stopwatch.StartNew();

        var results = await client.WaitForVideosAsync(ids, options);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        results.Select(r => r.VideoId).ShouldBe(ids, ignoreOrder: true);
        results.ShouldAllBe(r => r.Outcome == WaitOutcome.TimedOut);
    }

    private static async Task<List<string>> CreateAsync(AvatarIVClient client, int count)
    {
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await client.CreateVideoAsync(MockClients.ScriptRequest(client.Options.Surface, photo, voice, "Hello there.", $"video {i}"))).VideoId);
        }

        return ids;
    }
}
