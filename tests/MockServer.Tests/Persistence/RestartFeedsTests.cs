using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;
using MockServer.Tests.Webhooks;

namespace MockServer.Tests.Persistence;

/// <summary>Issue 10 §3: what a full store must not keep forever (expired idempotency answers) and what it must keep (the events feed).</summary>
public sealed class RestartFeedsTests
{
    [Fact]
    public async Task An_idempotency_answer_older_than_24_hours_is_deleted_from_the_store_and_the_key_creates_afresh_after_a_restart()
    {
        using var dir = new StateDirectory();
        var key = Keys.New();
        string assetId, firstAnswer;
        await using (var first = await StartAsync(dir))
        {
            using var client = first.CreateClient(key);
            assetId = await client.UploadV3PhotoAsync();
            firstAnswer = await CreateAsync(client, assetId, "order-7");
            StoredAnswers(dir).ShouldBe(1);

            (await first.Admin.PostAsync("_mock/clock", HttpJson.Json(new { advance_seconds = 25 * 3600 }))).EnsureSuccessStatusCode();
            (await client.GetAsync("v3/users/me")).EnsureSuccessStatusCode(); // any request lets retention sweep
            StoredAnswers(dir).ShouldBe(0);
        }

        await using var second = await StartAsync(dir);
        using var again = second.CreateClient(key);
        (await CreateAsync(again, assetId, "order-7")).ShouldNotBe(firstAnswer);
    }

    [Fact]
    public async Task The_webhook_events_feed_lists_the_same_events_after_a_restart()
    {
        using var dir = new StateDirectory();
        var key = Keys.New();
        string before;
        await using (var first = await StartAsync(dir))
        {
            using var client = first.CreateClient(key);
            await client.FinishV3VideoAsync();
            await client.FinishV3VideoAsync();
            before = (await (await client.GetAsync("v3/webhooks/events")).JsonAsync()).GetProperty("data").ToString();
            before.ShouldContain("avatar_video.success");
        }

        await using var second = await StartAsync(dir);
        using var again = second.CreateClient(key);
        var after = (await (await again.GetAsync("v3/webhooks/events")).JsonAsync()).GetProperty("data");
        after.GetArrayLength().ShouldBe(2);
        after.ToString().ShouldBe(before);
    }

    private static Task<RunningMock> StartAsync(StateDirectory dir) =>
        RunningMock.StartAsync("--progression", "immediate", "--state-dir", dir.Path);

    private static async Task<string> CreateAsync(HttpClient client, string assetId, string idempotencyKey)
    {
        var body = new { type = "image", image = new { type = "asset_id", asset_id = assetId }, script = "Hello there.", voice_id = MockApi.VoiceId };
        using var response = await client.PostJsonAsync("v3/videos", body, ("Idempotency-Key", idempotencyKey));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static long StoredAnswers(StateDirectory dir)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={dir.Database};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM idempotency";
        return (long)command.ExecuteScalar()!;
    }
}
