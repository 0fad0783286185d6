using System.Collections.Concurrent;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>Waiting on many videos at once; jobs finish after three status reads (polls:3) unless a test changes that.</summary>
public sealed class WaitingTests(PollingMockFixture fixture) : IClassFixture<PollingMockFixture>
{
    private RunningMock Mock => fixture.Mock;

    [Fact]
    public async Task Fifty_videos_with_mixed_outcomes_each_come_back_exactly_once()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("fifty"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var failing = new HashSet<string>();
        var ids = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            var title = i % 5 == 0 ? $"video {i} [[fail:video_too_long]]" : $"video {i}";
            var id = (await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "A short line.", title))).VideoId;
            ids.Add(id);
            if (i % 5 == 0)
            {
                failing.Add(id);
            }
        }

        var stuck = ids[7];
        await MockClients.SetProgressionAsync(Mock, stuck, "manual");
        await MockClients.SetProgressionAsync(Mock, ids[8], "polls:1");
        var changes = new ConcurrentBag<VideoStatusChange>();
        var options = MockClients.FastWait(TimeSpan.FromSeconds(1));
        options.OnStatusChanged = changes.Add;

        var results = await client.WaitForVideosAsync(ids, options);

        results.Select(r => r.VideoId).ShouldBe(ids, ignoreOrder: true);
        results.Count.ShouldBe(50);
        results.Single(r => r.VideoId == stuck).Outcome.ShouldBe(WaitOutcome.TimedOut);
        results.Last().VideoId.ShouldBe(stuck);
        results.Where(r => failing.Contains(r.VideoId)).ShouldAllBe(r => r.Outcome == WaitOutcome.Failed && r.Video!.Error!.Code == "video_too_long");
        results.Where(r => !failing.Contains(r.VideoId) && r.VideoId != stuck)
            .ShouldAllBe(r => r.Outcome == WaitOutcome.Completed && !string.IsNullOrEmpty(r.Video!.VideoUrl));
        changes.Select(c => c.VideoId).Distinct().Count().ShouldBe(50);
        changes.Where(c => c.VideoId == ids[1]).Select(c => c.Current).ShouldContain(VideoStatus.Completed);
    }

    [Fact]
    public async Task Legacy_videos_are_polled_one_by_one_and_failures_carry_the_numeric_code()
    {
        using var client = MockClients.Create(Mock, ApiSurface.Legacy, MockClients.NewKey("legacy-wait"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var ok = await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.Legacy, photo, voice, "Fine.", "ok"));
        var bad = await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.Legacy, photo, voice, "Bad.", "[[fail:invalid_audio]]"));

        var results = await client.WaitForVideosAsync([ok.VideoId, bad.VideoId, ok.VideoId], MockClients.FastWait(TimeSpan.FromSeconds(20)));

        results.Count.ShouldBe(2);
        results.Single(r => r.VideoId == ok.VideoId).Outcome.ShouldBe(WaitOutcome.Completed);
        results.Single(r => r.VideoId == bad.VideoId).Video!.Error!.Code.ShouldBe("40044");
    }

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task An_unknown_id_comes_back_failed_not_lost(ApiSurface surface)
    {
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("unknown"));

        var result = (await client.WaitForVideosAsync(["0123456789abcdef0123456789abcdef"], MockClients.FastWait(TimeSpan.FromSeconds(20)))).ShouldHaveSingleItem();

        result.Outcome.ShouldBe(WaitOutcome.Failed);
        result.Video!.Error!.Code.ShouldBe(AvatarIVErrorCodes.NotFound);
    }

    [Fact]
    public async Task The_stream_yields_a_finished_video_before_the_others_time_out()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("stream"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var quick = (await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Quick."))).VideoId;
        var stuck = (await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Stuck."))).VideoId;
        await MockClients.SetProgressionAsync(Mock, stuck, "manual");

        var order = new List<(string Id, WaitOutcome Outcome)>();
        await foreach (var result in client.WaitForVideosStreamAsync([stuck, quick], MockClients.FastWait(TimeSpan.FromMilliseconds(500))))
        {
            order.Add((result.VideoId, result.Outcome));
        }

        order.ShouldBe([(quick, WaitOutcome.Completed), (stuck, WaitOutcome.TimedOut)]);
    }

    [Fact]
    public async Task Cancelling_mid_wait_throws_promptly()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("cancel-wait"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var id = (await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Never done."))).VideoId;
        await MockClients.SetProgressionAsync(Mock, id, "manual");
        using var cancel = new CancellationTokenSource();
        var options = MockClients.FastWait(TimeSpan.FromMinutes(5));
        options.OnStatusChanged = _ => cancel.Cancel();

        await Should.ThrowAsync<OperationCanceledException>(() => client.WaitForVideosAsync([id], options, cancel.Token));
    }
}
