using AvatarIV.MockServer.Auth;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Journal;

/// <summary>The dashboard's journal view filters by status and key id, and its own requests stay out of the journal.</summary>
public sealed class DashboardJournalTests(ManualMock fixture) : IClassFixture<ManualMock>
{
    private RunningMock Server => fixture.Mock;

    [Fact]
    public async Task Status_and_key_id_filters_pick_the_matching_requests_newest_first()
    {
        var apiKey = Keys.New();
        using var client = Server.CreateClient(apiKey);
        (await client.GetAsync("v2/user/remaining_quota")).Dispose();
        (await client.GetAsync("v1/video_status.get?video_id=missing")).Dispose();

        var entries = await (await Server.Admin.GetAsync($"_mock/ui/journal?key_id={ApiKeyId.From(apiKey)}")).JsonAsync();
        var failures = await (await Server.Admin.GetAsync($"_mock/ui/journal?key_id={ApiKeyId.From(apiKey)}&status=4xx")).JsonAsync();

        entries.EnumerateArray().Select(e => e.Str("path")).ShouldBe(["/v1/video_status.get", "/v2/user/remaining_quota"]);
        failures.EnumerateArray().Select(e => e.Str("path")).ShouldBe(["/v1/video_status.get"]);
    }

    [Fact]
    public async Task The_dashboard_s_own_requests_are_not_journaled()
    {
        (await Server.Admin.GetAsync("_mock/ui")).Dispose();
        (await Server.Admin.GetAsync("_mock/ui/journal")).Dispose();

        var journal = await (await Server.Admin.GetAsync("_mock/journal?path=/_mock/ui*")).JsonAsync();

        journal.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_status_filter_is_a_400_that_shows_the_forms()
    {
        using var response = await Server.Admin.GetAsync("_mock/ui/journal?status=abc");

        ((int)response.StatusCode).ShouldBe(400);
        (await response.Content.ReadAsStringAsync()).ShouldContain("4xx");
    }
}
