using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Faults;

/// <summary>A rule on <c>/_mock/*</c> cannot take the dashboard away, since the dashboard is where rules are removed.</summary>
public sealed class DashboardFaultShieldTests(ManualMock fixture) : IClassFixture<ManualMock>
{
    private RunningMock Server => fixture.Mock;

    [Fact]
    public async Task The_dashboard_answers_while_a_rule_faults_every_other_admin_route()
    {
        await Server.AddFaultAsync(new { path = "/_mock/*", status = 503 });
        try
        {
            (await Server.Admin.GetAsync("_mock/jobs")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await Server.Admin.GetAsync("_mock/ui")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await Server.Admin.GetAsync("_mock/ui/journal")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            (await Server.Admin.DeleteAsync("_mock/faults")).Dispose();
        }
    }
}
