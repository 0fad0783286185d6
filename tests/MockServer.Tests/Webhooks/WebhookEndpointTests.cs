using System.Net;
using System.Net.Http.Json;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Webhooks;

/// <summary>Registering, listing, changing and removing webhook endpoints on both surfaces; only loopback targets.</summary>
public sealed class WebhookEndpointTests(ImmediateMock fixture) : IClassFixture<ImmediateMock>
{
    private const string Loopback = "http://127.0.0.1:9/hooks";

    private RunningMock Server => fixture.Mock;

    [Fact]
    public async Task V3_endpoint_lifecycle_shows_the_secret_only_at_create_and_rotate()
    {
        using var client = Server.CreateClient(Keys.New());
        var (id, secret) = await client.AddV3EndpointAsync(Loopback, "avatar_video.success");
        secret.ShouldStartWith("whsec_");

        var listed = (await (await client.GetAsync("v3/webhooks/endpoints")).JsonAsync()).GetProperty("data").EnumerateArray().ShouldHaveSingleItem();
        listed.Str("endpoint_id").ShouldBe(id);
        listed.Str("status").ShouldBe("enabled");
        listed.GetProperty("secret").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        using var patched = await client.PatchAsync($"v3/webhooks/endpoints/{id}", HttpJson.Json(new { events = new[] { "avatar_video.fail" } }));
        var events = (await patched.JsonAsync()).GetProperty("data").GetProperty("events").EnumerateArray().Select(e => e.GetString());
        events.ShouldBe(["avatar_video.fail"]);

        using var rotated = await client.PostAsync($"v3/webhooks/endpoints/{id}/rotate-secret", null);
        var newSecret = (await rotated.JsonAsync()).GetProperty("data").Str("secret");
        newSecret.ShouldStartWith("whsec_");
        newSecret.ShouldNotBe(secret);

        using var deleted = await client.DeleteAsync($"v3/webhooks/endpoints/{id}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var again = await client.DeleteAsync($"v3/webhooks/endpoints/{id}");
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await again.JsonAsync()).GetProperty("error").Str("code").ShouldBe("not_found");
    }

    [Fact]
    public async Task Endpoints_belong_to_their_key()
    {
        using var owner = Server.CreateClient(Keys.New());
        using var stranger = Server.CreateClient(Keys.New());
        var (id, _) = await owner.AddV3EndpointAsync(Loopback);

        var strangersList = (await (await stranger.GetAsync("v3/webhooks/endpoints")).JsonAsync()).GetProperty("data");
        using var strangersDelete = await stranger.DeleteAsync($"v3/webhooks/endpoints/{id}");

        strangersList.GetArrayLength().ShouldBe(0);
        strangersDelete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Legacy_endpoint_routes_speak_the_v1_envelope()
    {
        using var client = Server.CreateClient(Keys.New());

        using var added = await client.PostAsJsonAsync("v1/webhook/endpoint.add", new { url = Loopback, events = new[] { "avatar_video.success" } });
        var addedJson = await added.JsonAsync();
        addedJson.GetProperty("code").GetInt32().ShouldBe(100);
        var endpoint = addedJson.GetProperty("data");
        var id = endpoint.Str("endpoint_id");
        endpoint.Str("secret").ShouldStartWith("whsec_");
        endpoint.Str("status").ShouldBe("enabled");
        endpoint.Str("username").ShouldStartWith("key_");

        using var updated = await client.PatchAsync("v1/webhook/endpoint.update", HttpJson.Json(new { endpoint_id = id, url = "http://localhost:9/other" }));
        (await updated.JsonAsync()).GetProperty("data").Str("url").ShouldBe("http://localhost:9/other");

        var list = (await (await client.GetAsync("v1/webhook/endpoint.list")).JsonAsync()).GetProperty("data");
        list.EnumerateArray().ShouldHaveSingleItem().Str("endpoint_id").ShouldBe(id);

        var names = (await (await client.GetAsync("v1/webhook/webhook.list")).JsonAsync()).GetProperty("data").EnumerateArray().Select(n => n.GetString());
        names.ShouldContain("avatar_video.success");
        names.ShouldContain("avatar_video.fail");

        using var deleted = await client.DeleteAsync($"v1/webhook/endpoint.delete?endpoint_id={id}");
        (await deleted.JsonAsync()).GetProperty("code").GetInt32().ShouldBe(100);
        (await (await client.GetAsync("v1/webhook/endpoint.list")).JsonAsync()).GetProperty("data").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("https://example.com/hooks")]
    [InlineData("http://10.0.0.5/hooks")]
    [InlineData("http://192.168.1.20:8080/hooks")]
    public async Task Non_loopback_url_is_refused_naming_the_rule_and_the_flag(string url)
    {
        using var client = Server.CreateClient(Keys.New());

        using var v3 = await client.PostAsJsonAsync("v3/webhooks/endpoints", new { url });
        using var legacy = await client.PostAsJsonAsync("v1/webhook/endpoint.add", new { url });

        v3.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await v3.JsonAsync()).GetProperty("error");
        error.Str("param").ShouldBe("url");
        error.Str("message").ShouldContain("loopback");
        error.Str("message").ShouldContain("--allow-external-webhooks");
        legacy.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await legacy.JsonAsync()).Str("message").ShouldContain("--allow-external-webhooks");
        (await (await client.GetAsync("v3/webhooks/endpoints")).JsonAsync()).GetProperty("data").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task External_url_is_accepted_when_the_flag_allows_it()
    {
        await using var server = await RunningMock.StartAsync("--allow-external-webhooks");
        using var client = server.CreateClient(Keys.New());

        var (id, _) = await client.AddV3EndpointAsync("https://example.com/hooks");

        id.ShouldStartWith("ep_");
    }

    [Theory]
    [InlineData("""{"events":["avatar_video.success"]}""", "url")]
    [InlineData("""{"url":"ftp://127.0.0.1/x"}""", "not an absolute http or https URL")]
    [InlineData("""{"url":"http://127.0.0.1:9/x","events":["video.done"]}""", "'video.done' is not a webhook event")]
    [InlineData("""{"url":"http://127.0.0.1:9/x","events":[]}""", "events is empty")]
    [InlineData("""{"url":"http://127.0.0.1:9/x","events":"avatar_video.success"}""", "events must be an array")]
    [InlineData("""{"url":42}""", "url must be a string")]
    [InlineData("""not json""", "not valid JSON")]
    public async Task Bad_endpoint_body_gets_a_400_naming_the_problem(string body, string expected)
    {
        using var client = Server.CreateClient(Keys.New());

        using var response = await client.PostAsync("v3/webhooks/endpoints", HttpJson.Json(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("error").Str("message").ShouldContain(expected);
    }

    [Fact]
    public async Task Webhook_routes_need_an_api_key()
    {
        using var anonymous = new HttpClient { BaseAddress = Server.BaseUri };

        using var v3 = await anonymous.GetAsync("v3/webhooks/endpoints");
        using var legacy = await anonymous.GetAsync("v1/webhook/endpoint.list");

        v3.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        legacy.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Event_types_are_listed_with_descriptions()
    {
        using var client = Server.CreateClient(Keys.New());

        var types = (await (await client.GetAsync("v3/webhooks/event-types")).JsonAsync()).GetProperty("data").EnumerateArray().ToList();

        types.ShouldContain(t => t.Str("event_type") == "avatar_video.success" && t.Str("description").Length > 0);
        types.ShouldContain(t => t.Str("event_type") == "avatar_video.fail");
    }
}
