using MockServer.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MockServer.BrowserTests;

/// <summary>The request journal in the page: newest first, filtered by route, status and key id, keys never shown.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class JournalTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task The_journal_filters_by_route_status_and_key_id_and_never_shows_a_key()
    {
        await using var dashboard = await DashboardSession.OpenAsync(chromium, ["--progression", "manual"]);
        var alice = MockCalls.NewKey();
        var bob = MockCalls.NewKey();
        using (var aliceClient = dashboard.Mock.CreateClient(alice))
        using (var bobClient = dashboard.Mock.CreateClient(bob))
        {
            (await aliceClient.GetAsync("v2/user/remaining_quota")).Dispose();
            (await bobClient.GetAsync("v2/user/remaining_quota")).Dispose();
            (await bobClient.GetAsync("v1/video_status.get?video_id=nope")).Dispose();
        }

        var rows = dashboard.Page.GetByTestId("journal-row");
        var filter = dashboard.Page.GetByTestId("journal-filter");
        await Expect(rows).ToHaveCountAsync(3);

        await filter.GetByLabel("Key id", new() { Exact = true }).FillAsync(MockCalls.KeyIdOf(bob));
        await Expect(rows).ToHaveCountAsync(2);

        await filter.GetByLabel("Status", new() { Exact = true }).FillAsync("4xx");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("/v1/video_status.get");

        await filter.GetByLabel("Status", new() { Exact = true }).FillAsync(string.Empty);
        await filter.GetByLabel("Key id", new() { Exact = true }).FillAsync(string.Empty);
        await filter.GetByLabel("Route", new() { Exact = true }).FillAsync("/v2/*");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync(MockCalls.KeyIdOf(bob));
        await dashboard.ScreenshotAsync("journal-filtered");

        var page = await dashboard.Page.ContentAsync();
        page.ShouldNotContain(alice);
        page.ShouldNotContain(bob);
    }
}
