using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AvatarIV.TestSupport;
using MockServer.Tests.Journal;

namespace MockServer.Tests.Faults;

/// <summary>Fault rules added through the admin API change what clients see, then step aside. Each test uses its own path.</summary>
public sealed class FaultRuleTests(DefaultMockFixture fixture) : IClassFixture<DefaultMockFixture>
{
    private RunningMock Server => fixture.Server;

    [Fact]
    public async Task Status_rule_answers_twice_in_the_v3_envelope_then_lets_requests_through()
    {
        await Server.AddFaultAsync(new { method = "GET", path = "/v3/videos/fault-times", kind = "status", status = 503, times = 2 });
        using var client = Server.CreateClient("fault-times-key");

        for (var i = 0; i < 2; i++)
        {
            using var faulted = await client.GetAsync("v3/videos/fault-times");
            faulted.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            var error = JsonNode.Parse(await faulted.Content.ReadAsStringAsync())!["error"]!;
            error["code"]!.GetValue<string>().ShouldBe("service_unavailable");
            error["message"]!.GetValue<string>().ShouldContain("fault rule");
        }

        using var after = await client.GetAsync("v3/videos/fault-times");
        after.StatusCode.ShouldNotBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Status_rule_on_a_legacy_route_uses_the_v1_envelope()
    {
        await Server.AddFaultAsync(new { path = "/v1/video_status.get", kind = "status", status = 500, times = 1 });
        using var client = Server.CreateClient("fault-legacy-key");

        using var response = await client.GetAsync("v1/video_status.get?video_id=abc");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["code"]!.GetValue<int>().ShouldNotBe(100);
        body["message"]!.GetValue<string>().ShouldContain("fault rule");
    }

    [Fact]
    public async Task Rate_limit_rule_carries_retry_after()
    {
        await Server.AddFaultAsync(new { path = "/v3/voices-429", status = 429, retry_after = 7, times = 1 });
        await Server.AddFaultAsync(new { path = "/v3/voices-429-default", status = 429, times = 1 });
        using var client = Server.CreateClient("fault-429-key");

        using var explicitDelay = await client.GetAsync("v3/voices-429");
        using var defaultDelay = await client.GetAsync("v3/voices-429-default");

        explicitDelay.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        explicitDelay.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(7));
        JsonNode.Parse(await explicitDelay.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>().ShouldBe("rate_limit_exceeded");
        defaultDelay.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Drop_rule_cuts_the_connection()
    {
        await Server.AddFaultAsync(new { path = "/v3/users/me-drop", kind = "drop", times = 1 });
        using var client = Server.CreateClient("fault-drop-key");

        await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync("v3/users/me-drop"));

        var entry = (await Server.JournalForAsync("/v3/users/me-drop")).ShouldHaveSingleItem()!;
        entry["fault"]!.GetValue<string>().ShouldBe("drop");
        entry["status"].ShouldBeNull();
    }

    [Fact]
    public async Task Malformed_rule_answers_200_with_json_no_parser_accepts()
    {
        await Server.AddFaultAsync(new { path = "/v3/voices-malformed", kind = "malformed", times = 1 });
        using var client = Server.CreateClient("fault-malformed-key");

        using var response = await client.GetAsync("v3/voices-malformed");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var body = await response.Content.ReadAsStringAsync();
        Should.Throw<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task Latency_rule_delays_but_the_request_still_succeeds_and_is_journaled()
    {
        // Admin routes are only faulted when a rule names them, as this one does.
        await Server.AddFaultAsync(new { method = "GET", path = "/_mock/health", kind = "latency", latency_ms = 30, times = 1 });

        using var response = await Server.Admin.GetAsync("_mock/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var entries = await Server.JournalForAsync("/_mock/health");
        entries.ShouldContain(e => e!["fault"] != null && e["fault"]!.GetValue<string>() == "latency");
    }

    [Fact]
    public async Task Catch_all_rule_leaves_admin_routes_alone()
    {
        using var added = await Server.Admin.PostAsJsonAsync("_mock/faults", new { path = "/*", kind = "status", status = 500 });
        var id = JsonNode.Parse(await added.Content.ReadAsStringAsync())!.AsArray()[0]!["id"]!.GetValue<string>();
        try
        {
            using var health = await Server.Admin.GetAsync("_mock/health");
            using var journal = await Server.Admin.GetAsync("_mock/journal?path=/none");
            using var client = Server.CreateClient("fault-catch-all-key");
            using var publicRoute = await client.GetAsync("v3/anything-catch-all");

            health.StatusCode.ShouldBe(HttpStatusCode.OK);
            journal.StatusCode.ShouldBe(HttpStatusCode.OK);
            publicRoute.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        }
        finally
        {
            using var removed = await Server.Admin.DeleteAsync($"_mock/faults/{id}");
            removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task After_phase_handles_the_request_then_replaces_the_answer()
    {
        // DELETE /_mock/journal really clears the journal even though the caller sees a 503.
        using var client = Server.CreateClient("fault-after-key");
        using var marker = await client.GetAsync("v3/marker-before-clear");
        (await Server.JournalForAsync("/v3/marker-before-clear")).ShouldNotBeEmpty();
        await Server.AddFaultAsync(new { method = "DELETE", path = "/_mock/journal", status = 503, times = 1, phase = "after" });

        using var response = await Server.Admin.DeleteAsync("_mock/journal");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await Server.JournalForAsync("/v3/marker-before-clear")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Admin_lists_rules_with_hits_and_what_is_left()
    {
        await Server.AddFaultAsync(new { path = "/v3/listed-rule", status = 502, times = 3, probability = 1.0 });
        using var client = Server.CreateClient("fault-list-key");
        using var hit = await client.GetAsync("v3/listed-rule");

        var rules = JsonNode.Parse(await Server.Admin.GetStringAsync("_mock/faults"))!.AsArray();

        var rule = rules.Single(r => r!["path"]!.GetValue<string>() == "/v3/listed-rule")!;
        rule["kind"]!.GetValue<string>().ShouldBe("status");
        rule["hits"]!.GetValue<int>().ShouldBe(1);
        rule["times_left"]!.GetValue<int>().ShouldBe(2);
        rule["flag"]!.GetValue<string>().ShouldBe("/v3/listed-rule status=502 times=3 phase=before");
    }

    public static TheoryData<string, string> BadRules => new()
    {
        { "{not json", "not valid JSON" },
        { "\"status\"", "JSON object" },
        { "[]", "empty" },
        { """{"path":"/v3/videos","kind":"explode"}""", "'kind' must be one of status, latency, drop, malformed" },
        { """{"path":"/v3/videos","kind":"status"}""", "needs a 'status'" },
        { """{"path":"/v3/videos","status":200}""", "not an error HeyGen answers" },
        { """{"path":"/v3/videos","status":"503"}""", "'status' must be a whole number" },
        { """{"path":"v3/videos","status":503}""", "must start with '/'" },
        { """{"path":"/v3/*/x","status":503}""", "'*' may only end" },
        { """{"status":503}""", "'path' is required" },
        { """{"path":"/v3/videos","status":503,"probability":1.5}""", "'probability'" },
        { """{"path":"/v3/videos","status":503,"times":0}""", "'times'" },
        { """{"path":"/v3/videos","status":503,"phase":"during"}""", "'phase'" },
        { """{"path":"/v3/videos","status":503,"time":2}""", "unknown field 'time'" },
        { """{"path":"/v3/videos","kind":"latency"}""", "latency_ms" },
        { """[{"path":"/v3/ok","status":503},{"path":"/v3/bad","status":99}]""", "rule [1]" },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public async Task Bad_rule_is_refused_with_a_message_naming_the_problem(string body, string expected)
    {
        var before = JsonNode.Parse(await Server.Admin.GetStringAsync("_mock/faults"))!.AsArray().Count;

        using var response = await Server.Admin.PostAsync("_mock/faults", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        error["code"]!.GetValue<string>().ShouldBe("invalid_fault_rule");
        error["message"]!.GetValue<string>().ShouldContain(expected);
        JsonNode.Parse(await Server.Admin.GetStringAsync("_mock/faults"))!.AsArray().Count.ShouldBe(before);
    }
}
