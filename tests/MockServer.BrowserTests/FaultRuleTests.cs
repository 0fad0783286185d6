using System.Net;
using Microsoft.Playwright;
using MockServer.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MockServer.BrowserTests;

/// <summary>Fault rules added, toggled and deleted in the page act on the very next API call.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class FaultRuleTests(ChromiumBrowser chromium)
{
    private const string QuotaRoute = "v2/user/remaining_quota";

    [Fact]
    public async Task A_rule_added_in_the_page_makes_the_next_API_call_fail_and_counts_the_hit()
    {
        await using var dashboard = await DashboardSession.OpenAsync(chromium, ["--progression", "manual"]);
        using var client = dashboard.Mock.CreateClient(MockCalls.NewKey());
        var form = dashboard.Page.GetByTestId("fault-form");

        await form.GetByLabel("Method", new() { Exact = true }).SelectOptionAsync("GET");
        await form.GetByLabel("Path", new() { Exact = true }).FillAsync("/" + QuotaRoute);
        await form.GetByLabel("Status", new() { Exact = true }).FillAsync("503");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add rule" }).ClickAsync();
        var rule = dashboard.Page.GetByTestId("fault-row");
        await Expect(rule).ToContainTextAsync("GET /v2/user/remaining_quota status=503");

        using (var faulted = await client.GetAsync(QuotaRoute))
        {
            faulted.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }

        await Expect(rule.GetByTestId("fault-hits")).ToHaveTextAsync("1");
        await dashboard.ScreenshotAsync("fault-rule-hit");

        await rule.GetByRole(AriaRole.Checkbox).UncheckAsync();
        await Expect(rule.GetByRole(AriaRole.Checkbox)).Not.ToBeCheckedAsync();
        await WaitForRuleAsync(dashboard, enabled: false);
        using (var passed = await client.GetAsync(QuotaRoute))
        {
            passed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await rule.GetByRole(AriaRole.Button, new() { Name = "delete" }).ClickAsync();
        await Expect(dashboard.Page.GetByTestId("fault-row")).ToHaveCountAsync(0);
    }

    // The checkbox flips at once in the page; the rule is off once the mock's stream says so.
    private static Task WaitForRuleAsync(DashboardSession dashboard, bool enabled) =>
        dashboard.Page.WaitForFunctionAsync(
            "enabled => { const s = window.dashboardState && window.dashboardState(); return s && s.faults.length === 1 && s.faults[0].enabled === enabled; }",
            enabled);
}
