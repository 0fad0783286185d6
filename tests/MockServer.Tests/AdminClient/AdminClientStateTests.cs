using AvatarIV.Mock.Client;
using AvatarIV.Mock.Client.Models;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.AdminClient;

/// <summary>The typed admin client reading and setting the real mock's ledgers, faults, journal, clock and state.</summary>
public sealed class AdminClientStateTests
{
    [Fact]
    public async Task A_balance_and_tier_are_set_and_read_back_from_the_state()
    {
        await using var mock = await RunningMock.StartAsync();
        var apiKey = Keys.New();

        var set = await mock.AdminClient.SetBalanceAsync(apiKey, 12.5m, "free");

        set.BalanceCredits.ShouldBe(12.5m);
        set.Tier.ShouldBe("free");
        (await mock.AdminClient.GetLedgerAsync(apiKey)).ShouldBe(set);
        (await mock.AdminClient.GetLedgerAsync(Keys.New())).ShouldBeNull();
    }

    [Fact]
    public async Task Fault_rules_are_added_listed_turned_off_removed_and_cleared()
    {
        await using var mock = await RunningMock.StartAsync();
        var admin = mock.AdminClient;

        var added = await admin.AddFaultAsync(new FaultRuleSpec("/v3/videos") { Method = "POST", Status = 503, Times = 2, Phase = "after" });
        await admin.AddFaultAsync(new FaultRuleSpec("/v3/voices", "latency") { LatencyMs = 5 });

        added.Status.ShouldBe(503);
        added.TimesLeft.ShouldBe(2);
        added.Phase.ShouldBe("after");
        (await admin.ListFaultsAsync()).Select(r => r.Path).ShouldBe(["/v3/videos", "/v3/voices"]);
        (await admin.SetFaultEnabledAsync(added.Id, enabled: false)).Enabled.ShouldBeFalse();
        await admin.RemoveFaultAsync(added.Id);
        (await admin.ListFaultsAsync()).ShouldHaveSingleItem().Kind.ShouldBe("latency");
        (await admin.ClearFaultsAsync()).ShouldBe(1);
        (await Should.ThrowAsync<MockAdminException>(() => admin.RemoveFaultAsync(added.Id))).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_journal_is_read_by_path_without_keys_and_cleared()
    {
        await using var mock = await RunningMock.StartAsync();
        var apiKey = Keys.New();
        using (var client = mock.CreateClient(apiKey))
        {
            (await client.GetAsync("v3/voices")).Dispose();
        }

        var entry = (await mock.AdminClient.GetJournalAsync(path: "/v3/voices", method: "GET")).ShouldHaveSingleItem();

        entry.Status.ShouldBe(200);
        entry.KeyId.ShouldBe(MockKeyId.From(apiKey));
        (await mock.AdminClient.ClearJournalAsync()).ShouldBeGreaterThan(0);
        (await mock.AdminClient.GetJournalAsync(path: "/v3/voices")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Reset_forgets_jobs_ledgers_and_faults_and_the_clock_moves_on_request()
    {
        await using var mock = await RunningMock.StartAsync("--progression", "immediate");
        var admin = mock.AdminClient;
        using (var client = mock.CreateClient(Keys.New()))
        {
            await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync());
        }

        await admin.AddFaultAsync(new FaultRuleSpec("/nowhere") { Status = 500 });
        (await admin.AdvanceClockAsync(TimeSpan.FromMinutes(1))).OffsetSeconds.ShouldBe(60);
        var before = await admin.GetStateAsync();

        await admin.ResetAsync();

        before.Assets.ShouldHaveSingleItem().FileType.ShouldBe("image");
        before.Jobs.ShouldHaveSingleItem().Status.ShouldBe("completed");
        var after = await admin.GetStateAsync();
        after.Jobs.ShouldBeEmpty();
        after.Ledgers.ShouldBeEmpty();
        (await admin.ListFaultsAsync()).ShouldBeEmpty();
        (await admin.GetClockAsync()).OffsetSeconds.ShouldBe(0);
        (await admin.IsHealthyAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task The_webhook_retry_schedule_is_set_and_read()
    {
        await using var mock = await RunningMock.StartAsync();

        await mock.AdminClient.SetWebhookRetryAsync(new MockWebhookRetry(25, 3));

        (await mock.AdminClient.GetWebhookRetryAsync()).ShouldBe(new MockWebhookRetry(25, 3));
        (await mock.AdminClient.GetWebhookDeliveriesAsync()).ShouldBeEmpty();
    }
}
