using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Faults;

/// <summary><c>PATCH /_mock/faults/{id}</c>: a disabled rule stays listed with its counters and never fires.</summary>
public sealed class FaultToggleTests(ManualMock fixture) : IClassFixture<ManualMock>
{
    private const string Route = "v2/user/remaining_quota";

    private RunningMock Server => fixture.Mock;

    [Fact]
    public async Task A_disabled_rule_keeps_its_hits_and_fires_again_once_enabled()
    {
        using var client = Server.CreateClient(Keys.New());
        await Server.AddFaultAsync(new { method = "GET", path = "/" + Route, status = 503 });
        var id = (await (await Server.Admin.GetAsync("_mock/faults")).JsonAsync())[0].Str("id");
        (await client.GetAsync(Route)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);

        using var disabled = await Server.Admin.PatchAsync($"_mock/faults/{id}", HttpJson.Json(new { enabled = false }));
        var view = await disabled.JsonAsync();
        view.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        view.GetProperty("hits").GetInt32().ShouldBe(1);
        (await client.GetAsync(Route)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Server.Admin.PatchAsync($"_mock/faults/{id}", HttpJson.Json(new { enabled = true }))).Dispose();
        (await client.GetAsync(Route)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await Server.Admin.DeleteAsync($"_mock/faults/{id}")).Dispose();
    }

    [Fact]
    public async Task An_unknown_rule_is_a_404_and_a_missing_enabled_is_a_400()
    {
        (await Server.Admin.PatchAsync("_mock/faults/fault_999", HttpJson.Json(new { enabled = false }))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await Server.AddFaultAsync(new { path = "/nowhere", status = 500 });
        var id = (await (await Server.Admin.GetAsync("_mock/faults")).JsonAsync()).EnumerateArray().Last().Str("id");
        using var response = await Server.Admin.PatchAsync($"_mock/faults/{id}", HttpJson.Json(new { }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("enabled is required");
        (await Server.Admin.DeleteAsync($"_mock/faults/{id}")).Dispose();
    }
}
