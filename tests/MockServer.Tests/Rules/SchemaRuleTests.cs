using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Rules;

/// <summary>Issue 9 point 6: webm refuses a background; 4k follows the account; legacy generate needs video_title.</summary>
public sealed class SchemaRuleTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Theory]
    [InlineData("""{"type":"color","value":"#ff0000"}""")]
    [InlineData("""{"type":"image","url":"https://example.com/bg.jpg"}""")]
    public async Task Webm_output_refuses_any_background(string background)
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var assetId = await client.UploadV3PhotoAsync();
        using var response = await client.PostAsync("v3/videos", HttpJson.Json($$"""{"type":"image","image":{"type":"asset_id","asset_id":"{{assetId}}"},"script":"Hi.","voice_id":"{{MockApi.VoiceId}}","output_format":"webm","background":{{background}}}"""));
        var error = (await response.JsonAsync()).GetProperty("error");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (error.Str("code"), error.Str("param")).ShouldBe(("invalid_parameter", "background"));
        error.Str("message").ShouldContain("webm");
        (await _mock.AdminClient.GetStateAsync()).Jobs.ShouldNotContain(j => j.OwnerKeyId == AvatarIV.Mock.Client.MockKeyId.From(key));

        using var mp4 = await client.PostAsync("v3/videos", HttpJson.Json($$"""{"type":"image","image":{"type":"asset_id","asset_id":"{{assetId}}"},"script":"Hi.","voice_id":"{{MockApi.VoiceId}}","background":{{background}}}"""));
        mp4.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_default_wallet_account_takes_4k_at_its_price_and_an_account_configured_without_it_refuses()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var audio = (await client.UploadV3Async(SampleMedia.Wav(10), "ten.wav", "audio/wav")).Str("asset_id");
        var photo = await client.UploadV3PhotoAsync();
        await _mock.SetBalanceAsync(key, 100);

        using var ok = await client.PostJsonAsync("v3/videos", new { type = "image", image = new { type = "asset_id", asset_id = photo }, audio_asset_id = audio, resolution = "4k" });
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, (await ok.JsonAsync()).ToString());
        (100 - (await _mock.LedgerAsync(key)).Balance).ShouldBe(1.34m); // 10 s × 0.1 credit/s × 1.334 ($0.0667/s)

        using var set = await _mock.Admin.PutAsync("_mock/accounts", HttpJson.Json(new { api_key = key, max_resolution = "1080p" }));
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var refused = await client.PostJsonAsync("v3/videos", new { type = "image", image = new { type = "asset_id", asset_id = photo }, audio_asset_id = audio, resolution = "4k" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await refused.JsonAsync()).GetProperty("error");
        error.Str("param").ShouldBe("resolution");
        error.Str("message").ShouldContain("1080p");
        (100 - (await _mock.LedgerAsync(key)).Balance).ShouldBe(1.34m);
    }

    [Fact]
    public async Task Legacy_generate_without_video_title_gets_heygens_live_answer()
    {
        using var client = _mock.CreateClient(Keys.New());
        using var response = await client.PostJsonAsync("v2/video/av4/generate", new { image_key = await client.UploadPhotoImageKeyAsync(), script = "Hi.", voice_id = MockApi.VoiceId });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await response.JsonAsync()).GetProperty("error");
        (error.Str("code"), error.Str("message")).ShouldBe(("invalid_parameter", "video_title is invalid: Field required"));
    }
}
