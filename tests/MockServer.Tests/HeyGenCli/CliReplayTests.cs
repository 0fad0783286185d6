using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.HeyGenCli;

/// <summary>
/// Issue 9: HeyGen's CLI request examples (Data/*.yaml, heygen-cli 7699a8e) for looks, videos, captions, folders and
/// batches, sent as the CLI sends them — <c>x-api-key</c>, <c>User-Agent: heygen-cli/dev</c>,
/// <c>X-HeyGen-Source: cli</c>, its paths, queries and JSON bodies — with only the host and the key changed; every
/// answer must decode by the CLI's own response schema (Data/response-schemas.json) and carry an X-Request-Id.
/// </summary>
public sealed partial class CliReplayTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    /// <summary>Examples of avatar management the mock does not serve: its catalogue is fixed (docs/decisions.md, "Avatar looks").</summary>
    private static readonly string[] NotReplayed =
    [
        "POST /v3/avatars", "DELETE /v3/avatars/{group_id}", "POST /v3/avatars/{group_id}/consent",
        "PATCH /v3/avatars/looks/{look_id}", "DELETE /v3/avatars/looks/{look_id}",
    ];

    private readonly RunningMock _mock = fixture.Mock;
    private readonly HashSet<string> _replayed = [];

    [Fact]
    public async Task The_clis_examples_for_looks_videos_captions_folders_and_batches_work_against_the_mock()
    {
        var key = Keys.New();
        using var cli = CliClient(key);

        // heygen avatar list --limit 10 / heygen avatar get <group-id>
        var groups = await SendAsync(cli, "AvatarList", HttpMethod.Get, "/v3/avatars?limit=10");
        var groupId = groups.GetProperty("data")[0].Str("id");
        await SendAsync(cli, "AvatarGet", HttpMethod.Get, $"/v3/avatars/{groupId}");

        // heygen avatar looks list --limit 10 / heygen avatar looks get <look-id>
        var looks = await SendAsync(cli, "AvatarLooksList", HttpMethod.Get, "/v3/avatars/looks?limit=10");
        var look = looks.GetProperty("data")[0];
        await SendAsync(cli, "AvatarLooksGet", HttpMethod.Get, $"/v3/avatars/looks/{look.Str("id")}");
        var (avatarId, voiceId) = (look.Str("id"), look.Str("default_voice_id"));

        // heygen video create -d '{"type":"avatar",...}' --wait: create, then poll GET /v3/videos/{id} until completed.
        var created = await SendAsync(cli, "VideoCreate", HttpMethod.Post, "/v3/videos", Example("video.yaml", "Create an avatar video", ("<avatar-id>", avatarId), ("<voice-id>", voiceId)));
        var videoId = created.GetProperty("data").Str("video_id");
        (await SendAsync(cli, "VideoGet", HttpMethod.Get, $"/v3/videos/{videoId}")).GetProperty("data").Str("status").ShouldBe("completed");

        // heygen video create -d '{"type":"image","image":{"type":"url",...}}': accepted; an unreachable photo fails the render.
        var fromImage = await SendAsync(cli, "VideoCreate", HttpMethod.Post, "/v3/videos", Example("video.yaml", "Create from a custom image", ("<voice-id>", voiceId)));
        (await SendAsync(cli, "VideoGet", HttpMethod.Get, $"/v3/videos/{fromImage.GetProperty("data").Str("video_id")}")).GetProperty("data").Str("failure_code").ShouldBe("download_failed");

        // Captions (the request schema's caption object) and `heygen video download --asset captioned`: a plain GET, no key.
        var captioned = await SendAsync(cli, "VideoCreate", HttpMethod.Post, "/v3/videos",
            JsonSerializer.Serialize(new { type = "avatar", avatar_id = avatarId, script = "Hello world. Captions please.", caption = new { file_format = "srt", style = "default" } }));
        var captionedVideo = (await SendAsync(cli, "VideoGet", HttpMethod.Get, $"/v3/videos/{captioned.GetProperty("data").Str("video_id")}")).GetProperty("data");
        using (var download = new HttpClient())
        {
            (await download.GetByteArrayAsync(captionedVideo.Str("captioned_video_url"))).Length.ShouldBeGreaterThan(1000);
            (await download.GetStringAsync(captionedVideo.Str("subtitle_url"))).ShouldContain("Captions please.");
        }

        // heygen video list --limit 10 / heygen video list --folder-id <folder-id>
        using (var folder = await _mock.Admin.PostAsync("_mock/folders", HttpJson.Json(new { api_key = key, name = "CLI", id = "cli-folder" })))
        {
            folder.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var filed = await SendAsync(cli, "VideoCreate", HttpMethod.Post, "/v3/videos", $$"""{"type":"avatar","avatar_id":"{{avatarId}}","script":"Filed.","folder_id":"cli-folder"}""");
        (await SendAsync(cli, "VideoList", HttpMethod.Get, "/v3/videos?limit=10")).GetProperty("data").GetArrayLength().ShouldBe(4);
        var inFolder = await SendAsync(cli, "VideoList", HttpMethod.Get, "/v3/videos?folder_id=cli-folder");
        inFolder.GetProperty("data").EnumerateArray().Select(v => v.Str("id")).ShouldBe([filed.GetProperty("data").Str("video_id")]);

        // heygen video batches create --title 'Launch batch' -d '{"videos":[...]}' (flags join the body) / batches get.
        var batchBody = JsonNodeOf(Example("batch.yaml", "Submit a batch of avatar videos", ("<avatar-id>", avatarId), ("<voice-id>", voiceId)));
        batchBody["title"] = "Launch batch";
        var batch = await SendAsync(cli, "VideoBatchesGet", HttpMethod.Post, "/v3/videos/batches", batchBody.ToJsonString(), replayedAs: "POST /v3/videos/batches");
        var batchId = batch.GetProperty("data").Str("batch_id");
        await SendAsync(cli, "VideoBatchesGet", HttpMethod.Get, $"/v3/videos/batches/{batchId}");

        // heygen video statuses list --video-ids a,b / --batch-ids x,y
        var statuses = await SendAsync(cli, "VideoStatusesList", HttpMethod.Get, $"/v3/videos/statuses?video_ids={videoId},{fromImage.GetProperty("data").Str("video_id")}");
        statuses.GetProperty("data").EnumerateArray().Select(s => s.Str("status")).ShouldBe(["completed", "failed"]);
        var expanded = await SendAsync(cli, "VideoStatusesList", HttpMethod.Get, $"/v3/videos/statuses?batch_ids={batchId},another-batch");
        expanded.GetProperty("data").EnumerateArray().Select(s => s.Str("status")).ShouldBe(["completed", "not_found"]);

        // heygen video delete <video-id>
        await SendAsync(cli, "VideoDelete", HttpMethod.Delete, $"/v3/videos/{videoId}");

        var examples = ExampleRoutes().Except(NotReplayed).ToList();
        examples.Except(_replayed).ShouldBeEmpty("every CLI example route for looks, videos and batches is replayed");
    }

    [Fact]
    public void The_schema_check_catches_a_missing_field_a_wrong_type_and_a_word_outside_the_enum()
    {
        var schema = ResponseSchema.Of("VideoGet");
        ResponseSchema.Problems(schema, JsonDocument.Parse("""{"data":{"id":"a","status":"completed"}}""").RootElement).ShouldBeEmpty();
        ResponseSchema.Problems(schema, JsonDocument.Parse("""{"data":{"status":"completed"}}""").RootElement).ShouldContain("$.data.id: required but missing");
        ResponseSchema.Problems(schema, JsonDocument.Parse("""{"data":{"id":1,"status":"completed"}}""").RootElement).ShouldContain("$.data.id: Number where the schema says string");
        ResponseSchema.Problems(schema, JsonDocument.Parse("""{"data":{"id":"a","status":"waiting"}}""").RootElement).ShouldHaveSingleItem().ShouldContain("is not one of");
    }

    private HttpClient CliClient(string key)
    {
        var client = new HttpClient { BaseAddress = _mock.BaseUri };
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-api-key", key);
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "heygen-cli/dev");
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-HeyGen-Source", "cli");
        return client;
    }

    /// <summary>Sends one CLI request and checks the answer against <paramref name="spec"/>'s response schema.</summary>
    private async Task<JsonElement> SendAsync(HttpClient cli, string spec, HttpMethod method, string pathAndQuery, string? json = null, string? replayedAs = null)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery.TrimStart('/'));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await cli.SendAsync(request);
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{method} {pathAndQuery}: {body}");
        response.Headers.Contains("X-Request-Id").ShouldBeTrue();
        ResponseSchema.Problems(ResponseSchema.Of(spec), body).ShouldBeEmpty($"{method} {pathAndQuery} against {spec}: {body}");
        _replayed.Add(replayedAs ?? $"{method} {RouteOf(spec)}");
        return body;
    }

    private static string RouteOf(string spec) => ResponseSchema.EndpointOf(spec);

    /// <summary>The JSON after <c>-d</c> in the example whose description starts with <paramref name="description"/>, placeholders filled.</summary>
    private static string Example(string file, string description, params (string Placeholder, string Value)[] values)
    {
        var lines = File.ReadAllLines(Path.Combine(CliData.Folder, file));
        var at = Array.FindIndex(lines, l => l.Contains($"desc: \"{description}", StringComparison.Ordinal));
        at.ShouldBeGreaterThanOrEqualTo(0, $"{file} has no example '{description}'");
        var cmd = JsonSerializer.Deserialize<string>(lines[at + 1].Trim()["cmd: ".Length..])!;
        var json = DataFlag().Match(cmd).Groups[1].Value;
        return values.Aggregate(json, (text, v) => text.Replace(v.Placeholder, v.Value, StringComparison.Ordinal));
    }

    /// <summary>The "METHOD /path" keys of the copied example files.</summary>
    private static IEnumerable<string> ExampleRoutes() =>
        new[] { "avatar.yaml", "batch.yaml", "video.yaml" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(CliData.Folder, file)))
            .Where(line => line.StartsWith('"'))
            .Select(line => line.Trim().TrimEnd(':').Trim('"'));

    private static System.Text.Json.Nodes.JsonObject JsonNodeOf(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();

    [GeneratedRegex(@"-d '([^']*)'")]
    private static partial Regex DataFlag();
}
