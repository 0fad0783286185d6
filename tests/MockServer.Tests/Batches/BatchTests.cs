using System.Net;
using System.Text.Json;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;
using MockServer.Tests.Persistence;
using MockServer.Tests.Webhooks;

namespace MockServer.Tests.Batches;

/// <summary>Issue 9 point 2: batches — all or none, per-item refusals, paging inside data, one callback and batch.finished, bulk statuses by batch.</summary>
public sealed class BatchTests(ManualMock fixture) : IClassFixture<ManualMock>, IAsyncLifetime
{
    private const string Look = "Aria_office_front";

    private readonly RunningMock _mock = fixture.Mock;

    public Task InitializeAsync() => _mock.UseFastRetriesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_batch_creates_every_video_and_pages_its_items_inside_data()
    {
        using var client = _mock.CreateClient(Keys.New());
        var photo = await client.UploadV3PhotoAsync();
        var batch = await CreateAsync(client, new
        {
            title = "Launch batch",
            videos = new object[]
            {
                new { type = "avatar", avatar_id = Look, script = "First." },
                new { type = "image", image = new { type = "asset_id", asset_id = photo }, script = "Second.", voice_id = MockApi.VoiceId },
                new { type = "avatar", avatar_id = Look, script = "Third.", caption = new { style = "default" } },
            },
        });
        batch.Str("batch_id").ShouldNotBeNullOrEmpty();
        batch.Str("title").ShouldBe("Launch batch");
        batch.GetProperty("total_items").GetInt32().ShouldBe(3);
        batch.Str("status").ShouldBe("processing");
        batch.GetProperty("created_at").GetInt64().ShouldBeGreaterThan(0);
        var items = batch.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("item_index").GetInt32()).ShouldBe([0, 1, 2]);
        items.ShouldAllBe(i => i.GetProperty("video_id").GetString()!.Length == 32 && i.GetProperty("status").GetString() == "queued");

        var page = await GetAsync(client, $"v3/videos/batches/{batch.Str("batch_id")}?limit=2");
        page.GetProperty("items").GetArrayLength().ShouldBe(2);
        page.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        var rest = await GetAsync(client, $"v3/videos/batches/{batch.Str("batch_id")}?limit=2&token={page.Str("next_token")}");
        rest.GetProperty("items").EnumerateArray().Single().GetProperty("item_index").GetInt32().ShouldBe(2);
        rest.GetProperty("has_more").GetBoolean().ShouldBeFalse();

        var videoId = items[1].Str("video_id");
        (await client.GetV3VideoAsync(videoId)).Str("status").ShouldBe("pending");
        await _mock.Admin.PostAsync($"_mock/jobs/{items[0].Str("video_id")}/complete", null);
        await _mock.Admin.PostAsync($"_mock/jobs/{videoId}/fail", HttpJson.Json(new { code = "blocked_words" }));
        var now = await GetAsync(client, $"v3/videos/batches/{batch.Str("batch_id")}");
        var counts = now.GetProperty("counts_by_status");
        (counts.GetProperty("completed").GetInt32(), counts.GetProperty("failed").GetInt32(), counts.GetProperty("queued").GetInt32() + counts.GetProperty("processing").GetInt32()).ShouldBe((1, 1, 1));
        var failed = now.GetProperty("items")[1];
        (failed.Str("status"), failed.GetProperty("error").Str("code")).ShouldBe(("failed", "blocked_words"));
    }

    [Fact]
    public async Task One_invalid_video_refuses_the_whole_batch_naming_each_failing_item_and_charges_nothing()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        using var response = await client.PostJsonAsync("v3/videos/batches", new
        {
            videos = new object[]
            {
                new { type = "avatar", avatar_id = Look, script = "Fine." },
                new { type = "avatar", avatar_id = "no_such_look", script = "Unknown look." },
                new { type = "image", image = new { type = "url", url = "https://example.com/a.jpg" }, script = "No voice." },
                new { type = "avatar", avatar_id = Look, script = "Also fine." },
            },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await response.JsonAsync()).GetProperty("error");
        (error.Str("code"), error.Str("param")).ShouldBe(("invalid_parameter", "videos"));
        error.Str("message").ShouldContain("2 of 4");
        var refused = error.GetProperty("items").EnumerateArray().ToList();
        refused.Select(i => (i.GetProperty("item_index").GetInt32(), i.Str("code"), i.Str("param"))).ShouldBe([(1, "avatar_not_found", "avatar_id"), (2, "invalid_parameter", "voice_id")]);
        (await _mock.AdminClient.GetStateAsync()).Jobs.ShouldNotContain(j => j.OwnerKeyId == AvatarIV.Mock.Client.MockKeyId.From(key));
    }

    [Theory]
    [InlineData("""{}""", "required")]
    [InlineData("""{"videos":[]}""", "1 to 100")]
    [InlineData("""{"videos":{"type":"avatar"}}""", "array")]
    [InlineData("""{"videos":["x"]}""", "videos[0]")]
    public async Task A_malformed_videos_list_is_refused(string body, string mentions)
    {
        using var client = _mock.CreateClient(Keys.New());
        using var response = await client.PostAsync("v3/videos/batches", HttpJson.Json(body));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await response.JsonAsync()).GetProperty("error");
        error.Str("param").ShouldBe("videos");
        error.Str("message").ShouldContain(mentions);
    }

    [Fact]
    public async Task A_hundred_and_one_videos_are_too_many_and_a_hundred_wait_for_slots_instead_of_429()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var video = new { type = "avatar", avatar_id = Look, script = "Hi." };
        using var tooMany = await client.PostJsonAsync("v3/videos/batches", new { videos = Enumerable.Repeat(video, 101).ToArray() });
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await _mock.SetBalanceAsync(key, 1000);
        var batch = await CreateAsync(client, new { videos = Enumerable.Repeat(video, 100).ToArray() });
        batch.GetProperty("total_items").GetInt32().ShouldBe(100);
        var jobs = await _mock.AdminClient.ListJobsOfAsync(key);
        jobs.Count.ShouldBe(100);
        jobs.Count(j => j.Status == "waiting").ShouldBe(90, "10 v3 render slots; the rest wait");
    }

    [Fact]
    public async Task Not_enough_credit_for_all_refuses_the_batch_with_402_and_creates_none()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        await _mock.SetBalanceAsync(key, 0.5m);
        using var response = await client.PostJsonAsync("v3/videos/batches", new { videos = Enumerable.Repeat(new { type = "avatar", avatar_id = Look, script = "A few words to say here." }, 5).ToArray() });
        response.StatusCode.ShouldBe(HttpStatusCode.PaymentRequired);
        (await _mock.AdminClient.ListJobsOfAsync(key)).ShouldBeEmpty();
        (await _mock.LedgerAsync(key)).Balance.ShouldBe(0.5m);
    }

    [Fact]
    public async Task The_callback_and_batch_finished_come_once_when_the_last_video_ends()
    {
        await using var endpoint = await WebhookReceiver.StartAsync();
        await using var callback = await WebhookReceiver.StartAsync();
        using var client = _mock.CreateClient(Keys.New());
        await client.AddV3EndpointAsync(endpoint.Url, "batch.finished");
        var batch = await CreateAsync(client, new
        {
            title = "Two",
            callback_url = callback.Url,
            videos = new object[] { new { type = "avatar", avatar_id = Look, script = "One." }, new { type = "avatar", avatar_id = Look, script = "Two." } },
        });
        var ids = batch.GetProperty("items").EnumerateArray().Select(i => i.Str("video_id")).ToList();

        await _mock.Admin.PostAsync($"_mock/jobs/{ids[0]}/complete", null);
        (await GetAsync(client, $"v3/videos/batches/{batch.Str("batch_id")}")).Str("status").ShouldBe("processing");
        await _mock.Admin.PostAsync($"_mock/jobs/{ids[1]}/fail", null);

        var finished = await endpoint.NextAsync();
        finished.EventType.ShouldBe("batch.finished");
        finished.Data.Str("batch_id").ShouldBe(batch.Str("batch_id"));
        finished.Data.Str("status").ShouldBe("completed");
        finished.Data.GetProperty("total_items").GetInt32().ShouldBe(2);
        (finished.Data.GetProperty("counts_by_status").GetProperty("completed").GetInt32(), finished.Data.GetProperty("counts_by_status").GetProperty("failed").GetInt32()).ShouldBe((1, 1));

        var called = await callback.NextAsync();
        called.EventType.ShouldBe("batch.finished");
        called.Json.Str("event_id").ShouldBe(finished.Json.Str("event_id"));
        await _mock.Admin.PostAsync($"_mock/jobs/{ids[1]}/complete", null); // terminal already: nothing changes, nothing is sent again
        var events = (await (await client.GetAsync($"v3/webhooks/events?event_type=batch.finished&entity_id={batch.Str("batch_id")}")).JsonAsync()).GetProperty("data");
        events.GetArrayLength().ShouldBe(1);
        (await GetAsync(client, $"v3/videos/batches/{batch.Str("batch_id")}")).Str("status").ShouldBe("completed");
    }

    [Fact]
    public async Task Deleting_the_last_unfinished_video_still_finishes_the_batch_once_without_a_video_event()
    {
        await using var endpoint = await WebhookReceiver.StartAsync();
        using var client = _mock.CreateClient(Keys.New());
        await client.AddV3EndpointAsync(endpoint.Url, "batch.finished");
        var batch = await CreateAsync(client, new
        {
            videos = new object[] { new { type = "avatar", avatar_id = Look, script = "Kept." }, new { type = "avatar", avatar_id = Look, script = "Deleted." } },
        });
        var batchId = batch.Str("batch_id");
        var ids = batch.GetProperty("items").EnumerateArray().Select(i => i.Str("video_id")).ToList();

        await _mock.Admin.PostAsync($"_mock/jobs/{ids[0]}/complete", null);
        (await client.DeleteAsync($"v3/videos/{ids[1]}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var finished = await endpoint.NextAsync();
        finished.EventType.ShouldBe("batch.finished");
        finished.Data.Str("batch_id").ShouldBe(batchId);
        (finished.Data.GetProperty("counts_by_status").GetProperty("completed").GetInt32(), finished.Data.GetProperty("counts_by_status").GetProperty("failed").GetInt32()).ShouldBe((1, 1));
        var fails = (await (await client.GetAsync("v3/webhooks/events?event_type=avatar_video.fail")).JsonAsync()).GetProperty("data");
        fails.EnumerateArray().ShouldNotContain(e => e.GetProperty("event_data").Str("video_id") == ids[1]);
        var item = (await GetAsync(client, $"v3/videos/batches/{batchId}")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item_index").GetInt32() == 1);
        item.Str("status").ShouldBe("failed");
        item.GetProperty("error").Str("code").ShouldBe("video_not_found");
    }

    [Fact]
    public async Task Bulk_statuses_expand_batches_alone_or_beside_video_ids()
    {
        using var client = _mock.CreateClient(Keys.New());
        var batch = await CreateAsync(client, new { videos = new object[] { new { type = "avatar", avatar_id = Look, script = "One." }, new { type = "avatar", avatar_id = Look, script = "Two." } } });
        var batchId = batch.Str("batch_id");
        var single = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());

        var alone = await StatusesAsync(client, $"batch_ids={batchId}");
        alone.Select(e => (e.Str("batch_id"), e.GetProperty("item_index").GetInt32(), e.Str("status"))).ShouldBe([(batchId, 0, "queued"), (batchId, 1, "queued")]);

        var both = await StatusesAsync(client, $"video_ids={single},nope&batch_ids={batchId},unknown-batch");
        both.Select(e => e.Str("status")).ShouldBe(["queued", "not_found", "queued", "queued", "not_found"]);
        both[0].TryGetProperty("batch_id", out _).ShouldBeFalse();
        both[4].Str("batch_id").ShouldBe("unknown-batch");
        both[4].GetProperty("video_id").ValueKind.ShouldBe(JsonValueKind.Null);

        using var unknown = await client.GetAsync("v3/videos/batches/unknown-batch");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.JsonAsync()).GetProperty("error").Str("code").ShouldBe("resource_not_found");
    }

    [Fact]
    public async Task An_idempotency_key_replays_the_first_batch_instead_of_making_another()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var body = new { videos = new object[] { new { type = "avatar", avatar_id = Look, script = "Once." } } };
        using var first = await client.PostJsonAsync("v3/videos/batches", body, ("Idempotency-Key", "batch-42"));
        using var second = await client.PostJsonAsync("v3/videos/batches", body, ("Idempotency-Key", "batch-42"));
        var a = (await first.JsonAsync()).GetProperty("data").Str("batch_id");
        var b = (await second.JsonAsync()).GetProperty("data").Str("batch_id");
        b.ShouldBe(a);
        (await _mock.AdminClient.ListJobsOfAsync(key)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_batch_survives_a_restart_with_state_dir()
    {
        using var dir = new StateDirectory();
        var key = Keys.New();
        string batchId;
        await using (var first = await RunningMock.StartAsync("--progression", "manual", "--state-dir", dir.Path))
        {
            using var client = first.CreateClient(key);
            batchId = (await CreateAsync(client, new { videos = new object[] { new { type = "avatar", avatar_id = Look, script = "Kept." } } })).Str("batch_id");
        }

        await using var second = await RunningMock.StartAsync("--progression", "manual", "--state-dir", dir.Path);
        using var again = second.CreateClient(key);
        var batch = await GetAsync(again, $"v3/videos/batches/{batchId}");
        batch.GetProperty("total_items").GetInt32().ShouldBe(1);
        await second.Admin.PostAsync($"_mock/jobs/{batch.GetProperty("items")[0].Str("video_id")}/complete", null);
        (await GetAsync(again, $"v3/videos/batches/{batchId}")).Str("status").ShouldBe("completed");

        await second.Admin.PostAsync("_mock/reset", null);
        (await again.GetAsync($"v3/videos/batches/{batchId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        using var response = await client.PostJsonAsync("v3/videos/batches", body);
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        return json.GetProperty("data");
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        return json.GetProperty("data");
    }

    private static async Task<List<JsonElement>> StatusesAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"v3/videos/statuses?{query}");
        var json = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        return [.. json.GetProperty("data").EnumerateArray()];
    }
}
