using Microsoft.Playwright;
using MockServer.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MockServer.BrowserTests;

/// <summary>Reset from the page: two clicks, then jobs, ledgers and the journal are gone from the mock and the page.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ResetTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task Resetting_from_the_page_takes_two_clicks_and_empties_the_mock()
    {
        await using var dashboard = await DashboardSession.OpenAsync(chromium, ["--progression", "manual"]);
        var videoId = await dashboard.Mock.CreateVideoAsync(MockCalls.NewKey());
        await Expect(dashboard.Job(videoId)).ToBeVisibleAsync();
        var reset = dashboard.Page.GetByTestId("reset");

        await reset.ClickAsync();
        await Expect(reset).ToHaveTextAsync("Click again to reset");
        await Expect(dashboard.Job(videoId)).ToBeVisibleAsync();
        await reset.ClickAsync();

        await Expect(dashboard.Page.GetByTestId("job")).ToHaveCountAsync(0);
        await Expect(dashboard.Page.GetByTestId("ledger-row")).ToHaveCountAsync(0);
        using var jobs = await dashboard.Mock.Admin.GetAsync("_mock/jobs");
        (await jobs.Content.ReadAsStringAsync()).ShouldBe("[]");
    }
}
