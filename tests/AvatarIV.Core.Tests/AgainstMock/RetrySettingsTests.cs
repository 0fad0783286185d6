using AvatarIV.Core.Facts;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>
/// Issue 12: the retry pipeline is built once per client yet honours settings changed afterwards; each 2xx body is parsed
/// once yet malformed bodies are still refused; HeyGen's facts are loaded on first use only, once, whatever the concurrency.
/// </summary>
public sealed class RetrySettingsTests(ImmediateMockFixture fixture) : FaultRuleTests(fixture)
{
    [Fact]
    public async Task Retry_settings_changed_after_the_client_was_built_still_apply()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("live-settings"), o => o.Retry.MaxRetries = 0);
        var notices = new List<RetryNotice>();
        client.Options.Retry.MaxRetries = 3;
        client.Options.OnRetry = notices.Add;
        await Mock.AddFaultAsync(new { method = "GET", path = "/v3/users/me", kind = "status", status = 503, times = 3 });

        await client.GetCreditsAsync();

        notices.Select(n => n.Attempt).ShouldBe([1, 2, 3]);
        notices.ShouldAllBe(n => n.Method == "GET" && n.Path == "/v3/users/me" && n.Reason == "HTTP 503");

        client.Options.Retry = new RetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.Zero, UseJitter = false };
        var replaced = new List<RetryNotice>();
        client.Options.OnRetry = replaced.Add;
        await Mock.AddFaultAsync(new { method = "GET", path = "/v3/users/me", kind = "status", status = 503, times = 2 });

        (await Should.ThrowAsync<AvatarIVApiException>(() => client.GetCreditsAsync())).StatusCode.ShouldBe(503);
        replaced.ShouldHaveSingleItem().Delay.ShouldBe(TimeSpan.Zero);
        notices.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData(ApiSurface.V3, "/v3/users/me")]
    [InlineData(ApiSurface.Legacy, "/v2/user/remaining_quota")]
    public async Task A_body_that_stays_malformed_is_refused_after_the_retries(ApiSurface surface, string path)
    {
        var notices = new List<RetryNotice>();
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("malformed"), o => o.OnRetry = notices.Add);
        await Mock.AddFaultAsync(new { method = "GET", path, kind = "malformed" });

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.GetCreditsAsync());

        error.ErrorCode.ShouldBe(AvatarIVErrorCodes.MalformedResponse);
        error.StatusCode.ShouldBe(200);
        notices.Count.ShouldBe(2);
        notices.ShouldAllBe(n => n.Reason == "HTTP 200 with a malformed body");
    }

    [Fact]
    public async Task Facts_are_loaded_on_first_use_only_and_once_under_concurrency()
    {
        var loads = 0;
        var options = MockClients.Options(Mock, ApiSurface.Legacy, MockClients.NewKey("lazy-facts"));
        using var client = new AvatarIVClient(options, () =>
        {
            Interlocked.Increment(ref loads);
            return HeyGenFacts.Parse(File.ReadAllText(FactsFile()));
        }, null);
        var video = await MockClients.FinishedVideoAsync(client);
        await client.WaitForVideosAsync([video.VideoId], MockClients.FastWait(TimeSpan.FromSeconds(10)));

        loads.ShouldBe(0);

        var balances = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => client.GetCreditsAsync())));

        loads.ShouldBe(1);
        balances.Select(b => b.RemainingCredits).Distinct().ShouldHaveSingleItem();
    }

    private static string FactsFile()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "src/AvatarIV.Core/Facts/heygen-facts.json")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "src/AvatarIV.Core/Facts/heygen-facts.json");
    }
}
