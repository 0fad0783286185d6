using System.Text;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Surfaces;

/// <summary>
/// Input a fuzzer found turning into 500s (issue 8 item 6) gets the surface's 4xx envelope instead: text JSON can
/// parse but .NET cannot read (invalid UTF-8, lone surrogates), a chunk size that overflows, a multipart body
/// without its closing boundary. Sent over raw sockets, byte for byte.
/// </summary>
public sealed class BadInputTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    public static TheoryData<string, string, string> JsonRoutes => new()
    {
        { "POST", "/v3/videos", "error" },
        { "POST", "/v2/video/av4/generate", "error" },
        { "POST", "/v3/webhooks/endpoints", "error" },
        { "POST", "/v1/webhook/endpoint.add", "code" },
        { "POST", "/_mock/faults", "error" },
        { "PUT", "/_mock/ledgers", "error" },
        { "POST", "/_mock/clock", "error" },
    };

    [Theory]
    [MemberData(nameof(JsonRoutes))]
    public async Task Invalid_UTF8_inside_a_JSON_string_is_a_400(string method, string path, string envelopeField)
    {
        byte[] body = [.. "{\"path\":\"a"u8, 0xC3, 0x28, 0xFF, .. "\",\"url\":\"x\",\"api_key\":\"k\"}"u8];
        var (status, text) = await SendJsonAsync(method, path, body);
        status.ShouldBe(400, text);
        text.ShouldContain(envelopeField);
        text.ShouldContain("Unicode");
    }

    [Theory]
    [MemberData(nameof(JsonRoutes))]
    public async Task A_lone_surrogate_escape_in_a_JSON_string_or_name_is_a_400(string method, string path, string envelopeField)
    {
        foreach (var json in new[] { """{"api_key":"\ud800","path":"\udfff x","url":"\ud800"}""", """{"\ud800":1}""", """{"events":["\udc00"]}""" })
        {
            var (status, text) = await SendJsonAsync(method, path, Encoding.ASCII.GetBytes(json));
            status.ShouldBe(400, $"{json}: {text}");
            text.ShouldContain(envelopeField);
        }
    }

    [Theory]
    [InlineData("/v3/videos", "\"error\"")]
    [InlineData("/v2/video/av4/generate", "\"error\"")]
    [InlineData("/v1/asset", "\"code\"")]
    [InlineData("/v3/assets", "\"error\"")]
    public async Task An_overflowing_chunk_size_is_a_400_in_the_surfaces_envelope(string path, string envelopeField)
    {
        var head = RawHttp.Head("POST", path, "X-Api-Key: raw-key", "Content-Type: application/json", "Transfer-Encoding: chunked");
        var (status, text) = await RawHttp.SendAsync(_mock.BaseUri, head, Encoding.ASCII.GetBytes("FFFFFFFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n"));
        status.ShouldBeInRange(400, 499, text);
        text.ShouldContain(envelopeField);
    }

    [Theory]
    [InlineData("/v3/assets", "\"error\"")]
    [InlineData("/v2/photo_avatar/upload", "\"error\"")]
    public async Task A_multipart_body_without_its_closing_boundary_is_a_400(string path, string envelopeField)
    {
        var photo = SampleMedia.Jpeg(16, 16);
        byte[] body = [.. "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"u8, .. photo];
        var head = RawHttp.Head("POST", path, "X-Api-Key: raw-key", "Content-Type: multipart/form-data; boundary=XyZ", $"Content-Length: {body.Length}");

        var (status, text) = await RawHttp.SendAsync(_mock.BaseUri, head, body);

        status.ShouldBe(400, text);
        text.ShouldContain(envelopeField);
        text.ShouldContain("closing boundary");
    }

    private Task<(int Status, string Body)> SendJsonAsync(string method, string path, byte[] body) =>
        RawHttp.SendAsync(_mock.BaseUri, RawHttp.Head(method, path, "X-Api-Key: raw-key", "Content-Type: application/json", $"Content-Length: {body.Length}"), body);
}
