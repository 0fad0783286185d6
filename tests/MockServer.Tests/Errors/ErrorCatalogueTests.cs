using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Errors;

/// <summary>Its own mock: these tests add fault rules that would disturb other classes.</summary>
public sealed class CatalogueMock() : MockFixture("--progression", "immediate");

/// <summary>
/// One catalogue decides every error: whichever surface answers, an entry has the same HTTP status, string code
/// (v2, v3) and v1 number. Every entry is provoked over HTTP through a status fault that names it.
/// </summary>
public sealed class ErrorCatalogueTests(CatalogueMock fixture) : IClassFixture<CatalogueMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    public static TheoryData<string> Codes => [.. ErrorCatalog.All.Select(e => e.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task Every_entry_reads_alike_on_every_surface(string code)
    {
        var entry = ErrorCatalog.ByCode(code)!;
        using var client = _mock.CreateClient(Keys.New());

        var v1 = await FaultedAsync(client, "/v1/video_status.get", "v1/video_status.get?video_id=abc", entry);
        v1.GetProperty("code").GetInt32().ShouldBe(entry.V1Number);
        v1.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();

        var v2 = await FaultedAsync(client, "/v2/voices", "v2/voices", entry);
        v2.GetProperty("error").Str("code").ShouldBe(entry.Code);
        v2.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);

        var guide = await FaultedAsync(client, "/v2/video/av4/abc/status", "v2/video/av4/abc/status", entry);
        guide.GetProperty("error").Str("code").ShouldBe(entry.Code);

        var v3 = await FaultedAsync(client, "/v3/voices", "v3/voices", entry);
        v3.GetProperty("error").Str("code").ShouldBe(entry.Code);
        v3.GetProperty("error").Str("doc_url").ShouldStartWith("https://");
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(500)]
    public async Task A_v1_route_under_an_injected_server_error_answers_that_errors_number_not_invalid_parameter(int status)
    {
        await _mock.AddFaultAsync(new { method = "GET", path = "/v1/video.list", status, times = 1 });
        using var client = _mock.CreateClient(Keys.New());

        using var response = await client.GetAsync("v1/video.list");

        ((int)response.StatusCode).ShouldBe(status);
        var number = (await response.JsonAsync()).GetProperty("code").GetInt32();
        number.ShouldBe(ErrorCatalog.ForStatus(status)!.V1Number);
        number.ShouldNotBe(ErrorCatalog.InvalidParameter.V1Number);
    }

    [Fact]
    public async Task Real_errors_carry_their_entry_on_each_surface()
    {
        using var stranger = new HttpClient { BaseAddress = _mock.BaseUri };
        await ExpectAsync(await stranger.GetAsync("v1/video.list"), ErrorCatalog.Unauthorized, v1: true);
        await ExpectAsync(await stranger.GetAsync("v3/voices"), ErrorCatalog.Unauthorized);

        using var client = _mock.CreateClient(Keys.New());
        await ExpectAsync(await client.GetAsync("v1/video_status.get"), ErrorCatalog.MissingParameter, v1: true);
        await ExpectAsync(await client.GetAsync("v1/video_status.get?video_id=nope"), ErrorCatalog.VideoNotFound, v1: true);
        await ExpectAsync(await client.GetAsync("v3/videos/nope"), ErrorCatalog.VideoNotFound);
        await ExpectAsync(await client.GetAsync("v2/video/av4/nope/status"), ErrorCatalog.VideoNotFound);
        await ExpectAsync(await client.GetAsync("v3/no-such-route"), ErrorCatalog.NotFound);
        await ExpectAsync(await client.DeleteAsync("v3/voices"), ErrorCatalog.MethodNotAllowed);
        await ExpectAsync(await client.PostAsJsonAsync("v3/videos", new { type = "image" }), ErrorCatalog.InvalidParameter);
    }

    [Fact]
    public async Task A_fault_rule_may_name_the_entry_it_answers_and_shows_it()
    {
        using var added = await _mock.Admin.PostAsync("_mock/faults", HttpJson.Json("""{"path":"/v3/videos/x1","code":"video_not_found","times":1}"""));
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var view = (await added.JsonAsync())[0];
        (view.GetProperty("status").GetInt32(), view.Str("code")).ShouldBe((404, "video_not_found"));
        view.Str("flag").ShouldContain("code=video_not_found");

        using var mismatch = await _mock.Admin.PostAsync("_mock/faults", HttpJson.Json("""{"path":"/v3/x","status":503,"code":"video_not_found"}"""));
        mismatch.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await mismatch.JsonAsync()).GetProperty("error").Str("code").ShouldBe(ErrorCatalog.InvalidFaultRule.Code);

        using var teapot = await _mock.Admin.PostAsync("_mock/faults", HttpJson.Json("""{"path":"/v3/x","status":418}"""));
        teapot.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await teapot.JsonAsync()).GetProperty("error").Str("message").ShouldContain("503");
    }

    [Fact]
    public void The_flag_form_names_an_entry_by_code_and_round_trips()
    {
        var rule = AvatarIV.MockServer.Faults.FaultFlagParser.Parse("GET /v3/videos/* code=request_in_progress times=1");
        (rule.Status, rule.Error).ShouldBe((409, ErrorCatalog.RequestInProgress));
        AvatarIV.MockServer.Faults.FaultFlagParser.Parse(rule.ToString()).ShouldBe(rule);
        AvatarIV.MockServer.Faults.FaultFlagParser.Parse("POST /v3/videos status=503").Error.ShouldBe(ErrorCatalog.ServiceUnavailable);
    }

    [Fact]
    public void The_catalogue_is_consistent()
    {
        ErrorCatalog.All.Select(e => e.Code).ShouldBeUnique();
        ErrorCatalog.RenderFailureCodes.ShouldBeUnique();
        ErrorCatalog.All.ShouldAllBe(e => e.Status >= 400 && e.Status <= 599 && e.V1Number > 0 && e.Message.Length > 0);
        ErrorCatalog.All.Where(e => e.Status >= 500).ShouldAllBe(e => e.V1Number != ErrorCatalog.InvalidParameter.V1Number);
    }

    private async Task<JsonElement> FaultedAsync(HttpClient client, string path, string url, ErrorEntry entry)
    {
        await _mock.AddFaultAsync(new { path, code = entry.Code, times = 1 });
        using var response = await client.GetAsync(url);
        ((int)response.StatusCode).ShouldBe(entry.Status, $"{entry.Code} on {path}");
        return await response.JsonAsync();
    }

    private static async Task ExpectAsync(HttpResponseMessage response, ErrorEntry entry, bool v1 = false)
    {
        using (response)
        {
            var body = await response.JsonAsync();
            ((int)response.StatusCode).ShouldBe(entry.Status, body.ToString());
            if (v1)
            {
                body.GetProperty("code").GetInt32().ShouldBe(entry.V1Number, body.ToString());
            }
            else
            {
                body.GetProperty("error").Str("code").ShouldBe(entry.Code, body.ToString());
            }
        }
    }
}
