using System.Net.Http.Json;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Webhooks;

/// <summary><c>--webhook-retry-base-ms</c> sets the retry schedule's starting base, the one <c>PUT /_mock/webhooks/retry</c> changes.</summary>
public sealed class WebhookRetryFlagTests
{
    [Fact]
    public async Task The_flag_sets_the_retry_base_that_deliveries_use_and_reset_restores()
    {
        await using var server = await RunningMock.StartAsync("--progression", "immediate", "--webhook-retry-base-ms", "15");
        (await RetryAsync(server)).ShouldBe((15, 5));

        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 1);
        using var client = server.CreateClient(Keys.New());
        await client.AddV3EndpointAsync(receiver.Url);
        await client.FinishV3VideoAsync();
        (await receiver.NextAsync()).AnsweredStatus.ShouldBe(500);
        (await receiver.NextAsync()).AnsweredStatus.ShouldBe(200);

        using (var put = await server.Admin.PutAsJsonAsync("_mock/webhooks/retry", new { base_delay_ms = 40 }))
        {
            put.EnsureSuccessStatusCode();
        }

        (await RetryAsync(server)).ShouldBe((40, 5));
        (await server.Admin.PostAsync("_mock/reset", null)).EnsureSuccessStatusCode();
        (await RetryAsync(server)).ShouldBe((15, 5));
    }

    [Fact]
    public async Task Without_the_flag_the_base_is_500_ms()
    {
        await using var server = await RunningMock.StartAsync();

        (await RetryAsync(server)).ShouldBe((500, 5));
    }

    private static async Task<(int BaseDelayMs, int MaxAttempts)> RetryAsync(RunningMock server)
    {
        var retry = await (await server.Admin.GetAsync("_mock/webhooks/retry")).JsonAsync();
        return (retry.GetProperty("base_delay_ms").GetInt32(), retry.GetProperty("max_attempts").GetInt32());
    }
}
