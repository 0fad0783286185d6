using System.Net;
using System.Text.Json;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Webhooks;

/// <summary>A create's callback_url obeys the webhook URL rule: a non-loopback host is refused before anything is charged or created.</summary>
public sealed class CallbackUrlTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    private RunningMock Server => fixture.Mock;

    [Theory]
    [InlineData("https://example.com/hooks")]
    [InlineData("http://10.0.0.5/hooks")]
    public async Task V3_create_with_a_non_loopback_callback_url_is_refused_and_charges_nothing(string url)
    {
        var key = Keys.New();
        using var client = Server.CreateClient(key);
        var assetId = await client.UploadV3PhotoAsync();
        await Server.SetBalanceAsync(key, 50);

        using var response = await client.CreateV3Async(assetId, extra: new { callback_url = url });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await response.JsonAsync()).GetProperty("error");
        error.Str("code").ShouldBe("invalid_parameter");
        error.Str("param").ShouldBe("callback_url");
        ShouldNameTheFieldTheRuleAndTheFlag(error.Str("message"));
        (await (await client.GetAsync("v3/videos")).JsonAsync()).GetProperty("data").GetArrayLength().ShouldBe(0);
        (await Server.LedgerAsync(key)).ShouldBe((50m, 0m));
    }

    [Theory]
    [InlineData("https://example.com/hooks")]
    [InlineData("http://192.168.1.20:8080/hooks")]
    public async Task Legacy_generate_with_a_non_loopback_callback_url_is_refused_and_charges_nothing(string url)
    {
        var key = Keys.New();
        using var client = Server.CreateClient(key);
        var imageKey = await client.UploadPhotoImageKeyAsync();
        await Server.SetBalanceAsync(key, 50);

        using var response = await client.PostJsonAsync("v2/video/av4/generate", new { image_key = imageKey, video_title = "t", script = "Hello there.", voice_id = MockApi.VoiceId, callback_url = url });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var json = await response.JsonAsync();
        json.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("error").Str("code").ShouldBe("invalid_parameter");
        ShouldNameTheFieldTheRuleAndTheFlag(json.GetProperty("error").Str("message"));
        (await (await client.GetAsync("v1/video.list")).JsonAsync()).GetProperty("data").GetProperty("videos").GetArrayLength().ShouldBe(0);
        (await Server.LedgerAsync(key)).ShouldBe((50m, 0m));
    }

    [Fact]
    public async Task Loopback_callback_urls_are_accepted_on_both_surfaces()
    {
        using var client = Server.CreateClient(Keys.New());

        var v3Id = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync(), mode: "manual", extra: new { callback_url = "http://localhost:9/hooks" });
        var legacyId = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync(), mode: "manual", extra: new { callback_url = "http://[::1]:9/hooks" });

        v3Id.ShouldNotBe(legacyId);
    }

    [Fact]
    public async Task External_callback_url_is_accepted_when_the_flag_allows_it()
    {
        // Manual progression: the jobs never finish, so nothing is ever sent to the external host.
        await using var server = await RunningMock.StartAsync("--allow-external-webhooks", "--progression", "manual");
        using var client = server.CreateClient(Keys.New());

        var v3Id = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync(), extra: new { callback_url = "https://example.com/hooks" });
        var legacyId = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync(), extra: new { callback_url = "https://example.com/hooks" });

        (await server.AdminJobAsync(v3Id)).Str("status").ShouldBe("pending");
        (await server.AdminJobAsync(legacyId)).Str("status").ShouldBe("pending");
    }

    private static void ShouldNameTheFieldTheRuleAndTheFlag(string message)
    {
        message.ShouldContain("callback_url");
        message.ShouldContain("loopback");
        message.ShouldContain("--allow-external-webhooks");
    }
}
