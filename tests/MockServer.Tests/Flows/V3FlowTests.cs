using System.Net;
using System.Text.Json;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Flows;

/// <summary>HeyGen's current surface end to end: multipart asset → create → get → list → statuses → download → delete.</summary>
public sealed class V3FlowTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task Upload_create_get_download_and_delete()
    {
        using var client = _mock.CreateClient(Keys.New());
        var asset = await client.UploadV3Async(SampleMedia.Png(800, 600), "face.png", "image/png");
        asset.Str("mime_type").ShouldBe("image/png");
        asset.GetProperty("size_bytes").GetInt64().ShouldBeGreaterThan(0);

        using var created = await client.CreateV3Async(asset.Str("asset_id"), "Hello from version three.", extra: new { aspect_ratio = "9:16", resolution = "1080p" });
        var createdJson = await created.JsonAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.OK, createdJson.ToString());
        createdJson.GetProperty("data").Str("status").ShouldBe("waiting");
        createdJson.GetProperty("data").Str("output_format").ShouldBe("mp4");
        var videoId = createdJson.GetProperty("data").Str("video_id");

        var video = await client.GetV3VideoAsync(videoId);
        video.Str("status").ShouldBe("completed");
        video.Str("title").ShouldBe("test");
        video.GetProperty("completed_at").GetInt64().ShouldBeGreaterThan(0);
        var duration = video.GetProperty("duration").GetDouble();

        using var download = new HttpClient();
        var probe = await FfTools.ProbeAsync(await download.GetByteArrayAsync(video.Str("video_url")));
        probe.DurationSeconds.ShouldNotBeNull().ShouldBe(duration, 0.5);
        (probe.Video.Width, probe.Video.Height).ShouldBe((1080, 1920));

        using var deleted = await client.DeleteAsync($"v3/videos/{videoId}");
        (await deleted.JsonAsync()).GetProperty("data").GetProperty("deleted").GetBoolean().ShouldBeTrue();
        using var gone = await client.GetAsync($"v3/videos/{videoId}");
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await gone.JsonAsync()).GetProperty("error").Str("code").ShouldBe("video_not_found");
    }

    [Fact]
    public async Task List_pages_with_has_more_and_next_token_and_filters_by_title()
    {
        using var client = _mock.CreateClient(Keys.New());
        var assetId = await client.UploadV3PhotoAsync();
        var ids = new List<string>();
        foreach (var title in new[] { "alpha one", "beta", "alpha two" })
        {
            ids.Add(await client.CreateV3VideoIdAsync(assetId, title: title));
        }

        var page1 = await (await client.GetAsync("v3/videos?limit=2")).JsonAsync();
        page1.GetProperty("data").GetArrayLength().ShouldBe(2);
        page1.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        var page2 = await (await client.GetAsync($"v3/videos?limit=2&token={page1.Str("next_token")}")).JsonAsync();
        page2.GetProperty("data").GetArrayLength().ShouldBe(1);
        page2.GetProperty("has_more").GetBoolean().ShouldBeFalse();
        page2.GetProperty("next_token").ValueKind.ShouldBe(JsonValueKind.Null);

        var alphas = await (await client.GetAsync("v3/videos?title=alpha")).JsonAsync();
        alphas.GetProperty("data").EnumerateArray().Select(v => v.Str("title")).ShouldBe(["alpha two", "alpha one"]);
    }

    [Fact]
    public async Task Bulk_statuses_report_each_id_and_not_found_for_unknown_ones()
    {
        using var client = _mock.CreateClient(Keys.New());
        var assetId = await client.UploadV3PhotoAsync();
        var ok = await client.CreateV3VideoIdAsync(assetId);
        var failed = await client.CreateV3VideoIdAsync(assetId, title: "[[fail:video_too_long]]");

        var json = await (await client.GetAsync($"v3/videos/statuses?video_ids={ok},{failed},nope")).JsonAsync();
        var items = json.GetProperty("data").EnumerateArray().ToList();
        items.Select(i => i.Str("status")).ShouldBe(["completed", "failed", "not_found"]);
        items[1].GetProperty("error").Str("code").ShouldBe("video_too_long");
    }

    [Fact]
    public async Task A_failed_video_reports_failure_code_and_message()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync(), script: "Say [[fail:blocked_words]] now.");

        var video = await client.GetV3VideoAsync(videoId);
        video.Str("status").ShouldBe("failed");
        video.Str("failure_code").ShouldBe("blocked_words");
        video.Str("failure_message").ShouldNotBeNullOrWhiteSpace();
        video.GetProperty("video_url").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Voices_filter_and_page()
    {
        using var client = _mock.CreateClient(Keys.New());
        var english = await (await client.GetAsync("v3/voices?language=English&gender=male")).JsonAsync();
        english.GetProperty("data").EnumerateArray().ShouldAllBe(v => v.Str("language") == "English" && v.Str("gender") == "male");
        english.GetProperty("data").GetArrayLength().ShouldBeGreaterThan(0);

        var paged = await (await client.GetAsync("v3/voices?limit=5")).JsonAsync();
        paged.GetProperty("data").GetArrayLength().ShouldBe(5);
        paged.GetProperty("has_more").GetBoolean().ShouldBeTrue();

        var legacy = await (await client.GetAsync("v2/voices")).JsonAsync();
        var first = legacy.GetProperty("data").GetProperty("voices")[0];
        first.Str("voice_id").ShouldBe(MockApi.VoiceId);
        first.TryGetProperty("preview_audio", out _).ShouldBeTrue();
        first.TryGetProperty("emotion_support", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Base64_image_input_works_and_an_unknown_voice_is_refused()
    {
        using var client = _mock.CreateClient(Keys.New());
        var body = new
        {
            type = "image",
            image = new { type = "base64", media_type = "image/jpeg", data = Convert.ToBase64String(SampleMedia.Jpeg()) },
            script = "Inline photo.",
            voice_id = MockApi.VoiceId,
        };
        using var ok = await client.PostJsonAsync("v3/videos", body);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var unknownVoice = await client.PostJsonAsync("v3/videos", new { body.type, body.image, body.script, voice_id = "no-such-voice" });
        unknownVoice.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var error = (await unknownVoice.JsonAsync()).GetProperty("error");
        error.Str("code").ShouldBe("voice_not_found");
        error.Str("param").ShouldBe("voice_id");
    }

    [Fact]
    public async Task An_image_url_pointing_at_an_uploaded_asset_renders_that_photo()
    {
        using var client = _mock.CreateClient(Keys.New());
        var asset = await client.UploadV3Async(MockApi.SamplePhoto, "me.jpg", "image/jpeg");
        var body = new { type = "image", image = new { type = "url", url = asset.Str("url") }, script = "By URL.", voice_id = MockApi.VoiceId };
        using var created = await client.PostJsonAsync("v3/videos", body);
        var videoId = (await created.JsonAsync()).GetProperty("data").Str("video_id");

        var video = await client.GetV3VideoAsync(videoId);
        video.Str("status").ShouldBe("completed");
        using var download = new HttpClient();
        (await download.GetByteArrayAsync(video.Str("thumbnail_url")))[..2].ShouldBe(new byte[] { 0xFF, 0xD8 });
    }

    [Fact]
    public async Task An_external_image_url_cannot_be_fetched_offline_and_fails_with_download_failed()
    {
        using var client = _mock.CreateClient(Keys.New());
        var body = new { type = "image", image = new { type = "url", url = "https://example.com/me.jpg" }, script = "Far away.", voice_id = MockApi.VoiceId };
        using var created = await client.PostJsonAsync("v3/videos", body);
        var videoId = (await created.JsonAsync()).GetProperty("data").Str("video_id");
        (await client.GetV3VideoAsync(videoId)).Str("failure_code").ShouldBe("download_failed");
    }
}
