using System.Net.Http.Json;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;
using MockServer.Tests.Webhooks;

namespace MockServer.Tests.Persistence;

/// <summary>Issue 10 §1: webhook endpoints, pending deliveries, fault rules and the journal also outlive a restart.</summary>
public sealed class RestartSideStateTests
{
    [Fact]
    public async Task A_delivery_still_pending_at_shutdown_is_sent_after_the_restart_to_the_stored_endpoint()
    {
        using var dir = new StateDirectory();
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 1);
        var key = Keys.New();
        string endpointId, secret;
        await using (var first = await StartAsync(dir, "--webhook-retry-base-ms", "60000"))
        {
            using var client = first.CreateClient(key);
            (endpointId, secret) = await client.AddV3EndpointAsync(receiver.Url);
            await client.FinishV3VideoAsync();
            (await receiver.NextAsync()).AnsweredStatus.ShouldBe(500); // its retry is a minute away when the mock stops
        }

        await using var second = await StartAsync(dir, "--webhook-retry-base-ms", "60000");
        var retried = await receiver.NextAsync();
        retried.AnsweredStatus.ShouldBe(200);
        retried.EventType.ShouldBe("avatar_video.success");
        retried.IsSignedWith(secret).ShouldBeTrue();

        using var again = second.CreateClient(key);
        var endpoints = await (await again.GetAsync("v3/webhooks/endpoints")).JsonAsync();
        endpoints.ToString().ShouldContain(endpointId);
    }

    [Fact]
    public async Task Fault_rules_keep_their_counters_and_the_journal_keeps_its_entries()
    {
        using var dir = new StateDirectory();
        var key = Keys.New();
        await using (var first = await StartAsync(dir))
        {
            await first.AddFaultAsync(new { method = "GET", path = "/v2/voices", status = 503, times = 2 });
            using var client = first.CreateClient(key);
            ((int)(await client.GetAsync("v2/voices")).StatusCode).ShouldBe(503);
        }

        await using var second = await StartAsync(dir);
        var faults = await (await second.Admin.GetAsync("_mock/faults")).JsonAsync();
        var rule = faults.EnumerateArray().Single();
        rule.GetProperty("hits").GetInt32().ShouldBe(1);
        using var client2 = second.CreateClient(key);
        ((int)(await client2.GetAsync("v2/voices")).StatusCode).ShouldBe(503);
        ((int)(await client2.GetAsync("v2/voices")).StatusCode).ShouldBe(200);

        var journal = await (await second.Admin.GetAsync("_mock/journal?path=/v2/voices")).JsonAsync();
        journal.EnumerateArray().Select(e => e.GetProperty("status").GetInt32()).ShouldBe([503, 503, 200]);
    }

    [Fact]
    public async Task The_journal_after_a_restart_has_every_request_since_it_was_cleared_and_none_before()
    {
        using var dir = new StateDirectory();
        await using (var first = await StartAsync(dir))
        {
            using var client = first.CreateClient(Keys.New());
            for (var i = 0; i < 30; i++)
            {
                await client.GetAsync($"v3/videos/before-{i}");
            }

            (await first.Admin.DeleteAsync("_mock/journal")).EnsureSuccessStatusCode();
            for (var i = 0; i < 30; i++)
            {
                await client.GetAsync($"v3/videos/after-{i}");
            }
        }

        await using var second = await StartAsync(dir);
        var paths = (await (await second.Admin.GetAsync("_mock/journal?path=/v3/videos/*")).JsonAsync())
            .EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        paths.ShouldBe([.. Enumerable.Range(0, 30).Select(i => $"/v3/videos/after-{i}")]);
    }

    private static Task<RunningMock> StartAsync(StateDirectory dir, params string[] flags) =>
        RunningMock.StartAsync([.. flags, "--progression", "immediate", "--state-dir", dir.Path]);
}
