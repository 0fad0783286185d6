using System.Net;
using System.Text.Json.Nodes;
using AvatarIV.MockServer.Hosting;
using AvatarIV.TestSupport;

namespace MockServer.Tests.Faults;

/// <summary>Rules given as --fault flags at start-up, and the seeded dice of probabilistic rules.</summary>
public sealed class FaultFlagTests
{
    [Fact]
    public async Task Fault_flag_is_in_force_from_start_up()
    {
        await using var server = await RunningMock.StartAsync("--fault", "GET /v3/voices status=503 times=2 phase=after");

        var rule = JsonNode.Parse(await server.Admin.GetStringAsync("_mock/faults"))!.AsArray().ShouldHaveSingleItem()!;
        rule["method"]!.GetValue<string>().ShouldBe("GET");
        rule["path"]!.GetValue<string>().ShouldBe("/v3/voices");
        rule["status"]!.GetValue<int>().ShouldBe(503);
        rule["times_left"]!.GetValue<int>().ShouldBe(2);
        rule["phase"]!.GetValue<string>().ShouldBe("after");

        using var client = server.CreateClient("flag-key");
        using var response = await client.GetAsync("v3/voices");
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Reset_brings_back_the_flag_rules_with_fresh_counts_and_drops_the_others()
    {
        await using var server = await RunningMock.StartAsync("--fault", "GET /v3/voices status=503 times=1");
        using var client = server.CreateClient("reset-key");
        using var used = await client.GetAsync("v3/voices");
        await server.AddFaultAsync(new { path = "/v3/other", kind = "drop" });

        using var reset = await server.Admin.PostAsync("_mock/reset", null);

        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rule = JsonNode.Parse(await server.Admin.GetStringAsync("_mock/faults"))!.AsArray().ShouldHaveSingleItem()!;
        rule["path"]!.GetValue<string>().ShouldBe("/v3/voices");
        rule["times_left"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Same_seed_gives_the_same_faults_in_two_fresh_servers()
    {
        var first = await HitPatternAsync("7");
        var second = await HitPatternAsync("7");

        second.ShouldBe(first);
        first.ShouldContain('X');
        first.ShouldContain('.');
    }

    public static TheoryData<string, string> BadFlags => new()
    {
        { "POST /v3/videos status=abc", "'status' must be a whole number" },
        { "POST /v3/videos", "'kind' is required" },
        { "POST v3/videos status=503", "a path starting with '/'" },
        { "POST /v3/videos status=503 colour=red", "unknown setting 'colour'" },
        { "POST /v3/videos explode", "'kind' must be one of" },
        { "POST /v3/videos status=503 probability=often", "'probability' must be a number" },
        { "/v3/videos latency=-5", "'latency_ms'" },
    };

    [Theory]
    [MemberData(nameof(BadFlags))]
    public async Task Bad_fault_flag_stops_start_up_with_a_message_naming_the_problem(string flag, string expected)
    {
        var error = await Should.ThrowAsync<MockOptionsException>(() => RunningMock.StartAsync("--fault", flag));

        error.Message.ShouldContain("--fault");
        error.Message.ShouldContain(expected);
    }

    /// <summary>X for a faulted request, . for a normal one, over 24 requests.</summary>
    private static async Task<string> HitPatternAsync(string seed)
    {
        await using var server = await RunningMock.StartAsync("--seed", seed, "--fault", "GET /v3/dice status=503 probability=0.5");
        using var client = server.CreateClient("dice-key");
        var pattern = new char[24];
        for (var i = 0; i < pattern.Length; i++)
        {
            using var response = await client.GetAsync("v3/dice");
            pattern[i] = response.StatusCode == HttpStatusCode.ServiceUnavailable ? 'X' : '.';
        }

        return new string(pattern);
    }
}
