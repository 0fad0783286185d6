using System.Net;
using AvatarIV.MockServer.Auth;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Faults;

/// <summary>
/// phase=after: the create is really handled (job made, credits reserved) and only the answer is lost — the
/// situation in which a client must not blindly retry a POST.
/// </summary>
public sealed class AfterPhaseVideoTests(ManualMock fixture) : IClassFixture<ManualMock>
{
    private RunningMock Server => fixture.Mock;

    [Fact]
    public async Task Client_sees_503_but_the_video_was_created_and_charged()
    {
        var apiKey = Keys.New();
        using var client = Server.CreateClient(apiKey);
        var assetId = await client.UploadV3PhotoAsync();
        using var account = await client.GetAsync("v3/users/me"); // opens the key's ledger
        var (balanceBefore, _) = await Server.LedgerAsync(apiKey);
        await Server.AddFaultAsync(new { method = "POST", path = "/v3/videos", status = 503, times = 1, phase = "after" });

        using var response = await client.CreateV3Async(assetId);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.JsonAsync()).GetProperty("error").Str("code").ShouldBe("service_unavailable");
        var state = await (await Server.Admin.GetAsync("_mock/state")).JsonAsync();
        var keyId = ApiKeyId.From(apiKey);
        state.GetProperty("jobs").EnumerateArray().Count(j => j.ToString().Contains(keyId, StringComparison.Ordinal)).ShouldBe(1);
        var (balanceAfter, reserved) = await Server.LedgerAsync(apiKey);
        (balanceAfter + reserved).ShouldBe(balanceBefore);
        reserved.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Before_phase_creates_nothing_and_charges_nothing()
    {
        var apiKey = Keys.New();
        using var client = Server.CreateClient(apiKey);
        var assetId = await client.UploadV3PhotoAsync();
        using var account = await client.GetAsync("v3/users/me"); // opens the key's ledger
        var (balanceBefore, _) = await Server.LedgerAsync(apiKey);
        await Server.AddFaultAsync(new { method = "POST", path = "/v3/videos", status = 503, times = 1 });

        using var response = await client.CreateV3Async(assetId);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var state = await (await Server.Admin.GetAsync("_mock/state")).JsonAsync();
        state.GetProperty("jobs").EnumerateArray().Count(j => j.ToString().Contains(ApiKeyId.From(apiKey), StringComparison.Ordinal)).ShouldBe(0);
        (await Server.LedgerAsync(apiKey)).ShouldBe((balanceBefore, 0m));
    }
}
