using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Surfaces;

/// <summary>
/// Bad input across every surface gets a 4xx in that surface's envelope with a message naming the problem — never a 5xx.
/// </summary>
public sealed class MalformedRequestTests(MalformedRequestTests.SmallUploadMock fixture) : IClassFixture<MalformedRequestTests.SmallUploadMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    /// <summary>Uploads capped at 1 MB so oversize bodies stay small.</summary>
    public sealed class SmallUploadMock() : MockFixture("--progression", "manual", "--max-upload-mb", "1");

    public enum Envelope { V1, V2, V3 }

    private sealed record Case(HttpMethod Method, string Path, Func<Ctx, HttpContent?> Body, Envelope Envelope, int Status = 400, string? Mentions = null, (string, string)? Header = null);

    private sealed record Ctx(string AssetId, string ImageKey, string AudioAssetId);

    private static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    private static HttpContent V3Video(Ctx c, string fields) => Json($$"""{"type":"image","image":{"type":"asset_id","asset_id":"{{c.AssetId}}"}{{fields}}}""");

    private static HttpContent Script(Ctx c, string extra = "") => V3Video(c, $$""","script":"Hi there.","voice_id":"{{MockApi.VoiceId}}"{{extra}}""");

    private static HttpContent Generate(Ctx c, string fields) => Json($$"""{"image_key":"{{c.ImageKey}}","video_title":"t","voice_id":"{{MockApi.VoiceId}}"{{fields}}}""");

    private static HttpContent Raw(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private static readonly byte[] Text = Encoding.UTF8.GetBytes("just some text, not media");
    private static readonly byte[] TwoMegabytes = new byte[2 * 1024 * 1024];
    private static readonly string ManyIds = string.Join(",", Enumerable.Range(0, 101).Select(i => $"id{i}"));

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // v3 create
        ["v3 create: malformed JSON"] = new(HttpMethod.Post, "v3/videos", _ => Json("{\"type\":"), Envelope.V3, Mentions: "not valid JSON"),
        ["v3 create: array body"] = new(HttpMethod.Post, "v3/videos", _ => Json("[]"), Envelope.V3, Mentions: "JSON object"),
        ["v3 create: empty body"] = new(HttpMethod.Post, "v3/videos", _ => Json(""), Envelope.V3),
        ["v3 create: text/plain"] = new(HttpMethod.Post, "v3/videos", _ => new StringContent("{}", Encoding.UTF8, "text/plain"), Envelope.V3, Mentions: "Content-Type"),
        ["v3 create: missing type"] = new(HttpMethod.Post, "v3/videos", _ => Json("{}"), Envelope.V3, Mentions: "type"),
        ["v3 create: type studio"] = new(HttpMethod.Post, "v3/videos", _ => Json("""{"type":"studio","scenes":[]}"""), Envelope.V3, Mentions: "image"),
        ["v3 create: unknown avatar look"] = new(HttpMethod.Post, "v3/videos", _ => Json("""{"type":"avatar","avatar_id":"x"}"""), Envelope.V3, Status: 404, Mentions: "GET /v3/avatars/looks"),
        ["v3 create: type is a number"] = new(HttpMethod.Post, "v3/videos", _ => Json("""{"type":5}"""), Envelope.V3, Mentions: "must be a string"),
        ["v3 create: missing image"] = new(HttpMethod.Post, "v3/videos", _ => Json("""{"type":"image","script":"x","voice_id":"y"}"""), Envelope.V3, Mentions: "image is required"),
        ["v3 create: image is a string"] = new(HttpMethod.Post, "v3/videos", _ => Json("""{"type":"image","image":"photo.jpg"}"""), Envelope.V3, Mentions: "an object"),
        ["v3 create: unknown image type"] = new(HttpMethod.Post, "v3/videos", _ => Json("""{"type":"image","image":{"type":"file"}}"""), Envelope.V3, Mentions: "image.type"),
        ["v3 create: unknown image asset"] = new(HttpMethod.Post, "v3/videos", c => Json($$"""{"type":"image","image":{"type":"asset_id","asset_id":"0123456789abcdef0123456789abcdef"},"script":"x","voice_id":"{{MockApi.VoiceId}}"}"""), Envelope.V3, 404, "Upload the file first"),
        ["v3 create: relative image url"] = new(HttpMethod.Post, "v3/videos", _ => Json("""{"type":"image","image":{"type":"url","url":"photo.jpg"}}"""), Envelope.V3, Mentions: "absolute"),
        ["v3 create: bad base64"] = new(HttpMethod.Post, "v3/videos", _ => Json("""{"type":"image","image":{"type":"base64","media_type":"image/png","data":"@@@"},"script":"x","voice_id":"y"}"""), Envelope.V3, Mentions: "base64"),
        ["v3 create: base64 of text"] = new(HttpMethod.Post, "v3/videos", _ => Json($$"""{"type":"image","image":{"type":"base64","media_type":"image/png","data":"{{Convert.ToBase64String(Text)}}"},"script":"x","voice_id":"{{MockApi.VoiceId}}"}"""), Envelope.V3, Mentions: "JPEG or PNG"),
        ["v3 create: nothing to say"] = new(HttpMethod.Post, "v3/videos", c => V3Video(c, ""), Envelope.V3, Mentions: "script"),
        ["v3 create: script without voice"] = new(HttpMethod.Post, "v3/videos", c => V3Video(c, ""","script":"Hi" """), Envelope.V3, Mentions: "voice_id"),
        ["v3 create: script and audio"] = new(HttpMethod.Post, "v3/videos", c => Script(c, ""","audio_url":"https://example.com/a.mp3" """), Envelope.V3, Mentions: "mutually exclusive"),
        ["v3 create: speed out of range"] = new(HttpMethod.Post, "v3/videos", c => Script(c, ""","voice_settings":{"speed":3}"""), Envelope.V3, Mentions: "voice_settings.speed"),
        ["v3 create: speed is a string"] = new(HttpMethod.Post, "v3/videos", c => Script(c, ""","voice_settings":{"speed":"fast"}"""), Envelope.V3, Mentions: "a number"),
        ["v3 create: unknown aspect ratio"] = new(HttpMethod.Post, "v3/videos", c => Script(c, ""","aspect_ratio":"3:2" """), Envelope.V3, Mentions: "16:9"),
        ["v3 create: unknown resolution"] = new(HttpMethod.Post, "v3/videos", c => Script(c, ""","resolution":"8k" """), Envelope.V3, Mentions: "resolution"),
        ["v3 create: script too long"] = new(HttpMethod.Post, "v3/videos", c => V3Video(c, $$""","script":"{{new string('a', 5001)}}","voice_id":"{{MockApi.VoiceId}}" """), Envelope.V3, Mentions: "5000"),
        ["v3 create: unknown failure marker"] = new(HttpMethod.Post, "v3/videos", c => Script(c, ""","title":"[[fail:explode]]" """), Envelope.V3, Mentions: "video_too_long"),
        ["v3 create: callback_url not a url"] = new(HttpMethod.Post, "v3/videos", c => Script(c, ""","callback_url":"not a url" """), Envelope.V3, Mentions: "callback_url"),
        ["v3 create: bad progression header"] = new(HttpMethod.Post, "v3/videos", c => Script(c), Envelope.V3, Mentions: "X-Mock-Progression", Header: ("X-Mock-Progression", "slowly")),
        ["v3 create: audio asset is an image"] = new(HttpMethod.Post, "v3/videos", c => V3Video(c, $$""","audio_asset_id":"{{c.AssetId}}" """), Envelope.V3, Mentions: "WAV or MP3"),
        ["v3 create: title is a number"] = new(HttpMethod.Post, "v3/videos", c => Script(c, ""","title":42"""), Envelope.V3, Mentions: "title"),
        // v3 reads
        ["v3 list: limit 0"] = new(HttpMethod.Get, "v3/videos?limit=0", _ => null, Envelope.V3, Mentions: "limit"),
        ["v3 list: limit not a number"] = new(HttpMethod.Get, "v3/videos?limit=abc", _ => null, Envelope.V3, Mentions: "limit"),
        ["v3 list: foreign token"] = new(HttpMethod.Get, "v3/videos?token=zzz", _ => null, Envelope.V3, Mentions: "token"),
        ["v3 statuses: no ids"] = new(HttpMethod.Get, "v3/videos/statuses", _ => null, Envelope.V3, Mentions: "video_ids"),
        ["v3 statuses: 101 ids"] = new(HttpMethod.Get, "v3/videos/statuses?video_ids=" + ManyIds, _ => null, Envelope.V3, Mentions: "100"),
        ["v3 get: unknown video"] = new(HttpMethod.Get, "v3/videos/nope", _ => null, Envelope.V3, 404),
        ["v3 delete: unknown video"] = new(HttpMethod.Delete, "v3/videos/nope", _ => null, Envelope.V3, 404),
        ["v3 voices: unknown type"] = new(HttpMethod.Get, "v3/voices?type=weird", _ => null, Envelope.V3, Mentions: "public or private"),
        ["v3 voices: limit too big"] = new(HttpMethod.Get, "v3/voices?limit=500", _ => null, Envelope.V3, Mentions: "100"),
        ["v3 unknown route"] = new(HttpMethod.Get, "v3/nothing/here", _ => null, Envelope.V3, 404),
        ["v3 wrong method"] = new(HttpMethod.Put, "v3/videos", _ => Json("{}"), Envelope.V3, 405, "PUT"),
        ["v1 unknown route with a dot"] = new(HttpMethod.Get, "v1/video_status.getx", _ => null, Envelope.V1, 404, "not a route"),
        ["v2 wrong method"] = new(HttpMethod.Post, "v2/voices", _ => Json("{}"), Envelope.V2, 405, "POST"),
        // v3 assets
        ["v3 asset: JSON instead of multipart"] = new(HttpMethod.Post, "v3/assets", _ => Json("{}"), Envelope.V3, Mentions: "multipart"),
        ["v3 asset: no file part"] = new(HttpMethod.Post, "v3/assets", _ => new MultipartFormDataContent { { new StringContent("x"), "other" } }, Envelope.V3, Mentions: "'file'"),
        ["v3 asset: text bytes"] = new(HttpMethod.Post, "v3/assets", _ => HttpJson.FilePart(Text, "a.jpg", "image/jpeg"), Envelope.V3, Mentions: "PNG, JPEG"),
        ["v3 asset: over the size cap"] = new(HttpMethod.Post, "v3/assets", _ => HttpJson.FilePart(TwoMegabytes, "big.jpg", "image/jpeg"), Envelope.V3, 413, "1 MB"),
        // v1 routes
        ["v1 asset: empty body"] = new(HttpMethod.Post, "v1/asset", _ => Raw([], "image/jpeg"), Envelope.V1, Mentions: "asset data must be provided"),
        ["v1 asset: text bytes"] = new(HttpMethod.Post, "v1/asset", _ => Raw(Text, "image/jpeg"), Envelope.V1, Mentions: "not a supported"),
        ["v1 asset: content type disagrees"] = new(HttpMethod.Post, "v1/asset", _ => Raw(SampleMedia.Jpeg(64, 64), "image/png"), Envelope.V1, Mentions: "image/jpeg"),
        ["v1 asset: over the size cap"] = new(HttpMethod.Post, "v1/asset", _ => Raw(TwoMegabytes, "image/jpeg"), Envelope.V1, 413, "1 MB"),
        ["v1 status: no video_id"] = new(HttpMethod.Get, "v1/video_status.get", _ => null, Envelope.V1, Mentions: "video_id"),
        ["v1 status: unknown video"] = new(HttpMethod.Get, "v1/video_status.get?video_id=nope", _ => null, Envelope.V1, 404),
        ["v1 delete: unknown video"] = new(HttpMethod.Delete, "v1/video.delete?video_id=nope", _ => null, Envelope.V1, 404),
        ["v1 list: limit 101"] = new(HttpMethod.Get, "v1/video.list?limit=101", _ => null, Envelope.V1, Mentions: "limit"),
        ["v1 asset list: foreign token"] = new(HttpMethod.Get, "v1/asset/list?token=bad", _ => null, Envelope.V1, Mentions: "token"),
        // v2 generate
        ["v2 generate: malformed JSON"] = new(HttpMethod.Post, "v2/video/av4/generate", _ => Json("{oops"), Envelope.V2, Mentions: "not valid JSON"),
        ["v2 generate: missing image_key"] = new(HttpMethod.Post, "v2/video/av4/generate", _ => Json("""{"script":"x","voice_id":"y"}"""), Envelope.V2, Mentions: "image_key"),
        ["v2 generate: unknown image_key"] = new(HttpMethod.Post, "v2/video/av4/generate", _ => Json($$"""{"image_key":"image/abc/original.jpg","video_title":"t","script":"x","voice_id":"{{MockApi.VoiceId}}"}"""), Envelope.V2, Mentions: "image_key"),
        ["v2 generate: missing video_title"] = new(HttpMethod.Post, "v2/video/av4/generate", c => Json($$"""{"image_key":"{{c.ImageKey}}","script":"x","voice_id":"{{MockApi.VoiceId}}"}"""), Envelope.V2, Mentions: "video_title is invalid: Field required"),
        ["v2 generate: missing voice_id"] = new(HttpMethod.Post, "v2/video/av4/generate", c => Json($$"""{"image_key":"{{c.ImageKey}}","script":"x"}"""), Envelope.V2, Mentions: "voice_id"),
        ["v2 generate: missing script"] = new(HttpMethod.Post, "v2/video/av4/generate", c => Generate(c, ""), Envelope.V2, Mentions: "script"),
        ["v2 generate: unknown orientation"] = new(HttpMethod.Post, "v2/video/av4/generate", c => Generate(c, ""","script":"x","video_orientation":"diagonal" """), Envelope.V2, Mentions: "portrait"),
        ["v2 generate: boolean as string"] = new(HttpMethod.Post, "v2/video/av4/generate", c => Generate(c, ""","script":"x","enhance_custom_motion_prompt":"yes" """), Envelope.V2, Mentions: "true or false"),
        ["v2 generate: two audio sources"] = new(HttpMethod.Post, "v2/video/av4/generate", c => Generate(c, $$""","script":"x","audio_url":"https://example.com/a.mp3","audio_asset_id":"{{c.AudioAssetId}}" """), Envelope.V2, Mentions: "mutually exclusive"),
        ["v2 generate: unknown voice"] = new(HttpMethod.Post, "v2/video/av4/generate", c => Json($$"""{"image_key":"{{c.ImageKey}}","script":"x","voice_id":"nobody"}"""), Envelope.V2, 404, "/v2/voices"),
        // guide aliases
        ["guide upload: not multipart"] = new(HttpMethod.Post, "v2/photo_avatar/upload", _ => Raw(SampleMedia.Jpeg(64, 64), "image/jpeg"), Envelope.V2, Mentions: "multipart"),
        ["guide upload: audio instead of photo"] = new(HttpMethod.Post, "v2/photo_avatar/upload", _ => HttpJson.FilePart(SampleMedia.Wav(0.5), "a.wav", "audio/wav"), Envelope.V2, Mentions: "JPEG or PNG"),
        ["guide status: unknown video"] = new(HttpMethod.Get, "v2/video/av4/nope/status", _ => null, Envelope.V2, 404),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_requests_get_a_4xx_in_the_surfaces_envelope(string name)
    {
        var testCase = Cases[name];
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var ctx = new Ctx(
            await client.UploadV3PhotoAsync(),
            await client.UploadPhotoImageKeyAsync(),
            (await client.UploadV3Async(SampleMedia.Wav(0.5), "a.wav", "audio/wav")).Str("asset_id"));

        using var request = new HttpRequestMessage(testCase.Method, testCase.Path) { Content = testCase.Body(ctx) };
        if (testCase.Header is var (headerName, headerValue))
        {
            request.Headers.TryAddWithoutValidation(headerName, headerValue);
        }

        using var response = await client.SendAsync(request);
        var json = await response.JsonAsync();
        ((int)response.StatusCode).ShouldBe(testCase.Status, json.ToString());
        var message = AssertEnvelope(testCase.Envelope, json);
        message.ShouldNotBeNullOrWhiteSpace();
        if (testCase.Mentions is not null)
        {
            message.ShouldContain(testCase.Mentions, Shouldly.Case.Insensitive);
        }

        message.ShouldNotContain(key);
        (await client.GetAsync("v3/videos")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void There_are_at_least_40_cases() => Cases.Count.ShouldBeGreaterThanOrEqualTo(40);

    private static string AssertEnvelope(Envelope envelope, JsonElement json)
    {
        switch (envelope)
        {
            case Envelope.V1:
                json.GetProperty("code").GetInt32().ShouldNotBe(100);
                json.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
                return json.Str("message");
            case Envelope.V2:
                json.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
                json.GetProperty("error").Str("code").ShouldNotBeNullOrWhiteSpace();
                return json.GetProperty("error").Str("message");
            default:
                json.TryGetProperty("data", out _).ShouldBeFalse();
                var error = json.GetProperty("error");
                error.Str("code").ShouldNotBeNullOrWhiteSpace();
                error.TryGetProperty("param", out _).ShouldBeTrue();
                error.Str("doc_url").ShouldStartWith("https://");
                return error.Str("message");
        }
    }
}
