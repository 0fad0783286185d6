using AvatarIV.TestSupport;
using MockServer.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MockServer.BrowserTests;

/// <summary>
/// The finished video plays in the page when the mock has ffmpeg (H.264); a mock without ffmpeg (Motion-JPEG, which
/// browsers cannot decode) shows the thumbnail and says why. Both are checked, whatever this machine has.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class VideoPlaybackTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task With_ffmpeg_the_finished_video_plays_in_the_page()
    {
        FfmpegIsOnPath().ShouldBeTrue("This test needs ffmpeg on PATH (apt-get install ffmpeg; .ci/run installs it) so that the mock makes H.264 videos.");
        await using var dashboard = await DashboardSession.OpenAsync(chromium, ["--progression", "immediate"]);
        var videoId = await dashboard.Mock.CreateVideoAsync(MockCalls.NewKey(), title: "Plays in the page");

        await dashboard.Job(videoId).Locator(".title").ClickAsync();

        var video = dashboard.Page.GetByTestId("video");
        await Expect(video).ToBeVisibleAsync();
        // readyState 2 = HAVE_CURRENT_DATA: the browser decoded a frame; a moving currentTime means it is playing.
        await dashboard.Page.WaitForFunctionAsync(
            "() => { const v = document.querySelector('[data-testid=video]'); return v && !v.error && v.readyState >= 2 && v.currentTime > 0.3; }");
        await dashboard.ScreenshotAsync("video-plays");
    }

    [Fact]
    public async Task Without_ffmpeg_the_page_shows_the_thumbnail_and_says_why_the_Motion_JPEG_video_cannot_play()
    {
        await using var dashboard = await DashboardSession.OpenAsync(chromium, await StartWithoutFfmpegAsync());
        var videoId = await dashboard.Mock.CreateVideoAsync(MockCalls.NewKey(), title: "Motion-JPEG only", mode: "immediate");

        await dashboard.Job(videoId).Locator(".title").ClickAsync();

        var player = dashboard.Page.GetByTestId("player");
        await Expect(player.GetByTestId("no-ffmpeg")).ToContainTextAsync("Motion-JPEG");
        await Expect(player.Locator("img")).ToBeVisibleAsync();
        await Expect(player.Locator("video")).ToHaveCountAsync(0);
        await dashboard.ScreenshotAsync("video-without-ffmpeg");
    }

    private static bool FfmpegIsOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "ffmpeg")));

    // The mock looks for ffmpeg when it first needs its renderer; asking for a (missing) video builds the renderer while
    // PATH is empty. The assembly runs its tests one at a time, so no other mock starts meanwhile.
    private static async Task<RunningMock> StartWithoutFfmpegAsync()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", string.Empty);
        try
        {
            var mock = await RunningMock.StartAsync("--progression", "manual");
            using var probe = await mock.Admin.GetAsync("_mock/ui/media/none/video.mp4");
            return mock;
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }
}
