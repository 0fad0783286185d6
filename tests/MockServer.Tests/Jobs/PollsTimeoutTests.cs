using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;
using MockServer.Tests.Webhooks;

namespace MockServer.Tests.Jobs;

/// <summary>polls:3 with one render slot and the default 60 s polls timeout; the clock is moved by the admin API.</summary>
public sealed class PollsTimeoutMock() : MockFixture("--progression", "polls:3", "--concurrency", "1");

/// <summary>Issue 9 point 7: a polls:N job nobody polls still finishes by --polls-timeout, fires its webhook and frees its slot.</summary>
public sealed class PollsTimeoutTests(PollsTimeoutMock fixture) : IClassFixture<PollsTimeoutMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task An_unpolled_job_finishes_after_the_bound_fires_its_webhook_and_frees_its_slot()
    {
        await _mock.UseFastRetriesAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = _mock.CreateClient(Keys.New());
        await client.AddV3EndpointAsync(receiver.Url, "avatar_video.success");
        var imageKey = await client.UploadPhotoImageKeyAsync();
        var first = await client.GenerateLegacyAsync(imageKey, title: "webhook waiter");
        var second = await client.GenerateLegacyAsync(imageKey, title: "queued behind it");

        (await _mock.AdminJobAsync(first)).Str("status").ShouldBe("pending");
        (await _mock.AdminJobAsync(second)).Str("status").ShouldBe("waiting");

        await AdvanceAsync(59);
        (await _mock.AdminJobAsync(first)).Str("status").ShouldBe("pending", "the bound is 60 s; admin reads are not status reads");

        await AdvanceAsync(2);
        (await _mock.AdminJobAsync(first)).Str("status").ShouldBe("completed");
        var delivery = await receiver.NextAsync();
        delivery.Data.Str("video_id").ShouldBe(first);
        (await _mock.AdminJobAsync(second)).Str("status").ShouldBe("pending", "the freed slot started the next job");

        // A client that does poll still sees polls:3 from the job's own start.
        (await client.GetLegacyStatusAsync(second)).Str("status").ShouldBe("pending");
        (await client.GetLegacyStatusAsync(second)).Str("status").ShouldBe("processing");
        (await client.GetLegacyStatusAsync(second)).Str("status").ShouldBe("completed");
    }

    private async Task AdvanceAsync(double seconds)
    {
        using var response = await _mock.Admin.PostAsync("_mock/clock", HttpJson.Json(new { advance_seconds = seconds }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
