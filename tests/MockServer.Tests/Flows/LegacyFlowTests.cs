using System.Net;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Flows;

/// <summary>The original guide's legacy flow end to end: raw upload → av4 generate → status polls → MP4 download.</summary>
public sealed class LegacyFlowTests(PollsMock fixture) : IClassFixture<PollsMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task Raw_jpeg_upload_then_generate_then_polls_through_each_state_to_a_playable_mp4_of_the_job_length()
    {
        using var client = _mock.CreateClient(Keys.New());
        var asset = await client.UploadLegacyAsync(SampleMedia.Jpeg(640, 640), "image/jpeg");
        asset.Str("file_type").ShouldBe("image");
        asset.Str("image_key").ShouldBe($"image/{asset.Str("id")}/original.jpg");

        var videoId = await client.GenerateLegacyAsync(asset.Str("image_key"), "Hello from the legacy surface. This video is short.", extra: new { video_orientation = "portrait" });
        videoId.Length.ShouldBe(32);

        var first = await client.GetLegacyStatusAsync(videoId);
        first.Str("status").ShouldBe("pending");
        first.GetProperty("video_url").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await client.GetLegacyStatusAsync(videoId)).Str("status").ShouldBe("processing");
        var done = await client.GetLegacyStatusAsync(videoId);
        done.Str("status").ShouldBe("completed");
        done.GetProperty("error").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var duration = done.GetProperty("duration").GetDouble();
        duration.ShouldBeGreaterThan(1);
        using var download = new HttpClient();
        var video = await download.GetByteArrayAsync(done.Str("video_url"));
        var probe = await FfTools.ProbeAsync(video);
        probe.FormatName.ShouldContain("mp4");
        probe.DurationSeconds.ShouldNotBeNull().ShouldBe(duration, 0.5);
        (probe.Video.Width, probe.Video.Height).ShouldBe((720, 1280));

        var thumbnail = await download.GetByteArrayAsync(done.Str("thumbnail_url"));
        thumbnail[..3].ShouldBe(new byte[] { 0xFF, 0xD8, 0xFF });
    }

    [Fact]
    public async Task Videos_and_assets_are_listed_and_a_deleted_video_is_gone()
    {
        using var client = _mock.CreateClient(Keys.New());
        var imageKey = await client.UploadPhotoImageKeyAsync();
        var first = await client.GenerateLegacyAsync(imageKey, title: "first");
        var second = await client.GenerateLegacyAsync(imageKey, title: "second");

        var list = await (await client.GetAsync("v1/video.list?limit=1")).JsonAsync();
        list.GetProperty("code").GetInt32().ShouldBe(100);
        var page = list.GetProperty("data");
        page.GetProperty("videos")[0].Str("video_id").ShouldBe(second);
        page.GetProperty("videos")[0].Str("type").ShouldBe("GENERATED");
        var next = await (await client.GetAsync($"v1/video.list?limit=1&token={page.Str("token")}")).JsonAsync();
        next.GetProperty("data").GetProperty("videos")[0].Str("video_id").ShouldBe(first);

        var assets = await (await client.GetAsync("v1/asset/list")).JsonAsync();
        assets.GetProperty("data").GetProperty("assets").GetArrayLength().ShouldBe(1);

        using var deleted = await client.DeleteAsync($"v1/video.delete?video_id={first}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await deleted.JsonAsync()).GetProperty("code").GetInt32().ShouldBe(100);
        using var gone = await client.GetAsync($"v1/video_status.get?video_id={first}");
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await gone.JsonAsync()).GetProperty("code").GetInt32().ShouldBe(40031);
    }

    [Fact]
    public async Task An_asset_uploaded_on_v3_can_be_used_by_legacy_generate_and_the_video_is_visible_on_v3()
    {
        using var client = _mock.CreateClient(Keys.New());
        var assetId = await client.UploadV3PhotoAsync();
        var videoId = await client.GenerateLegacyAsync(assetId);

        var onV3 = await client.GetV3VideoAsync(videoId);
        onV3.Str("id").ShouldBe(videoId);
        onV3.Str("status").ShouldBe("pending");
    }

    [Fact]
    public async Task Another_keys_video_is_not_visible()
    {
        using var owner = _mock.CreateClient(Keys.New());
        using var stranger = _mock.CreateClient(Keys.New());
        var videoId = await owner.GenerateLegacyAsync(await owner.UploadPhotoImageKeyAsync());

        using var response = await stranger.GetAsync($"v1/video_status.get?video_id={videoId}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
