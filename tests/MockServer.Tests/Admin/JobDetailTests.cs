using System.Net;
using AvatarIV.MockServer.Auth;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Admin;

/// <summary><c>GET /_mock/jobs/{id}/detail</c>: the create request behind a job and every status it went through.</summary>
public sealed class JobDetailTests(ManualMock fixture) : IClassFixture<ManualMock>
{
    private RunningMock Server => fixture.Mock;

    [Fact]
    public async Task The_detail_shows_the_request_and_each_status_in_order()
    {
        var apiKey = Keys.New();
        using var client = Server.CreateClient(apiKey);
        var videoId = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync(), script: "Detail please.", title: "With history");
        (await Server.Admin.PostAsync($"_mock/jobs/{videoId}/advance", null)).Dispose();
        (await Server.Admin.PostAsync($"_mock/jobs/{videoId}/fail", HttpJson.Json(new { code = "invalid_audio" }))).Dispose();

        using var response = await Server.Admin.GetAsync($"_mock/jobs/{videoId}/detail");
        var detail = await response.JsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, detail.ToString());
        detail.GetProperty("history").EnumerateArray().Select(step => step.Str("status")).ShouldBe(["waiting", "pending", "processing", "failed"]);
        var request = detail.GetProperty("request");
        request.Str("title").ShouldBe("With history");
        request.Str("script").ShouldBe("Detail please.");
        request.GetProperty("image").Str("kind").ShouldBe("image_key");
        detail.GetProperty("job").Str("owner_key_id").ShouldBe(ApiKeyId.From(apiKey));
        detail.GetProperty("job").GetProperty("error").Str("code").ShouldBe("invalid_audio");
        detail.ToString().ShouldNotContain(apiKey);
    }

    [Fact]
    public async Task A_callback_url_is_shown_with_its_secret_like_query_values_redacted()
    {
        using var client = Server.CreateClient(Keys.New());
        var videoId = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync(), extra: new { callback_url = "http://127.0.0.1:9/hook?token=s3cret&run=7" });

        var detail = await (await Server.Admin.GetAsync($"_mock/jobs/{videoId}/detail")).JsonAsync();

        detail.GetProperty("request").Str("callback_url").ShouldBe("http://127.0.0.1:9/hook?token=[redacted]&run=7");
    }

    [Fact]
    public async Task An_unknown_job_is_a_404_naming_the_list_route()
    {
        using var response = await Server.Admin.GetAsync("_mock/jobs/nope/detail");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("GET /_mock/jobs");
    }
}
