using System.Net;
using System.Net.Http.Json;
using AvatarIV.MockServer.Auth;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Admin;

/// <summary><c>PUT /_mock/ledgers/{key_id}</c>: a ledger set by the only name tools that never see keys have for it.</summary>
public sealed class LedgerByKeyIdTests(ManualMock fixture) : IClassFixture<ManualMock>
{
    private RunningMock Server => fixture.Mock;

    [Fact]
    public async Task A_known_ledger_is_set_by_its_key_id()
    {
        var apiKey = Keys.New();
        await Server.SetBalanceAsync(apiKey, 5m);

        using var response = await Server.Admin.PutAsJsonAsync($"_mock/ledgers/{ApiKeyId.From(apiKey)}", new { credits = 33.5, tier = "scale" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await Server.LedgerAsync(apiKey)).Balance.ShouldBe(33.5m);
        (await response.JsonAsync()).Str("tier").ShouldBe("scale");
    }

    [Fact]
    public async Task An_unknown_key_id_is_a_404_and_opens_nothing()
    {
        using var response = await Server.Admin.PutAsJsonAsync("_mock/ledgers/key_00000000", new { credits = 1 });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await Server.Admin.GetAsync("_mock/state")).Content.ReadAsStringAsync()).ShouldNotContain("key_00000000");
    }
}
