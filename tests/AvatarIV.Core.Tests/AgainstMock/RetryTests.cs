using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>The retry rules, driven by the mock's fault rules. Tests in a class run one at a time, so each owns the fault list.</summary>
public sealed class RetryTests(ImmediateMockFixture fixture) : IClassFixture<ImmediateMockFixture>, IAsyncLifetime
{
    private readonly List<RetryNotice> _retries = [];

    private RunningMock Mock => fixture.Mock;

    public Task InitializeAsync() => MockClients.ClearFaultsAndJournalAsync(Mock);

    public Task DisposeAsync() => MockClients.ClearFaultsAndJournalAsync(Mock);

    [Fact]
    public async Task A_429_burst_is_retried_honouring_a_capped_Retry_After()
    {
        using var client = Client(ApiSurface.V3, "burst");
        await Mock.AddFaultAsync(new { method = "GET", path = "/v3/voices", kind = "status", status = 429, retry_after = 1, times = 2 });

        var voices = await client.GetVoicesAsync();

        voices.ShouldNotBeEmpty();
        _retries.Count.ShouldBe(2);
        // A read takes no render slot: its notice names the rate limit only.
        _retries.ShouldAllBe(r => r.Reason.StartsWith("HTTP 429: waiting for the rate limit,", StringComparison.Ordinal) && r.Method == "GET" && r.Path == "/v3/voices");
        _retries.ShouldAllBe(r => r.Delay <= TimeSpan.FromMilliseconds(50));
        _retries.Select(r => r.Attempt).ShouldBe([1, 2]);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("drop")]
    [InlineData("malformed")]
    public async Task A_read_is_retried_after_a_transient_failure(string kind)
    {
        using var client = Client(ApiSurface.Legacy, "read-" + kind);
        await Mock.AddFaultAsync(kind == "status"
            ? new { method = "GET", path = "/v2/user/remaining_quota", kind, status = (int?)503, times = 1 }
            : new { method = "GET", path = "/v2/user/remaining_quota", kind, status = (int?)null, times = 1 });

        var balance = await client.GetCreditsAsync();

        balance.RemainingCredits.ShouldBeGreaterThan(0);
        _retries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_read_that_keeps_failing_gives_up_after_the_configured_retries()
    {
        using var client = Client(ApiSurface.V3, "exhausted");
        await Mock.AddFaultAsync(new { method = "GET", path = "/v3/users/me", kind = "status", status = 503 });

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.GetCreditsAsync());

        error.StatusCode.ShouldBe(503);
        error.IsRetryable.ShouldBeTrue();
        _retries.Count.ShouldBe(2);
        (await MockClients.JournalAsync(Mock)).Count(e => e.GetProperty("path").GetString() == "/v3/users/me").ShouldBe(3);
    }

    [Fact]
    public async Task A_v3_create_that_fails_after_the_server_acted_is_retried_with_the_same_key_and_makes_one_video()
    {
        using var client = Client(ApiSurface.V3, "v3-create");
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        await Mock.AddFaultAsync(new { method = "POST", path = "/v3/videos", kind = "status", status = 503, times = 1, phase = "after" });

        var created = await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Only once, please."));

        var videos = await MockClients.ListAllAsync(client);
        videos.Select(v => v.VideoId).ShouldBe([created.VideoId]);
        var creates = (await MockClients.JournalAsync(Mock)).Where(e => e.GetProperty("method").GetString() == "POST" && e.GetProperty("path").GetString() == "/v3/videos").ToList();
        creates.Count.ShouldBe(2);
        creates.Select(e => e.GetProperty("idempotency_key").GetString()).Distinct().Count().ShouldBe(1);
        _retries.ShouldHaveSingleItem().Reason.ShouldBe("HTTP 503");
    }

    [Fact]
    public async Task A_legacy_create_is_never_retried_after_a_5xx_and_makes_one_video()
    {
        using var client = Client(ApiSurface.Legacy, "legacy-create");
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        await Mock.AddFaultAsync(new { method = "POST", path = "/v2/video/av4/generate", kind = "status", status = 503, times = 1, phase = "after" });

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.Legacy, photo, voice, "Exactly one.")));

        error.StatusCode.ShouldBe(503);
        error.IsRetryable.ShouldBeFalse();
        error.Message.ShouldContain("may have been created");
        _retries.ShouldBeEmpty();
        (await MockClients.ListAllAsync(client)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_legacy_create_refused_with_429_is_retried_and_makes_one_video()
    {
        using var client = Client(ApiSurface.Legacy, "legacy-429");
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        await Mock.AddFaultAsync(new { method = "POST", path = "/v2/video/av4/generate", kind = "status", status = 429, retry_after = 1, times = 1 });

        var created = await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.Legacy, photo, voice, "Second time lucky."));

        (await MockClients.ListAllAsync(client)).Select(v => v.VideoId).ShouldBe([created.VideoId]);
        _retries.ShouldHaveSingleItem().Reason.ShouldStartWith("HTTP 429: waiting for a render slot or the rate limit");
    }

    [Fact]
    public async Task A_dropped_connection_on_a_legacy_create_is_not_retried()
    {
        using var client = Client(ApiSurface.Legacy, "legacy-drop");
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        await Mock.AddFaultAsync(new { method = "POST", path = "/v2/video/av4/generate", kind = "drop", times = 1, phase = "after" });

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.Legacy, photo, voice, "Dropped.")));

        error.ErrorCode.ShouldBe(AvatarIVErrorCodes.NetworkError);
        error.IsRetryable.ShouldBeFalse();
        _retries.ShouldBeEmpty();
        (await MockClients.ListAllAsync(client)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_upload_is_retried_after_a_5xx()
    {
        using var client = Client(ApiSurface.V3, "upload-retry");
        await Mock.AddFaultAsync(new { method = "POST", path = "/v3/assets", kind = "status", status = 502, times = 1 });

        var asset = await client.UploadAssetAsync(new MemoryStream(SampleMedia.Png()), "face.png");

        asset.AssetId.ShouldNotBeNullOrEmpty();
        _retries.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_client_timeout_is_not_retried()
    {
        using var client = Client(ApiSurface.V3, "timeout", o => o.RequestTimeout = TimeSpan.FromMilliseconds(200));
        await Mock.AddFaultAsync(new { method = "GET", path = "/v3/users/me", kind = "latency", latency_ms = 3000, times = 1 });

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.GetCreditsAsync());

        error.ErrorCode.ShouldBe(AvatarIVErrorCodes.Timeout);
        _retries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Caller_cancellation_is_never_retried()
    {
        using var client = Client(ApiSurface.V3, "cancel");
        await Mock.AddFaultAsync(new { method = "GET", path = "/v3/users/me", kind = "status", status = 503 });
        using var cancel = new CancellationTokenSource();
        client.Options.OnRetry = _ => cancel.Cancel();

        await Should.ThrowAsync<OperationCanceledException>(() => client.GetCreditsAsync(cancel.Token));
    }

    private AvatarIVClient Client(ApiSurface surface, string purpose, Action<AvatarIVClientOptions>? configure = null) =>
        MockClients.Create(Mock, surface, MockClients.NewKey(purpose), o =>
        {
            o.OnRetry = notice =>
            {
                lock (_retries)
                {
                    _retries.Add(notice);
                }
            };
            configure?.Invoke(o);
        });
}
