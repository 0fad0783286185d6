using System.Net;
using AvatarIV.Core;
using AvatarIV.Core.Pricing;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Credits;

/// <summary>One ledger per key: create reserves, completion keeps, failure refunds, too little balance creates nothing.</summary>
public sealed class CreditTests(ManualMock fixture) : IClassFixture<ManualMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task A_completed_video_costs_exactly_the_estimate()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        await _mock.SetBalanceAsync(key, 50);
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        var job = await _mock.AdminJobAsync(videoId);
        var expected = CreditEstimator.Estimate(job.GetProperty("duration_seconds").GetDouble(), ApiSurface.V3, resolution: "720p").Credits;
        job.GetProperty("cost").GetDecimal().ShouldBe(expected);

        (await _mock.LedgerAsync(key)).ShouldBe((50 - expected, expected));
        await _mock.Admin.PostAsync($"_mock/jobs/{videoId}/complete", null);
        (await _mock.LedgerAsync(key)).ShouldBe((50 - expected, 0m));
    }

    [Fact]
    public async Task A_failed_render_is_refunded()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        await _mock.SetBalanceAsync(key, 20);
        var videoId = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync(), title: "[[fail]]");
        (await _mock.LedgerAsync(key)).Balance.ShouldBeLessThan(20);

        await _mock.Admin.PostAsync($"_mock/jobs/{videoId}/advance", null);
        await _mock.Admin.PostAsync($"_mock/jobs/{videoId}/advance", null);
        var status = await client.GetLegacyStatusAsync(videoId);
        status.Str("status").ShouldBe("failed");
        status.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(40056);
        (await _mock.LedgerAsync(key)).ShouldBe((20m, 0m));
    }

    [Fact]
    public async Task Insufficient_balance_is_refused_on_both_surfaces_and_creates_no_job()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var assetId = await client.UploadV3PhotoAsync();
        await _mock.SetBalanceAsync(key, 0.05m);

        using var v3 = await client.CreateV3Async(assetId);
        v3.StatusCode.ShouldBe(HttpStatusCode.PaymentRequired);
        var v3Error = (await v3.JsonAsync()).GetProperty("error");
        v3Error.Str("code").ShouldBe("insufficient_credit");
        v3Error.Str("message").ShouldContain("0.05");

        using var legacy = await client.PostJsonAsync("v2/video/av4/generate", new { image_key = assetId, video_title = "t", script = "Too expensive for this balance.", voice_id = MockApi.VoiceId });
        legacy.StatusCode.ShouldBe(HttpStatusCode.PaymentRequired);
        (await legacy.JsonAsync()).GetProperty("error").Str("code").ShouldBe("insufficient_credit");

        var list = await (await client.GetAsync("v3/videos")).JsonAsync();
        list.GetProperty("data").GetArrayLength().ShouldBe(0);
        (await _mock.LedgerAsync(key)).ShouldBe((0.05m, 0m));
    }

    [Fact]
    public async Task Remaining_quota_is_credits_times_60_and_users_me_shows_the_same_ledger_in_usd()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        await _mock.SetBalanceAsync(key, 12.5m);
        await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        var (balance, _) = await _mock.LedgerAsync(key);

        var quota = (await (await client.GetAsync("v2/user/remaining_quota")).JsonAsync()).GetProperty("data");
        quota.GetProperty("remaining_quota").GetInt64().ShouldBe((long)(balance * 60));
        quota.GetProperty("details").GetProperty("api").GetInt64().ShouldBe((long)(balance * 60));

        var me = (await (await client.GetAsync("v3/users/me")).JsonAsync()).GetProperty("data");
        me.Str("billing_type").ShouldBe("wallet");
        me.GetProperty("wallet").Str("currency").ShouldBe("usd");
        me.GetProperty("wallet").GetProperty("remaining_balance").GetDecimal().ShouldBe(balance * 0.5m);
    }

    [Fact]
    public async Task A_new_key_starts_with_its_tiers_monthly_credits()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var quota = (await (await client.GetAsync("v2/user/remaining_quota")).JsonAsync()).GetProperty("data");
        quota.GetProperty("remaining_quota").GetInt64().ShouldBe(100 * 60);
    }

    [Fact]
    public async Task Deleting_a_running_video_refunds_it()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        await _mock.SetBalanceAsync(key, 30);
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        (await client.DeleteAsync($"v3/videos/{videoId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _mock.LedgerAsync(key)).ShouldBe((30m, 0m));
    }
}
