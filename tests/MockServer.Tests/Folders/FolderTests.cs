using System.Net;
using System.Text.Json;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Folders;

/// <summary>A mock whose every key has the folder <c>marketing</c>.</summary>
public sealed class FolderMock() : MockFixture("--progression", "immediate", "--folder", "marketing");

/// <summary>Issue 9 point 4: folders come from --folder, the v1 folder routes and the admin route; folder_id is taken on create, echoed, and filters lists.</summary>
public sealed class FolderTests(FolderMock fixture) : IClassFixture<FolderMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task Folders_come_from_the_flag_the_v1_routes_and_the_admin_route_per_key()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var created = await V1DataAsync(await client.PostJsonAsync("v1/folders/create", new { name = "Q3 launch" }));
        created.Str("name").ShouldBe("Q3 launch");
        var child = await V1DataAsync(await client.PostJsonAsync("v1/folders/create", new { name = "Teasers", parent_id = created.Str("id") }));
        child.Str("parent_id").ShouldBe(created.Str("id"));
        using (var admin = await _mock.Admin.PostAsync("_mock/folders", HttpJson.Json(new { api_key = key, name = "From n8n", id = "n8n-folder" })))
        {
            admin.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var listed = (await V1DataAsync(await client.GetAsync("v1/folders"))).GetProperty("folders").EnumerateArray().Select(f => f.Str("id")).ToList();
        listed.ShouldBe(["marketing", created.Str("id"), child.Str("id"), "n8n-folder"]);

        using var other = _mock.CreateClient(Keys.New());
        (await V1DataAsync(await other.GetAsync("v1/folders"))).GetProperty("folders").EnumerateArray().Select(f => f.Str("id")).ShouldBe(["marketing"]);
    }

    [Fact]
    public async Task Folder_id_on_create_is_echoed_and_filters_both_lists()
    {
        using var client = _mock.CreateClient(Keys.New());
        var assetId = await client.UploadV3PhotoAsync();
        var inFolder = await client.CreateV3VideoIdAsync(assetId, extra: new { folder_id = "marketing" });
        var outside = await client.CreateV3VideoIdAsync(assetId);
        var legacyInFolder = await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync(), extra: new { folder_id = "marketing" });

        (await client.GetV3VideoAsync(inFolder)).Str("folder_id").ShouldBe("marketing");
        (await client.GetV3VideoAsync(outside)).GetProperty("folder_id").ValueKind.ShouldBe(JsonValueKind.Null);

        var v3 = (await (await client.GetAsync("v3/videos?folder_id=marketing")).JsonAsync()).GetProperty("data").EnumerateArray().Select(v => v.Str("id")).ToList();
        v3.ShouldBe([legacyInFolder, inFolder]);
        var v1 = (await V1DataAsync(await client.GetAsync("v1/video.list?folder_id=marketing"))).GetProperty("videos").EnumerateArray().Select(v => v.Str("video_id")).ToList();
        v1.ShouldBe([legacyInFolder, inFolder]);
        (await (await client.GetAsync("v3/videos")).JsonAsync()).GetProperty("data").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task An_unknown_folder_is_heygens_404_on_each_surface_and_nothing_is_charged()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var assetId = await client.UploadV3PhotoAsync();

        using var v3Create = await client.CreateV3Async(assetId, extra: new { folder_id = "nope" });
        v3Create.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var v3Error = (await v3Create.JsonAsync()).GetProperty("error");
        (v3Error.Str("code"), v3Error.Str("param")).ShouldBe(("resource_not_found", "folder_id"));

        using var v3List = await client.GetAsync("v3/videos?folder_id=nope");
        v3List.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var legacy = await client.PostJsonAsync("v2/video/av4/generate", new { image_key = await client.UploadPhotoImageKeyAsync(), video_title = "t", script = "Hi.", voice_id = MockApi.VoiceId, folder_id = "nope" });
        legacy.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await legacy.JsonAsync()).GetProperty("error").Str("code").ShouldBe("resource_not_found");

        using var v1List = await client.GetAsync("v1/video.list?folder_id=nope");
        v1List.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await v1List.JsonAsync()).GetProperty("code").GetInt32().ShouldBe(40031);

        using var badParent = await client.PostJsonAsync("v1/folders/create", new { name = "x", parent_id = "nope" });
        badParent.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _mock.AdminClient.GetStateAsync()).Jobs.ShouldNotContain(j => j.OwnerKeyId == AvatarIV.Mock.Client.MockKeyId.From(key));
    }

    private static async Task<JsonElement> V1DataAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.JsonAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
            body.GetProperty("code").GetInt32().ShouldBe(100);
            return body.GetProperty("data");
        }
    }
}
