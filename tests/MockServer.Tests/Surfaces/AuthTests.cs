using System.Net;
using System.Net.Http.Headers;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Surfaces;

/// <summary>Every public route needs a key; each surface refuses in its own envelope.</summary>
public sealed class AuthTests(AuthTests.KeyedMock fixture) : IClassFixture<AuthTests.KeyedMock>
{
    private const string GoodKey = "the-only-key";
    private readonly RunningMock _mock = fixture.Mock;

    /// <summary>A mock that accepts only two configured keys.</summary>
    public sealed class KeyedMock() : MockFixture("--api-key", GoodKey, "--api-key", "second-key");

    [Theory]
    [InlineData("v3/videos")]
    [InlineData("v3/users/me")]
    [InlineData("v3/voices")]
    public async Task V3_routes_answer_401_unauthorized_in_the_v3_envelope(string path)
    {
        using var response = await new HttpClient { BaseAddress = _mock.BaseUri }.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var error = (await response.JsonAsync()).GetProperty("error");
        error.Str("code").ShouldBe("unauthorized");
        error.Str("message").ShouldContain("X-Api-Key");
    }

    [Theory]
    [InlineData("v2/voices")]
    [InlineData("v2/user/remaining_quota")]
    [InlineData("v2/video/av4/abc/status")]
    public async Task V2_and_guide_routes_answer_401_in_the_v2_envelope(string path)
    {
        using var client = _mock.CreateClient("wrong-key");
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var json = await response.JsonAsync();
        json.GetProperty("data").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("error").Str("code").ShouldBe("unauthorized");
    }

    [Theory]
    [InlineData("v1/video_status.get?video_id=x")]
    [InlineData("v1/video.list")]
    [InlineData("v1/asset/list")]
    public async Task V1_routes_answer_401_with_numeric_code_400112(string path)
    {
        using var client = _mock.CreateClient("wrong-key");
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var json = await response.JsonAsync();
        json.GetProperty("code").GetInt32().ShouldBe(400112);
        json.Str("message").ShouldNotContain("wrong-key");
    }

    [Fact]
    public async Task Configured_keys_pass_by_header_or_bearer_token()
    {
        using var header = _mock.CreateClient(GoodKey);
        (await header.GetAsync("v3/users/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var bearer = new HttpClient { BaseAddress = _mock.BaseUri };
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "second-key");
        (await bearer.GetAsync("v2/user/remaining_quota")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Admin_and_media_routes_need_no_key()
    {
        (await _mock.Admin.GetAsync("_mock/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_configured_keys_any_non_empty_key_gets_its_own_ledger()
    {
        await using var open = await RunningMock.StartAsync("--balance", "7");
        using var a = open.CreateClient(Keys.New());
        using var b = open.CreateClient(Keys.New());
        await open.SetBalanceAsync(Keys.New(), 1);
        var quotaA = await (await a.GetAsync("v2/user/remaining_quota")).JsonAsync();
        quotaA.GetProperty("data").GetProperty("remaining_quota").GetInt64().ShouldBe(7 * 60);
        (await b.GetAsync("v3/users/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var empty = open.CreateClient(" ");
        (await empty.GetAsync("v3/users/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
