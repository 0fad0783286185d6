using System.Net;
using System.Net.Http.Headers;
using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Surfaces;

/// <summary>
/// <c>--max-upload-mb</c> is the cap of every upload route — v3 multipart (and a raw body sent there), legacy raw,
/// the guide's multipart — in both directions: over it is the surface's 413, under it is accepted, even above the
/// 128 MiB that ASP.NET's form reader would impose.
/// </summary>
public sealed class UploadLimitTests
{
    private const int MiB = 1024 * 1024;

    // An MP4 signature: the mock accepts MP4 uploads, and the rest of the body can be zeros.
    private static readonly byte[] Mp4Head = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];

    public static TheoryData<string, bool> Routes => new()
    {
        { "v3 multipart", true }, { "v3 multipart", false },
        { "v3 raw", true }, { "v3 raw", false },
        { "v1 raw", true }, { "v1 raw", false },
        { "guide multipart", true }, { "guide multipart", false },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Over_the_flag_every_upload_route_answers_its_surfaces_413(string route, bool announceLength)
    {
        await using var mock = await RunningMock.StartAsync("--max-upload-mb", "1");
        using var client = mock.CreateClient(Keys.New());

        using var response = await client.PostAsync(Url(route), Body(route, MiB + 1, SampleMedia.Jpeg(16, 16)[..4], announceLength));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var body = await response.JsonAsync();
        if (route.StartsWith("v1", StringComparison.Ordinal))
        {
            body.GetProperty("code").GetInt32().ShouldBe(ErrorCatalog.PayloadTooLarge.V1Number);
            body.Str("message").ShouldContain("1 MB");
        }
        else
        {
            body.GetProperty("error").Str("code").ShouldBe(ErrorCatalog.PayloadTooLarge.Code);
            body.GetProperty("error").Str("message").ShouldContain("1 MB");
        }
    }

    [Theory]
    [InlineData("v3 multipart")]
    [InlineData("v1 raw")]
    [InlineData("guide multipart")]
    public async Task Up_to_the_flag_every_upload_route_accepts_the_file(string route)
    {
        await using var mock = await RunningMock.StartAsync("--max-upload-mb", "1");
        using var client = mock.CreateClient(Keys.New());
        var photo = SampleMedia.Jpeg(16, 16);
        byte[] exactlyTheCap = [.. photo, .. new byte[MiB - photo.Length]]; // a JPEG with trailing bytes is still a JPEG

        using HttpContent content = route == "v1 raw" ? Raw(exactlyTheCap) : HttpJson.FilePart(exactlyTheCap, "big.jpg", "image/jpeg");
        using var response = await client.PostAsync(Url(route), content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_flag_above_128_MiB_is_honoured_by_the_v3_multipart_route()
    {
        await using var mock = await RunningMock.StartAsync("--max-upload-mb", "130");
        using var client = mock.CreateClient(Keys.New());
        const long size = 129L * MiB;

        using var accepted = await client.PostAsync("v3/assets", Body("v3 multipart", size, Mp4Head, announceLength: true));
        var json = await accepted.JsonAsync();
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        json.GetProperty("data").GetProperty("size_bytes").GetInt64().ShouldBe(size);
        json.GetProperty("data").Str("mime_type").ShouldBe("video/mp4");
        (await mock.Admin.PostAsync("_mock/reset", null)).EnsureSuccessStatusCode(); // let the 129 MiB go

        using var refused = await client.PostAsync("v3/assets", Body("v3 multipart", (130L * MiB) + 1, Mp4Head, announceLength: false));
        refused.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await refused.JsonAsync()).GetProperty("error").Str("code").ShouldBe("payload_too_large");
    }

    private static string Url(string route) => route switch
    {
        "v1 raw" => "v1/asset",
        "guide multipart" => "v2/photo_avatar/upload",
        _ => "v3/assets",
    };

    private static HttpContent Body(string route, long size, byte[] head, bool announceLength)
    {
        var file = new GeneratedContent(size, head, announceLength);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        if (route.EndsWith("raw", StringComparison.Ordinal))
        {
            return file;
        }

        var form = new MultipartFormDataContent { { file, "file", "big.bin" } };
        if (!announceLength)
        {
            form.Headers.ContentLength = null;
        }

        return form;
    }

    private static ByteArrayContent Raw(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return content;
    }
}
