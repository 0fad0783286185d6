using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Persistence;

/// <summary>
/// Issue 10 §1: with --state-dir a restarted mock carries on where the last one stopped — jobs, their progression,
/// the clock, ledgers, assets, idempotency answers and signed links. Each test stops the mock and starts another on
/// the same directory, and talks to both over HTTP.
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_client_waiting_on_time_mode_videos_gets_every_one_after_a_restart()
    {
        // Render speed 0.01: a few seconds of video take minutes of the mock's clock, so real time passing under a
        // loaded machine never finishes them early; the admin clock does.
        using var dir = new StateDirectory();
        var key = Keys.New();
        List<string> videoIds = [];
        double offsetBefore;
        await using (var first = await StartAsync(dir, "--progression", "time", "--render-speed", "0.01"))
        {
            using var client = first.CreateClient(key);
            var assetId = await client.UploadV3PhotoAsync();
            for (var i = 0; i < 3; i++)
            {
                videoIds.Add(await client.CreateV3VideoIdAsync(assetId, title: $"video {i}"));
            }

            await AdvanceClockAsync(first, 1);
            offsetBefore = await ClockOffsetAsync(first);
            foreach (var id in videoIds)
            {
                (await client.GetV3VideoAsync(id)).Str("status").ShouldBe("processing");
            }
        }

        await using var second = await StartAsync(dir, "--progression", "time", "--render-speed", "0.01");
        (await ClockOffsetAsync(second)).ShouldBe(offsetBefore);
        using var again = second.CreateClient(key);
        (await again.GetV3VideoAsync(videoIds[0])).Str("status").ShouldBe("processing");
        await AdvanceClockAsync(second, 3600);
        foreach (var id in videoIds)
        {
            var video = await again.GetV3VideoAsync(id);
            video.Str("status").ShouldBe("completed");
            using var download = await again.GetAsync(video.Str("video_url"));
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_reused_idempotency_key_replays_the_first_answer_and_balances_are_exact_after_a_restart()
    {
        using var dir = new StateDirectory();
        var key = Keys.New();
        string firstAnswer;
        string assetId;
        (decimal Balance, decimal Reserved) ledgerBefore;
        await using (var first = await StartAsync(dir, "--progression", "manual"))
        {
            using var client = first.CreateClient(key);
            assetId = await client.UploadV3PhotoAsync();
            firstAnswer = await CreateWithIdempotencyKeyAsync(client, assetId, "order-42");
            ledgerBefore = await first.LedgerAsync(key);
            ledgerBefore.Reserved.ShouldBeGreaterThan(0);
        }

        await using var second = await StartAsync(dir, "--progression", "manual");
        using var again = second.CreateClient(key);
        (await CreateWithIdempotencyKeyAsync(again, assetId, "order-42")).ShouldBe(firstAnswer);
        (await second.LedgerAsync(key)).ShouldBe(ledgerBefore);

        // The job kept its reservation: completing it settles exactly that amount.
        using var jobs = await second.Admin.GetAsync("_mock/jobs");
        var job = (await jobs.JsonAsync()).EnumerateArray().Single(j => j.Str("id") == System.Text.Json.JsonDocument.Parse(firstAnswer).RootElement.GetProperty("data").Str("video_id"));
        (await second.Admin.PostAsync($"_mock/jobs/{job.Str("id")}/complete", null)).EnsureSuccessStatusCode();
        (await second.LedgerAsync(key)).ShouldBe((ledgerBefore.Balance, 0m));
    }

    [Fact]
    public async Task Links_minted_before_a_restart_still_work_and_uploads_and_polls_progress_carry_on()
    {
        using var dir = new StateDirectory();
        var key = Keys.New();
        string videoUrl, assetUrl, pollsVideo;
        await using (var first = await StartAsync(dir, "--progression", "immediate"))
        {
            using var client = first.CreateClient(key);
            var upload = await client.UploadV3Async(MockApi.SamplePhoto, "me.jpg", "image/jpeg");
            assetUrl = upload.Str("url");
            var videoId = await client.CreateV3VideoIdAsync(upload.Str("asset_id"));
            videoUrl = (await client.GetV3VideoAsync(videoId)).Str("video_url");
            pollsVideo = await client.CreateV3VideoIdAsync(upload.Str("asset_id"), mode: "polls:3");
            (await client.GetV3VideoAsync(pollsVideo)).Str("status").ShouldBe("pending");
            (await client.GetByteArrayAsync(videoUrl)).Length.ShouldBeGreaterThan(0);
        }

        await using var second = await StartAsync(dir, "--progression", "immediate");
        using var again = second.CreateClient(key);
        (await again.GetByteArrayAsync(Rebase(videoUrl, second))).Length.ShouldBeGreaterThan(0);
        (await again.GetByteArrayAsync(Rebase(assetUrl, second))).ShouldBe(MockApi.SamplePhoto);
        (await again.GetV3VideoAsync(pollsVideo)).Str("status").ShouldBe("processing");
        (await again.GetV3VideoAsync(pollsVideo)).Str("status").ShouldBe("completed");
    }

    [Fact]
    public async Task With_a_seed_a_restarted_mock_never_reissues_an_id_it_stored()
    {
        using var dir = new StateDirectory();
        var key = Keys.New();
        string firstAsset;
        await using (var first = await StartAsync(dir, "--seed", "7"))
        {
            using var client = first.CreateClient(key);
            firstAsset = await client.UploadV3PhotoAsync();
        }

        await using var second = await StartAsync(dir, "--seed", "7");
        using var again = second.CreateClient(key);
        var secondAsset = await again.UploadV3PhotoAsync();
        secondAsset.ShouldNotBe(firstAsset);
        var state = await (await second.Admin.GetAsync("_mock/state")).JsonAsync();
        state.GetProperty("assets").EnumerateArray().Select(a => a.Str("id")).ShouldBe([firstAsset, secondAsset]);
    }

    [Fact]
    public async Task Reset_clears_the_store_too()
    {
        using var dir = new StateDirectory();
        var key = Keys.New();
        await using (var first = await StartAsync(dir, "--progression", "immediate"))
        {
            using var client = first.CreateClient(key);
            await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
            await AdvanceClockAsync(first, 60);
            (await first.Admin.PostAsync("_mock/reset", null)).EnsureSuccessStatusCode();
        }

        await using var second = await StartAsync(dir, "--progression", "immediate");
        var state = await (await second.Admin.GetAsync("_mock/state")).JsonAsync();
        state.GetProperty("jobs").GetArrayLength().ShouldBe(0);
        state.GetProperty("assets").GetArrayLength().ShouldBe(0);
        state.GetProperty("ledgers").GetArrayLength().ShouldBe(0);
        (await ClockOffsetAsync(second)).ShouldBe(0);
        Directory.EnumerateFiles(Path.Combine(dir.Path, "blobs")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_the_flag_nothing_is_written()
    {
        using var dir = new StateDirectory();
        await using var mock = await RunningMock.StartAsync("--progression", "immediate");
        using var client = mock.CreateClient(Keys.New());
        await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        Directory.Exists(dir.Path).ShouldBeFalse();
        File.Exists(Path.Combine(AppContext.BaseDirectory, "mock.db")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_store_from_a_newer_mock_is_refused_with_its_version_named()
    {
        using var dir = new StateDirectory();
        Directory.CreateDirectory(dir.Path);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={dir.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var error = await Should.ThrowAsync<AvatarIV.MockServer.Hosting.MockOptionsException>(() => StartAsync(dir));
        error.Message.ShouldContain("schema version 99");
        error.Message.ShouldContain(dir.Database);
    }

    private static Task<RunningMock> StartAsync(StateDirectory dir, params string[] flags) =>
        RunningMock.StartAsync([.. flags, "--state-dir", dir.Path]);

    private static string Rebase(string url, RunningMock mock)
    {
        var uri = new Uri(url);
        return new Uri(mock.BaseUri, uri.PathAndQuery.TrimStart('/')).ToString();
    }

    private static async Task<string> CreateWithIdempotencyKeyAsync(HttpClient client, string assetId, string idempotencyKey)
    {
        var body = new { type = "image", image = new { type = "asset_id", asset_id = assetId }, script = "Hello there.", voice_id = MockApi.VoiceId };
        using var response = await client.PostJsonAsync("v3/videos", body, ("Idempotency-Key", idempotencyKey));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task AdvanceClockAsync(RunningMock mock, double seconds) =>
        (await mock.Admin.PostAsync("_mock/clock", HttpJson.Json(new { advance_seconds = seconds }))).EnsureSuccessStatusCode();

    private static async Task<double> ClockOffsetAsync(RunningMock mock) =>
        (await (await mock.Admin.GetAsync("_mock/clock")).JsonAsync()).GetProperty("offset_seconds").GetDouble();
}
