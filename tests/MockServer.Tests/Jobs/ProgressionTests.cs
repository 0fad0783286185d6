using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Jobs;

/// <summary>Every progression mode, per server and per job, driven by reads, admin calls or the mock's clock (no sleeps).</summary>
public sealed class ProgressionTests(TimeMock fixture) : IClassFixture<TimeMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task Time_mode_renders_for_the_videos_length_divided_by_render_speed()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        var video = await client.GetV3VideoAsync(videoId);
        video.Str("status").ShouldBe("processing");
        var duration = (await _mock.AdminJobAsync(videoId)).GetProperty("duration_seconds").GetDouble();

        await AdvanceClockAsync(duration / 2);
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBe("processing");
        await AdvanceClockAsync(duration / 2 + 0.1);
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBe("completed");
    }

    [Fact]
    public async Task Time_mode_jobs_finish_without_anyone_polling()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        await AdvanceClockAsync(3600);

        // The admin view does not count as a status read; the clock advance itself finished the job.
        (await _mock.AdminJobAsync(videoId)).Str("status").ShouldBe("completed");
    }

    [Fact]
    public async Task Immediate_per_job_header_completes_at_once()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync(), mode: "immediate");
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBe("completed");
    }

    [Theory]
    [InlineData(1, new[] { "completed" })]
    [InlineData(2, new[] { "pending", "completed" })]
    [InlineData(4, new[] { "pending", "processing", "processing", "completed", "completed" })]
    public async Task Polls_mode_counts_status_reads(int polls, string[] expected)
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync(), mode: $"polls:{polls}");
        var seen = new List<string>();
        for (var i = 0; i < expected.Length; i++)
        {
            seen.Add((await client.GetLegacyStatusAsync(videoId)).Str("status"));
        }

        seen.ShouldBe(expected);
    }

    [Fact]
    public async Task Lists_do_not_count_as_status_reads_but_bulk_status_entries_do()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync(), mode: "polls:2");
        await client.GetAsync("v3/videos");
        await client.GetAsync("v1/video.list");
        var bulk = await (await client.GetAsync($"v3/videos/statuses?video_ids={videoId}")).JsonAsync();
        bulk.GetProperty("data")[0].Str("status").ShouldBe("queued");
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBe("completed");
    }

    [Fact]
    public async Task Manual_mode_moves_only_on_admin_advance()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync(), mode: "manual");
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBe("pending");
        await AdvanceClockAsync(3600);
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBe("pending");

        (await (await _mock.Admin.PostAsync($"_mock/jobs/{videoId}/advance", null)).JsonAsync()).Str("status").ShouldBe("processing");
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBe("processing");
        await _mock.Admin.PostAsync($"_mock/jobs/{videoId}/advance", null);
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBe("completed");
    }

    [Fact]
    public async Task Admin_can_fail_a_job_with_a_chosen_code_and_change_a_jobs_mode()
    {
        using var client = _mock.CreateClient(Keys.New());
        var assetId = await client.UploadV3PhotoAsync();
        var toFail = await client.CreateV3VideoIdAsync(assetId, mode: "manual");
        using var failed = await _mock.Admin.PostAsync($"_mock/jobs/{toFail}/fail", HttpJson.Json(new { code = "download_failed", message = "gone" }));
        failed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var video = await client.GetV3VideoAsync(toFail);
        (video.Str("status"), video.Str("failure_code"), video.Str("failure_message")).ShouldBe(("failed", "download_failed", "gone"));

        var switched = await client.CreateV3VideoIdAsync(assetId, mode: "manual");
        using var put = await _mock.Admin.PutAsync($"_mock/jobs/{switched}/progression", HttpJson.Json(new { mode = "polls:1" }));
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetV3VideoAsync(switched)).Str("status").ShouldBe("completed");

        using var badCode = await _mock.Admin.PostAsync($"_mock/jobs/{switched}/fail", HttpJson.Json(new { code = "nonsense" }));
        badCode.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badCode.JsonAsync()).GetProperty("error").Str("message").ShouldContain("video_too_long");
    }

    [Fact]
    public async Task A_marker_makes_the_job_fail_after_its_normal_progression()
    {
        using var client = _mock.CreateClient(Keys.New());
        var videoId = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync(), title: "demo [[fail:video_too_long]]", mode: "polls:2");
        (await client.GetLegacyStatusAsync(videoId)).Str("status").ShouldBe("pending");
        var failed = await client.GetLegacyStatusAsync(videoId);
        failed.Str("status").ShouldBe("failed");
        failed.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(40119);
        failed.GetProperty("error").Str("detail").ShouldBe("video_too_long");
    }

    private async Task AdvanceClockAsync(double seconds)
    {
        using var response = await _mock.Admin.PostAsync("_mock/clock", HttpJson.Json(new { advance_seconds = seconds }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
