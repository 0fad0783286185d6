using System.Net;
using System.Text.Json;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Avatars;

/// <summary>Issue 9 point 1: the seeded looks and groups, their filters and paging, and their rendered previews.</summary>
public sealed class AvatarLookTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task Looks_list_carries_every_schema_field_and_a_preview_the_mock_renders()
    {
        using var client = _mock.CreateClient(Keys.New());
        var body = await (await client.GetAsync("v3/avatars/looks")).JsonAsync();
        var looks = body.GetProperty("data").EnumerateArray().ToList();
        looks.Count.ShouldBeInRange(6, 10);
        body.GetProperty("has_more").GetBoolean().ShouldBeFalse();
        body.GetProperty("next_token").ValueKind.ShouldBe(JsonValueKind.Null);
        looks.Select(l => l.Str("avatar_type")).Distinct().Order().ShouldBe(["digital_twin", "photo_avatar", "studio_avatar"]);
        looks.Select(l => l.Str("group_id")).Distinct().Count().ShouldBeInRange(2, 4);

        var voices = (await (await client.GetAsync("v3/voices?limit=100")).JsonAsync()).GetProperty("data").EnumerateArray().Select(v => v.Str("voice_id")).ToHashSet();
        using var download = new HttpClient();
        foreach (var look in looks)
        {
            look.Str("id").ShouldNotBeNullOrEmpty();
            look.Str("name").ShouldNotBeNullOrEmpty();
            voices.ShouldContain(look.Str("default_voice_id"));
            look.Str("preferred_orientation").ShouldBeOneOf("portrait", "landscape", "square");
            look.GetProperty("supported_api_engines").EnumerateArray().Select(e => e.GetString()).ShouldContain("avatar_iv");
            look.GetProperty("tags").ValueKind.ShouldBe(JsonValueKind.Array);
            var (width, height) = (look.GetProperty("image_width").GetInt32(), look.GetProperty("image_height").GetInt32());

            var preview = await download.GetByteArrayAsync(look.Str("preview_image_url"));
            var probe = await FfTools.ProbeAsync(preview, ".jpg");
            (probe.Video.Width, probe.Video.Height).ShouldBe((width, height), look.Str("id"));
        }

        looks.Where(l => l.Str("avatar_type") == "studio_avatar").ShouldAllBe(l => l.GetProperty("status").ValueKind == JsonValueKind.Null);
        looks.Where(l => l.Str("avatar_type") != "studio_avatar").ShouldAllBe(l => l.GetProperty("status").GetString() == "completed");
    }

    [Fact]
    public async Task Looks_filter_by_group_type_and_ownership_and_page_with_tokens()
    {
        using var client = _mock.CreateClient(Keys.New());
        var photo = await DataAsync(client, "v3/avatars/looks?avatar_type=photo_avatar");
        photo.ShouldNotBeEmpty();
        photo.ShouldAllBe(l => l.Str("avatar_type") == "photo_avatar");

        var group = photo[0].Str("group_id");
        (await DataAsync(client, $"v3/avatars/looks?group_id={group}")).ShouldAllBe(l => l.Str("group_id") == group);
        (await DataAsync(client, "v3/avatars/looks?ownership=public")).ShouldAllBe(l => l.Str("avatar_type") == "studio_avatar");
        (await DataAsync(client, "v3/avatars/looks?ownership=private")).ShouldAllBe(l => l.Str("avatar_type") != "studio_avatar");

        var all = await DataAsync(client, "v3/avatars/looks");
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await (await client.GetAsync("v3/avatars/looks?limit=3" + (token is null ? "" : $"&token={token}"))).JsonAsync();
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(l => l.Str("id")));
            token = page.GetProperty("has_more").GetBoolean() ? page.Str("next_token") : null;
        }
        while (token is not null);
        seen.ShouldBe(all.Select(l => l.Str("id")).ToList());
    }

    [Theory]
    [InlineData("v3/avatars/looks?limit=0", "limit")]
    [InlineData("v3/avatars/looks?limit=51", "limit")]
    [InlineData("v3/avatars/looks?avatar_type=robot", "avatar_type")]
    [InlineData("v3/avatars/looks?ownership=mine", "ownership")]
    [InlineData("v3/avatars?limit=51", "limit")]
    public async Task Bad_filters_are_refused_naming_the_parameter(string url, string param)
    {
        using var client = _mock.CreateClient(Keys.New());
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("error").Str("param").ShouldBe(param);
    }

    [Fact]
    public async Task One_look_one_group_and_the_groups_list_agree()
    {
        using var client = _mock.CreateClient(Keys.New());
        var looks = await DataAsync(client, "v3/avatars/looks");
        var groups = await DataAsync(client, "v3/avatars");
        groups.Count.ShouldBe(looks.Select(l => l.Str("group_id")).Distinct().Count());
        foreach (var group in groups)
        {
            group.GetProperty("looks_count").GetInt32().ShouldBe(looks.Count(l => l.Str("group_id") == group.Str("id")));
            group.GetProperty("created_at").GetInt64().ShouldBeGreaterThan(0);
            var one = (await (await client.GetAsync($"v3/avatars/{group.Str("id")}")).JsonAsync()).GetProperty("data");
            one.Str("name").ShouldBe(group.Str("name"));
        }

        var look = (await (await client.GetAsync($"v3/avatars/looks/{looks[0].Str("id")}")).JsonAsync()).GetProperty("data");
        look.Str("name").ShouldBe(looks[0].Str("name"));
        (await DataAsync(client, "v3/avatars?ownership=public")).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("v3/avatars/looks/no-such-look")]
    [InlineData("v3/avatars/no-such-group")]
    public async Task Unknown_looks_and_groups_are_avatar_not_found(string url)
    {
        using var client = _mock.CreateClient(Keys.New());
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.JsonAsync()).GetProperty("error").Str("code").ShouldBe("avatar_not_found");
    }

    internal static async Task<List<JsonElement>> DataAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        return body.GetProperty("data").EnumerateArray().ToList();
    }
}
