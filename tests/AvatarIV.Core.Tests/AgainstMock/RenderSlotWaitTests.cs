using System.Diagnostics;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>A mock whose jobs move only through the admin API and whose keys have two render slots each.</summary>
public sealed class TwoSlotMockFixture : IAsyncLifetime
{
    public RunningMock Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await RunningMock.StartAsync("--progression", "manual", "--concurrency", "2");

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

/// <summary>
/// Issue 9 P3: a create beyond the account's render slots gets 429; it waits for a slot (within
/// <see cref="RetryOptions.MaxRateLimitWait"/>) instead of failing after <see cref="RetryOptions.MaxRetries"/>.
/// </summary>
public sealed class RenderSlotWaitTests(TwoSlotMockFixture fixture) : IClassFixture<TwoSlotMockFixture>
{
    private RunningMock Mock => fixture.Mock;

    [Fact]
    public async Task A_create_beyond_the_render_slots_waits_for_a_slot_and_makes_exactly_one_video()
    {
        var waiting = new TaskCompletionSource<RetryNotice>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = SlotClient("slot-wait", TimeSpan.FromMinutes(1), n => waiting.TrySetResult(n));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var first = await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "One."));
        await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Two."));

        var third = client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Three."));
        var notice = await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        third.IsCompleted.ShouldBeFalse();
        (await Mock.Admin.PostAsync($"_mock/jobs/{first.VideoId}/complete", null)).EnsureSuccessStatusCode();
        var created = await third.WaitAsync(TimeSpan.FromSeconds(30));

        notice.Method.ShouldBe("POST");
        notice.Path.ShouldBe("/v3/videos");
        notice.Reason.ShouldContain("HTTP 429: waiting for a render slot or the rate limit");
        notice.Reason.ShouldContain("of the 60 s budget");
        var videos = await MockClients.ListAllAsync(client);
        videos.Count.ShouldBe(3);
        videos.ShouldContain(v => v.VideoId == created.VideoId);
    }

    [Fact]
    public async Task With_no_waiting_budget_a_create_beyond_the_render_slots_fails_after_the_retries_as_before()
    {
        var notices = new List<RetryNotice>();
        using var client = SlotClient("slot-no-budget", TimeSpan.Zero, notices.Add);
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "One."));
        await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Two."));

        var error = await Should.ThrowAsync<AvatarIVApiException>(
            () => client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Three.")));

        error.StatusCode.ShouldBe(429);
        error.ErrorCode.ShouldBe(AvatarIVErrorCodes.RateLimited);
        error.Message.ShouldContain("render slots of this key are busy");
        notices.Count.ShouldBe(2);
        notices.ShouldAllBe(n => n.Reason == "HTTP 429");
        (await MockClients.ListAllAsync(client)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Cancelling_a_create_that_waits_for_a_slot_returns_at_once()
    {
        var waiting = new TaskCompletionSource<RetryNotice>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = SlotClient("slot-cancel", TimeSpan.FromMinutes(10), n => waiting.TrySetResult(n));
        client.Options.Retry.BaseDelay = TimeSpan.FromSeconds(30);
        client.Options.Retry.MaxDelay = TimeSpan.FromSeconds(30);
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "One."));
        await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Two."));
        using var cancel = new CancellationTokenSource();

        var third = client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Three."), cancel.Token);
        (await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30))).Delay.ShouldBeGreaterThan(TimeSpan.FromSeconds(20));
        var clock = Stopwatch.StartNew();
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => third);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_legacy_create_refused_with_429_more_often_than_MaxRetries_waits_within_the_budget()
    {
        var notices = new List<RetryNotice>();
        using var client = MockClients.Create(Mock, ApiSurface.Legacy, MockClients.NewKey("slot-legacy"), o => o.OnRetry = notices.Add);
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        await Mock.AddFaultAsync(new { method = "POST", path = "/v2/video/av4/generate", kind = "status", status = 429, times = 5 });

        await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.Legacy, photo, voice, "Hello."));

        notices.Count.ShouldBe(5);
        (await MockClients.ListAllAsync(client)).Count.ShouldBe(1);
    }

    private AvatarIVClient SlotClient(string purpose, TimeSpan budget, Action<RetryNotice> onRetry) =>
        MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey(purpose), o =>
        {
            o.Retry.MaxRateLimitWait = budget;
            o.OnRetry = onRetry;
        });
}
