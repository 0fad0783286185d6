using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Flows;

/// <summary>The original guide's five steps (docs/mock-server.md, "The guide's examples, offline"), sent exactly as its curl commands send them.</summary>
public sealed class GuideExamplesTests(PollsMock fixture) : IClassFixture<PollsMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task Guide_steps_one_to_five_with_a_script_and_with_audio()
    {
        using var client = _mock.CreateClient(Keys.New());

        // 1. curl -X POST "$BASE/v2/photo_avatar/upload" -H "X-Api-Key: $KEY" -F "file=@avatar.jpg"
        using var upload = await client.PostAsync("v2/photo_avatar/upload", HttpJson.FilePart(SampleMedia.Jpeg(), "avatar.jpg", "image/jpeg"));
        var uploaded = await upload.JsonAsync();
        upload.StatusCode.ShouldBe(HttpStatusCode.OK, uploaded.ToString());
        uploaded.GetProperty("error").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var imageKey = uploaded.GetProperty("data").Str("image_key");

        // 2. curl "$BASE/v2/voices" -H "X-Api-Key: $KEY"
        var voices = await (await client.GetAsync("v2/voices")).JsonAsync();
        var voiceId = voices.GetProperty("data").GetProperty("voices")[0].Str("voice_id");

        // 3. generate from a script, with the guide's motion prompt fields.
        using var fromScript = await client.PostAsync("v2/video/av4/generate", HttpJson.Json(
            $$"""{"image_key":"{{imageKey}}","video_title":"My Music Video","script":"Singing lyrics go here...","voice_id":"{{voiceId}}","custom_motion_prompt":"Holds microphone, sways to rhythm, gestures during chorus","enhance_custom_motion_prompt":true}"""));
        var scriptVideo = await fromScript.JsonAsync();
        fromScript.StatusCode.ShouldBe(HttpStatusCode.OK, scriptVideo.ToString());
        var scriptVideoId = scriptVideo.GetProperty("data").Str("video_id");

        // 4. generate from audio: same body plus audio_url (a WAV the mock serves itself) and the guide's quality field.
        var audio = await client.UploadLegacyAsync(SampleMedia.Wav(4.0), "audio/wav");
        using var fromAudio = await client.PostAsync("v2/video/av4/generate", HttpJson.Json(
            $$"""{"image_key":"{{imageKey}}","video_title":"Audio video","script":"placeholder","voice_id":"{{voiceId}}","audio_url":"{{audio.Str("url")}}","quality":"higher_quality"}"""));
        var audioVideo = await fromAudio.JsonAsync();
        fromAudio.StatusCode.ShouldBe(HttpStatusCode.OK, audioVideo.ToString());
        var audioVideoId = audioVideo.GetProperty("data").Str("video_id");
        (await _mock.AdminJobAsync(audioVideoId)).Str("quality").ShouldBe("higher_quality");

        // 5. poll curl "$BASE/v2/video/av4/<video_id>/status" until completed.
        foreach (var videoId in new[] { scriptVideoId, audioVideoId })
        {
            var statuses = new List<string>();
            System.Text.Json.JsonElement data;
            do
            {
                var status = await (await client.GetAsync($"v2/video/av4/{videoId}/status")).JsonAsync();
                data = status.GetProperty("data");
                statuses.Add(data.Str("status"));
            }
            while (data.Str("status") is not ("completed" or "failed") && statuses.Count < 10);

            statuses.ShouldBe(["pending", "processing", "completed"]);
            data.Str("video_url").ShouldStartWith(_mock.BaseUri.ToString().TrimEnd('/'));
            data.Str("thumbnail_url").ShouldContain("Signature=");
        }

        var audioDone = await client.GetLegacyStatusAsync(audioVideoId);
        audioDone.GetProperty("duration").GetDouble().ShouldBe(4.0, 0.05);
    }
}
