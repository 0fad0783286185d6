using Microsoft.Playwright;
using MockServer.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MockServer.BrowserTests;

/// <summary>Jobs appear and move in the open page as the API creates and moves them: no reload.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class JobListTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task A_job_created_over_the_API_appears_and_moves_on_without_a_reload()
    {
        await using var dashboard = await DashboardSession.OpenAsync(chromium, ["--progression", "manual"]);
        var key = MockCalls.NewKey();

        var videoId = await dashboard.Mock.CreateVideoAsync(key, title: "Appears by itself");

        var card = dashboard.Job(videoId);
        await Expect(card).ToContainTextAsync("Appears by itself");
        await Expect(card.GetByTestId("job-status")).ToHaveTextAsync("pending");
        await Expect(card).ToContainTextAsync(MockCalls.KeyIdOf(key));
        await Expect(card).ToContainTextAsync(await dashboard.Mock.CostOfAsync(videoId) + " credits");

        using (var advanced = await dashboard.Mock.Admin.PostAsync($"_mock/jobs/{videoId}/advance", null))
        {
            advanced.EnsureSuccessStatusCode();
        }

        await Expect(card.GetByTestId("job-status")).ToHaveTextAsync("processing");
        await dashboard.ScreenshotAsync("job-appears");
    }

    [Fact]
    public async Task A_job_can_be_advanced_and_completed_from_the_page_and_its_detail_shows_the_request_and_status_history()
    {
        await using var dashboard = await DashboardSession.OpenAsync(chromium, ["--progression", "manual"]);
        var videoId = await dashboard.Mock.CreateVideoAsync(MockCalls.NewKey(), title: "Driven from the page");
        var card = dashboard.Job(videoId);

        await card.GetByRole(AriaRole.Button, new() { Name = "Advance" }).ClickAsync();
        await Expect(card.GetByTestId("job-status")).ToHaveTextAsync("processing");
        await card.GetByRole(AriaRole.Button, new() { Name = "Complete" }).ClickAsync();
        await Expect(card.GetByTestId("job-status")).ToHaveTextAsync("completed");
        await Expect(card.Locator("img.thumb")).ToBeVisibleAsync();

        await card.Locator(".title").ClickAsync();
        var detail = dashboard.Page.GetByTestId("detail");
        await Expect(detail).ToBeVisibleAsync();
        await Expect(detail.GetByTestId("request")).ToContainTextAsync("\"title\": \"Driven from the page\"");
        await Expect(detail.GetByTestId("history").Locator("li")).ToHaveCountAsync(4);
        await Expect(detail.GetByTestId("history")).ToContainTextAsync("processing at");
        await dashboard.ScreenshotAsync("job-detail");
    }
}
