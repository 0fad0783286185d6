using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Jobs;

/// <summary>Render slots per tier: legacy jobs beyond them wait in <c>waiting</c>; v3 creates beyond them get 429 + Retry-After.</summary>
public sealed class ConcurrencyTests(ManualMock fixture) : IClassFixture<ManualMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task Legacy_jobs_beyond_the_free_tiers_single_slot_wait_until_it_frees()
    {
        var key = Keys.New();
        await _mock.SetBalanceAsync(key, 10, tier: "free");
        using var client = _mock.CreateClient(key);
        var imageKey = await client.UploadPhotoImageKeyAsync();
        var first = await client.GenerateLegacyAsync(imageKey);
        var second = await client.GenerateLegacyAsync(imageKey);

        (await client.GetLegacyStatusAsync(first)).Str("status").ShouldBe("pending");
        (await client.GetLegacyStatusAsync(second)).Str("status").ShouldBe("waiting");
        (await client.GetV3VideoAsync(second)).Str("status").ShouldBe("pending");

        await _mock.Admin.PostAsync($"_mock/jobs/{first}/complete", null);
        (await client.GetLegacyStatusAsync(second)).Str("status").ShouldBe("pending");
    }

    [Fact]
    public async Task V3_creates_beyond_the_slots_get_429_with_retry_after_and_nothing_is_charged()
    {
        await using var mock = await RunningMock.StartAsync("--progression", "manual", "--concurrency", "2");
        var key = Keys.New();
        using var client = mock.CreateClient(key);
        var assetId = await client.UploadV3PhotoAsync();
        var first = await client.CreateV3VideoIdAsync(assetId);
        await client.CreateV3VideoIdAsync(assetId);
        var before = await mock.LedgerAsync(key);

        using var refused = await client.CreateV3Async(assetId);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await refused.JsonAsync()).GetProperty("error").Str("code").ShouldBe("rate_limit_exceeded");
        (await mock.LedgerAsync(key)).ShouldBe(before);

        await mock.Admin.PostAsync($"_mock/jobs/{first}/complete", null);
        using var accepted = await client.CreateV3Async(assetId);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Many_parallel_creates_keep_the_ledger_exact()
    {
        var key = Keys.New();
        await _mock.SetBalanceAsync(key, 1000, tier: "enterprise");
        using var client = _mock.CreateClient(key);
        var assetId = await client.UploadV3PhotoAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => client.CreateV3VideoIdAsync(assetId, script: $"Parallel video number {i}.")));
        ids.Distinct().Count().ShouldBe(16);
        var costs = 0m;
        foreach (var id in ids)
        {
            costs += (await _mock.AdminJobAsync(id)).GetProperty("cost").GetDecimal();
        }

        (await _mock.LedgerAsync(key)).ShouldBe((1000 - costs, costs));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_ids()
    {
        async Task<string> FirstAssetIdAsync()
        {
            await using var seeded = await RunningMock.StartAsync("--seed", "42");
            using var client = seeded.CreateClient(Keys.New());
            return await client.UploadV3PhotoAsync();
        }

        (await FirstAssetIdAsync()).ShouldBe(await FirstAssetIdAsync());
    }
}
