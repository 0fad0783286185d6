using System.Net;
using AvatarIV.MockServer.Domain;
using AvatarIV.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Admin;

/// <summary>
/// Moving the admin clock can never stop the mock (issue 8 item 7): its total offset is bounded, and a failing
/// background service is logged rather than allowed to stop the host.
/// </summary>
public sealed class ClockBoundTests
{
    private const double TenYears = 315_360_000;

    [Fact]
    public async Task Repeated_large_advances_stop_at_the_bound_with_a_400_and_the_mock_keeps_serving()
    {
        await using var mock = await RunningMock.StartAsync("--progression", "time");
        var accepted = 0;
        for (var i = 0; i < 40; i++)
        {
            using var response = await mock.Admin.PostAsync("_mock/clock", HttpJson.Json(new { advance_seconds = TenYears }));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                accepted++;
                continue;
            }

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var error = (await response.JsonAsync()).GetProperty("error");
            (error.Str("code"), error.Str("param")).ShouldBe(("invalid_parameter", "advance_seconds"));
            error.Str("message").ShouldContain("100 years");
        }

        accepted.ShouldBe((int)(MockClock.MaxOffset.TotalSeconds / TenYears));

        // The host and its time-mode ticker are still alive: a video created now still completes as time moves.
        using var client = mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        using var nudge = await mock.Admin.PostAsync("_mock/clock", HttpJson.Json(new { advance_seconds = 1 }));
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBeOneOf("pending", "processing", "completed");
        (await mock.Admin.GetStringAsync("_mock/health")).ShouldContain("ok");

        (await mock.Admin.PostAsync("_mock/reset", null)).EnsureSuccessStatusCode();
        using var again = await mock.Admin.PostAsync("_mock/clock", HttpJson.Json(new { advance_seconds = TenYears }));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void The_clock_refuses_an_advance_past_its_bound_without_moving()
    {
        var clock = new MockClock();
        clock.TryAdvance(MockClock.MaxOffset).ShouldBeTrue();
        clock.TryAdvance(TimeSpan.FromTicks(1)).ShouldBeFalse();
        clock.TryAdvance(TimeSpan.MaxValue).ShouldBeFalse();
        clock.TryAdvance(TimeSpan.FromSeconds(-1)).ShouldBeFalse();
        clock.Offset.ShouldBe(MockClock.MaxOffset);
        clock.GetUtcNow().Year.ShouldBeLessThan(9999);
    }

    [Fact]
    public async Task A_failing_background_service_is_configured_not_to_stop_the_host()
    {
        await using var app = AvatarIV.MockServer.Hosting.MockServerApp.Build(["--urls", "http://127.0.0.1:0"]);
        var host = app.Services.GetRequiredService<IOptions<HostOptions>>().Value;
        host.BackgroundServiceExceptionBehavior.ShouldBe(BackgroundServiceExceptionBehavior.Ignore);
    }
}
