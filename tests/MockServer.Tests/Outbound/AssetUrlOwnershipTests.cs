using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Outbound;

/// <summary>
/// Issue 8 item 10: a <c>/_media/assets/…</c> URL passed as media resolves only as the signed link an upload
/// returned, and only for the key that uploaded it: key B cannot render key A's photo.
/// </summary>
public sealed class AssetUrlOwnershipTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task Another_keys_signed_asset_url_reads_as_asset_not_found()
    {
        using var owner = _mock.CreateClient(Keys.New());
        var url = (await owner.UploadV3Async(MockApi.SamplePhoto, "me.jpg", "image/jpeg")).Str("url");
        using var other = _mock.CreateClient(Keys.New());

        var (status, error) = await CreateFromImageUrlAsync(other, url);

        status.ShouldBe(HttpStatusCode.NotFound);
        error.Str("code").ShouldBe("asset_not_found");
        error.Str("param").ShouldBe("image.url");
    }

    [Fact]
    public async Task The_owners_signed_asset_url_still_renders()
    {
        using var owner = _mock.CreateClient(Keys.New());
        var url = (await owner.UploadV3Async(MockApi.SamplePhoto, "me.jpg", "image/jpeg")).Str("url");

        var (status, _) = await CreateFromImageUrlAsync(owner, url);

        status.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("unsigned")]
    [InlineData("tampered")]
    [InlineData("other asset")]
    public async Task An_unsigned_or_tampered_asset_url_is_forbidden(string how)
    {
        using var owner = _mock.CreateClient(Keys.New());
        var url = (await owner.UploadV3Async(MockApi.SamplePhoto, "me.jpg", "image/jpeg")).Str("url");
        var second = (await owner.UploadV3Async(MockApi.SamplePhoto, "me.jpg", "image/jpeg")).Str("asset_id");
        var uri = new Uri(url);
        var bad = how switch
        {
            "unsigned" => uri.GetLeftPart(UriPartial.Path),
            "tampered" => url[..^1] + (url[^1] == '0' ? '1' : '0'),
            _ => url.Replace(uri.Segments[3].TrimEnd('/'), second), // another asset under the first one's signature
        };

        var (status, error) = await CreateFromImageUrlAsync(owner, bad);

        status.ShouldBe(HttpStatusCode.Forbidden, error.ToString());
        error.Str("code").ShouldBe("forbidden");
    }

    private static async Task<(HttpStatusCode, System.Text.Json.JsonElement)> CreateFromImageUrlAsync(HttpClient client, string url)
    {
        using var response = await client.PostJsonAsync("v3/videos", new { type = "image", image = new { type = "url", url }, script = "Hi.", voice_id = MockApi.VoiceId });
        var body = await response.JsonAsync();
        return (response.StatusCode, response.IsSuccessStatusCode ? body : body.GetProperty("error"));
    }
}
