using System.Text.Json;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Webhooks;

/// <summary>Finished jobs reach registered endpoints and callback URLs, signed, and are retried until the receiver accepts.</summary>
public sealed class WebhookDeliveryTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>, IAsyncLifetime
{
    private RunningMock Server => fixture.Mock;

    public Task InitializeAsync() => Server.UseFastRetriesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Registered_endpoint_gets_a_signed_success_event_when_a_video_completes()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = Server.CreateClient(Keys.New());
        var (endpointId, secret) = await client.AddV3EndpointAsync(receiver.Url);

        var videoId = await client.FinishV3VideoAsync(new { callback_id = "order-42" });
        var delivery = await receiver.NextAsync();

        delivery.IsSignedWith(secret).ShouldBeTrue();
        delivery.EventType.ShouldBe("avatar_video.success");
        delivery.Data.Str("video_id").ShouldBe(videoId);
        delivery.Data.Str("callback_id").ShouldBe("order-42");
        delivery.Data.Str("video_url").ShouldStartWith(Server.BaseUri.ToString().TrimEnd('/'));
        delivery.Data.Str("url").ShouldBe(delivery.Data.Str("video_url"));
        delivery.Data.GetProperty("duration").GetDouble().ShouldBeGreaterThan(0);
        delivery.Header("X-HeyGen-Event-Id").ShouldBe(delivery.Json.Str("event_id"));
        long.Parse(delivery.Header("X-HeyGen-Timestamp"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);

        await WaitForAttemptsAsync(delivery.Json.Str("event_id"), 1);
        var attempt = (await Server.DeliveriesAsync(delivery.Json.Str("event_id"))).ShouldHaveSingleItem();
        attempt.EndpointId.ShouldBe(endpointId);
        attempt.Succeeded.ShouldBeTrue();
        attempt.Status.ShouldBe(200);
    }

    [Fact]
    public async Task Failing_receiver_is_retried_until_it_accepts()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        using var client = Server.CreateClient(Keys.New());
        var (_, secret) = await client.AddV3EndpointAsync(receiver.Url);

        await client.FinishV3VideoAsync();
        var first = await receiver.NextAsync();
        var second = await receiver.NextAsync();
        var third = await receiver.NextAsync();

        new[] { first.AnsweredStatus, second.AnsweredStatus, third.AnsweredStatus }.ShouldBe([500, 500, 200]);
        third.Body.ShouldBe(first.Body);
        third.IsSignedWith(secret).ShouldBeTrue();
        var eventId = first.Json.Str("event_id");
        await WaitForAttemptsAsync(eventId, 3);
        var attempts = await Server.DeliveriesAsync(eventId);
        attempts.Select(a => a.Attempt).ShouldBe([1, 2, 3]);
        attempts.Select(a => a.Succeeded).ShouldBe([false, false, true]);
        attempts[0].Error.ShouldNotBeNull().ShouldContain("500");
    }

    [Fact]
    public async Task Failed_render_sends_a_fail_event_to_the_callback_url_signed_with_the_keys_callback_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var apiKey = Keys.New();
        using var client = Server.CreateClient(apiKey);

        var videoId = await client.FinishV3VideoAsync(new { callback_url = receiver.Url, callback_id = "cb-7" }, title: "doomed [[fail:video_too_long]]");
        var delivery = await receiver.NextAsync();

        delivery.EventType.ShouldBe("avatar_video.fail");
        delivery.Data.Str("video_id").ShouldBe(videoId);
        delivery.Data.Str("failure_code").ShouldBe("video_too_long");
        delivery.Data.Str("msg").ShouldNotBeNullOrWhiteSpace();
        delivery.Data.Str("callback_id").ShouldBe("cb-7");
        var secrets = await (await Server.Admin.GetAsync("_mock/webhooks/callback-secrets")).JsonAsync();
        var secret = secrets.EnumerateArray().Single(s => s.Str("key_id") == AvatarIV.MockServer.Auth.ApiKeyId.From(apiKey)).Str("secret");
        delivery.IsSignedWith(secret).ShouldBeTrue();
    }

    [Fact]
    public async Task Endpoints_only_get_the_events_they_subscribed_to()
    {
        await using var successOnly = await WebhookReceiver.StartAsync();
        await using var failOnly = await WebhookReceiver.StartAsync();
        using var client = Server.CreateClient(Keys.New());
        await client.AddV3EndpointAsync(successOnly.Url, "avatar_video.success");
        await client.AddV3EndpointAsync(failOnly.Url, "avatar_video.fail");

        await client.FinishV3VideoAsync();
        var failedId = await client.FinishV3VideoAsync(title: "[[fail]]");

        (await successOnly.NextAsync()).EventType.ShouldBe("avatar_video.success");
        var firstToFailOnly = await failOnly.NextAsync();
        firstToFailOnly.EventType.ShouldBe("avatar_video.fail");
        firstToFailOnly.Data.Str("video_id").ShouldBe(failedId);
    }

    [Fact]
    public async Task Delivered_events_are_listed_on_v3()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = Server.CreateClient(Keys.New());
        await client.AddV3EndpointAsync(receiver.Url);
        var videoId = await client.FinishV3VideoAsync();
        var delivery = await receiver.NextAsync();

        using var response = await client.GetAsync($"v3/webhooks/events?event_type=avatar_video.success&entity_id={videoId}");
        var page = await response.JsonAsync();

        var listed = page.GetProperty("data").EnumerateArray().ShouldHaveSingleItem();
        listed.Str("event_id").ShouldBe(delivery.Json.Str("event_id"));
        listed.GetProperty("event_data").Str("video_id").ShouldBe(videoId);
        page.GetProperty("has_more").GetBoolean().ShouldBeFalse();
    }

    /// <summary>The receiver answers before the mock logs the attempt; poll the admin log for it (bounded, no sleeps).</summary>
    private async Task WaitForAttemptsAsync(string eventId, int count)
    {
        for (var i = 0; i < 200 && (await Server.DeliveriesAsync(eventId)).Length < count; i++)
        {
            await Task.Yield();
        }
    }
}
