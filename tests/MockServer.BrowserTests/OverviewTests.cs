using System.Net.Http.Json;
using MockServer.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MockServer.BrowserTests;

/// <summary>Every part of the page at once, with jobs of two keys in every state: the screenshot in README.md and docs/mock-server.md comes from here.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class OverviewTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task The_page_shows_jobs_of_every_key_and_state_with_credits_faults_and_journal()
    {
        await using var dashboard = await DashboardSession.OpenAsync(chromium, ["--progression", "manual"], height: 1000);
        var mock = dashboard.Mock;
        var ci = MockCalls.NewKey();
        var runbook = MockCalls.NewKey();
        var done = await mock.CreateVideoAsync(ci, title: "Welcome video", mode: "immediate");
        await mock.CreateVideoAsync(ci, title: "Quarterly update");
        var failed = await mock.CreateVideoAsync(runbook, title: "Product demo [[fail:video_too_long]]", mode: "immediate");
        var rendering = await mock.CreateVideoAsync(runbook, title: "Onboarding, part 2");
        (await mock.Admin.PostAsync($"_mock/jobs/{rendering}/advance", null)).Dispose();
        await mock.AddFaultAsync(new { method = "POST", path = "/v3/videos", kind = "status", status = 503, times = 2 });
        using (var client = mock.CreateClient(runbook))
        {
            (await client.PostAsJsonAsync("v3/videos", new { })).Dispose();
        }

        await Expect(dashboard.Page.GetByTestId("job")).ToHaveCountAsync(4);
        await Expect(dashboard.Job(failed).GetByTestId("failure-code")).ToHaveTextAsync("video_too_long");
        await Expect(dashboard.Page.GetByTestId("ledger-row")).ToHaveCountAsync(2);
        await Expect(dashboard.Page.GetByTestId("fault-hits")).ToHaveTextAsync("1");
        await Expect(dashboard.Page.GetByTestId("journal-row").First).ToContainTextAsync("503");

        await dashboard.Job(done).Locator(".title").ClickAsync();
        await Expect(dashboard.Page.GetByTestId("history").Locator("li")).ToHaveCountAsync(2);
        // The picture is taken once the thumbnail has loaded and the video shows a frame, as a person would see it.
        await dashboard.Page.WaitForFunctionAsync(
            "() => { const t = document.querySelector('img.thumb'); const v = document.querySelector('[data-testid=video]'); return t && t.complete && t.naturalWidth > 0 && v && v.readyState >= 2 && v.currentTime > 0.5; }");
        await dashboard.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await dashboard.ScreenshotAsync("overview");
    }
}
