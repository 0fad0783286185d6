using System.Net;
using System.Text.Json;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Avatars;

/// <summary>Issue 9 point 1: <c>type:"avatar"</c> videos — default voice, engines checked against the look, prices by look type, the look's face.</summary>
public sealed class AvatarVideoTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    private const string StudioLook = "Aria_office_front";
    private const string TwinLook = "3b8e0f6a1c2d4e5f9a0b1c2d3e4f5a6b";
    private const string PhotoLook = "9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b";
    private const string PhotoLookIvOnly = "6f5e4d3c2b1a4f0e9d8c7b6a5f4e3d2c";

    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task An_avatar_video_without_voice_id_speaks_with_the_looks_default_voice_and_shows_its_face()
    {
        using var client = _mock.CreateClient(Keys.New());
        var look = (await (await client.GetAsync($"v3/avatars/looks/{PhotoLook}")).JsonAsync()).GetProperty("data");

        using var created = await client.PostJsonAsync("v3/videos", new { type = "avatar", avatar_id = PhotoLook, script = "Hello from a look.", title = "look video", aspect_ratio = "auto" });
        var json = await created.JsonAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        var videoId = json.GetProperty("data").Str("video_id");

        var detail = await (await _mock.Admin.GetAsync($"_mock/jobs/{videoId}/detail")).Content.ReadAsStringAsync();
        detail.ShouldContain(look.Str("default_voice_id"));

        var video = await client.GetV3VideoAsync(videoId);
        video.Str("status").ShouldBe("completed");
        using var download = new HttpClient();
        var thumbnail = await download.GetByteArrayAsync(video.Str("thumbnail_url"));
        var preview = await download.GetByteArrayAsync(look.Str("preview_image_url"));
        var thumbProbe = await FfTools.ProbeAsync(thumbnail, ".jpg");
        // The look's 768x1024 preview, shrunk to the 720 px thumbnail edge: the video's face is the look's image.
        (thumbProbe.Video.Width, thumbProbe.Video.Height).ShouldBe((540, 720));
        preview.Length.ShouldBeGreaterThan(1000);
        var mp4 = await FfTools.ProbeAsync(await download.GetByteArrayAsync(video.Str("video_url")));
        (mp4.Video.Width, mp4.Video.Height).ShouldBe((720, 960));
    }

    [Theory]
    [InlineData(StudioLook, "avatar_iv", 1.34)]   // studio: 0.1334 credit/s ($0.0667/s)
    [InlineData(TwinLook, "avatar_v", 1.34)]      // twin: same rate
    [InlineData(PhotoLook, "avatar_iv", 1.00)]    // photo: 0.1 credit/s ($0.05/s)
    [InlineData(PhotoLook, "avatar_iii", 1.00)]
    public async Task Engines_the_look_supports_are_accepted_and_priced_by_look_type(string lookId, string engine, double tenSecondCost)
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var audio = (await client.UploadV3Async(SampleMedia.Wav(10), "ten.wav", "audio/wav")).Str("asset_id");
        await _mock.SetBalanceAsync(key, 100);
        using var response = await client.PostJsonAsync("v3/videos", new { type = "avatar", avatar_id = lookId, engine = new { type = engine }, audio_asset_id = audio });
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        (100 - (await _mock.LedgerAsync(key)).Balance).ShouldBe((decimal)tenSecondCost);
    }

    public static TheoryData<string, object, string> Refusals => new()
    {
        { "engine not supported by the look", new { type = "avatar", avatar_id = StudioLook, script = "Hi.", engine = new { type = "avatar_v" } }, "engine.type" },
        { "avatar_v not on this photo look", new { type = "avatar", avatar_id = PhotoLookIvOnly, script = "Hi.", engine = new { type = "avatar_iii" } }, "engine.type" },
        { "unknown engine", new { type = "avatar", avatar_id = PhotoLook, script = "Hi.", engine = new { type = "avatar_x" } }, "engine.type" },
        { "avatar_iii photo look at 4k", new { type = "avatar", avatar_id = PhotoLook, script = "Hi.", engine = new { type = "avatar_iii" }, resolution = "4k" }, "resolution" },
        { "expressiveness on a twin", new { type = "avatar", avatar_id = TwinLook, script = "Hi.", expressiveness = "high" }, "expressiveness" },
        { "expressiveness with avatar_iii", new { type = "avatar", avatar_id = PhotoLook, script = "Hi.", expressiveness = "high", engine = new { type = "avatar_iii" } }, "expressiveness" },
        { "motion prompt on a studio look with IV", new { type = "avatar", avatar_id = StudioLook, script = "Hi.", motion_prompt = "wave" }, "motion_prompt" },
        { "motion prompt with avatar_iii", new { type = "avatar", avatar_id = PhotoLook, script = "Hi.", motion_prompt = "wave", engine = new { type = "avatar_iii" } }, "motion_prompt" },
        { "reference look that is no instant avatar", new { type = "avatar", avatar_id = TwinLook, script = "Hi.", engine = new { type = "avatar_v", reference_look_id = PhotoLook } }, "engine.reference_look_id" },
        { "missing avatar_id", new { type = "avatar", script = "Hi." }, "avatar_id" },
        { "engine other than IV for a photo", new { type = "image", image = new { type = "url", url = "https://example.com/a.jpg" }, script = "Hi.", voice_id = MockApi.VoiceId, engine = new { type = "avatar_iii" } }, "engine" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Combinations_the_schema_forbids_are_refused_naming_the_field_and_charge_nothing(string why, object body, string param)
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        using var response = await client.PostJsonAsync("v3/videos", body);
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"{why}: {json}");
        json.GetProperty("error").Str("code").ShouldBe("invalid_parameter");
        json.GetProperty("error").Str("param").ShouldBe(param, why);
        (await _mock.AdminClient.GetStateAsync()).Jobs.ShouldNotContain(j => j.OwnerKeyId == AvatarIV.Mock.Client.MockKeyId.From(key));
    }

    [Fact]
    public async Task Motion_prompt_is_fine_for_photo_looks_and_for_twins_on_avatar_v()
    {
        using var client = _mock.CreateClient(Keys.New());
        foreach (var body in new object[]
        {
            new { type = "avatar", avatar_id = PhotoLook, script = "Hi.", motion_prompt = "nod", expressiveness = "high" },
            new { type = "avatar", avatar_id = TwinLook, script = "Hi.", motion_prompt = "nod", engine = new { type = "avatar_v" } },
        })
        {
            using var response = await client.PostJsonAsync("v3/videos", body);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, (await response.JsonAsync()).ToString());
        }
    }

    [Fact]
    public async Task An_unknown_look_is_avatar_not_found_in_heygens_words()
    {
        using var client = _mock.CreateClient(Keys.New());
        using var response = await client.PostJsonAsync("v3/videos", new { type = "avatar", avatar_id = "no_such_look", script = "Hi.", voice_id = MockApi.VoiceId });
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var error = (await response.JsonAsync()).GetProperty("error");
        error.Str("code").ShouldBe("avatar_not_found");
        error.Str("param").ShouldBe("avatar_id");
        error.Str("message").ShouldContain("no_such_look");
    }
}
