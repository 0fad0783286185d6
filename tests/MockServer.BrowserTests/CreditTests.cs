using Microsoft.Playwright;
using MockServer.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MockServer.BrowserTests;

/// <summary>Credits per key as the page shows them: reserved on create, refunded on failure, set from the page.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class CreditTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task Failing_a_job_from_the_page_refunds_the_ledger_shown_in_the_page()
    {
        await using var dashboard = await DashboardSession.OpenAsync(chromium, ["--progression", "manual"]);
        var key = MockCalls.NewKey();
        await dashboard.Mock.SetBalanceAsync(key, 10m);
        var ledger = dashboard.Ledger(MockCalls.KeyIdOf(key));
        await Expect(ledger.GetByTestId("balance")).ToHaveTextAsync("10");

        var videoId = await dashboard.Mock.CreateVideoAsync(key, title: "Will fail");
        var cost = await dashboard.Mock.CostOfAsync(videoId);
        cost.ShouldBeGreaterThan(0m);
        await Expect(ledger.GetByTestId("balance")).ToHaveTextAsync(Credits(10m - cost));

        var card = dashboard.Job(videoId);
        await card.Locator(".fail-code").SelectOptionAsync("video_too_long");
        await card.GetByRole(AriaRole.Button, new() { Name = "Fail" }).ClickAsync();

        await Expect(card.GetByTestId("job-status")).ToHaveTextAsync("failed");
        await Expect(card.GetByTestId("failure-code")).ToHaveTextAsync("video_too_long");
        await Expect(ledger.GetByTestId("balance")).ToHaveTextAsync("10");
        await dashboard.ScreenshotAsync("failed-job-refunded");
    }

    [Fact]
    public async Task A_balance_set_in_the_page_is_the_balance_the_API_reports()
    {
        await using var dashboard = await DashboardSession.OpenAsync(chromium, ["--progression", "manual"]);
        var key = MockCalls.NewKey();
        await dashboard.Mock.CreateVideoAsync(key);
        var ledger = dashboard.Ledger(MockCalls.KeyIdOf(key));

        await ledger.GetByRole(AriaRole.Spinbutton).FillAsync("42.5");
        await ledger.GetByRole(AriaRole.Button, new() { Name = "Set" }).ClickAsync();

        await Expect(ledger.GetByTestId("balance")).ToHaveTextAsync("42.5");
        (await dashboard.Mock.LedgerBalanceAsync(key)).ShouldBe(42.5m);
        await Expect(dashboard.Page.Locator("body")).Not.ToContainTextAsync(key);
    }

    private static string Credits(decimal value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
