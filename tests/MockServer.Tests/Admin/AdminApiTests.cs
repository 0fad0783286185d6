using System.Net;
using AvatarIV.MockServer.Auth;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Admin;

/// <summary>The /_mock admin API: state dump without keys, ledgers, reset.</summary>
public sealed class AdminApiTests
{
    [Fact]
    public async Task State_lists_assets_jobs_and_ledgers_by_key_id_never_by_key()
    {
        await using var mock = await RunningMock.StartAsync("--progression", "manual");
        var key = Keys.New();
        using var client = mock.CreateClient(key);
        var videoId = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync());

        using var response = await mock.Admin.GetAsync("_mock/state");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain(key);
        var state = await response.JsonAsync();
        state.GetProperty("assets")[0].Str("owner_key_id").ShouldBe(ApiKeyId.From(key));
        var job = state.GetProperty("jobs")[0];
        (job.Str("id"), job.Str("status"), job.Str("surface"), job.Str("mode")).ShouldBe((videoId, "pending", "legacy", "manual"));
        state.GetProperty("ledgers")[0].Str("tier").ShouldBe("pro");
    }

    [Fact]
    public async Task Setting_a_ledger_changes_balance_and_tier_and_reset_forgets_everything()
    {
        await using var mock = await RunningMock.StartAsync("--progression", "immediate");
        var key = Keys.New();
        using var client = mock.CreateClient(key);
        await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());

        using var put = await mock.Admin.PutAsync("_mock/ledgers", HttpJson.Json(new { api_key = key, credits = 3.25, tier = "scale" }));
        var ledger = await put.JsonAsync();
        (ledger.GetProperty("balance_credits").GetDecimal(), ledger.Str("tier")).ShouldBe((3.25m, "scale"));

        (await mock.Admin.PostAsync("_mock/reset", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var state = await (await mock.Admin.GetAsync("_mock/state")).JsonAsync();
        state.GetProperty("assets").GetArrayLength().ShouldBe(0);
        state.GetProperty("jobs").GetArrayLength().ShouldBe(0);
        state.GetProperty("ledgers").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Admin_errors_are_clear_4xx()
    {
        await using var mock = await RunningMock.StartAsync();
        using var unknownJob = await mock.Admin.PostAsync("_mock/jobs/nope/advance", null);
        unknownJob.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var badTier = await mock.Admin.PutAsync("_mock/ledgers", HttpJson.Json(new { api_key = "k", credits = 1, tier = "gold" }));
        badTier.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badTier.JsonAsync()).GetProperty("error").Str("message").ShouldContain("enterprise");
        using var noCredits = await mock.Admin.PutAsync("_mock/ledgers", HttpJson.Json(new { api_key = "k" }));
        noCredits.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
