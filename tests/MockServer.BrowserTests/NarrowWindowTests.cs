using Microsoft.Playwright;
using MockServer.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MockServer.BrowserTests;

/// <summary>The page in a phone-sized window: one column, nothing wider than the window, every control reachable.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class NarrowWindowTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task In_a_narrow_window_the_page_fits_and_a_job_can_still_be_completed()
    {
        var mock = await AvatarIV.TestSupport.RunningMock.StartAsync("--progression", "manual");
        await using var dashboard = await DashboardSession.OpenAsync(chromium, mock, width: 375, height: 800);
        var videoId = await mock.CreateVideoAsync(MockCalls.NewKey(), title: "On a phone");
        var card = dashboard.Job(videoId);
        await Expect(card).ToBeVisibleAsync();

        var overflow = await dashboard.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, "the page is wider than a 375 px window");
        var cardBox = (await card.BoundingBoxAsync()).ShouldNotBeNull();
        (cardBox.X + cardBox.Width).ShouldBeLessThanOrEqualTo(375);

        var complete = card.GetByRole(AriaRole.Button, new() { Name = "Complete" });
        await Expect(complete).ToBeInViewportAsync();
        await complete.ClickAsync();
        await Expect(card.GetByTestId("job-status")).ToHaveTextAsync("completed");
        await dashboard.ScreenshotAsync("narrow-window");
    }
}
