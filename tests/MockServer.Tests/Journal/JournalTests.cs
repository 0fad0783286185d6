using System.Net;
using System.Net.Http.Headers;
using AvatarIV.MockServer.Auth;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Journal;

/// <summary>The request journal records what a test needs to see, and never the API key itself.</summary>
public sealed class JournalTests(DefaultMockFixture fixture) : IClassFixture<DefaultMockFixture>
{
    private RunningMock Server => fixture.Server;

    [Fact]
    public async Task Journal_records_method_path_query_status_surface_key_id_and_idempotency_key()
    {
        const string apiKey = "journal-key-visible-nowhere";
        using var client = Server.CreateClient(apiKey);
        using var request = new HttpRequestMessage(HttpMethod.Get, "v3/videos?limit=5&title=cats");
        request.Headers.Add("Idempotency-Key", "idem-123");

        using var response = await client.SendAsync(request);

        var entry = (await Server.JournalForAsync("/v3/videos")).Single(e => e!["key_id"]?.GetValue<string>() == ApiKeyId.From(apiKey))!;
        entry["method"]!.GetValue<string>().ShouldBe("GET");
        entry["query"]!.GetValue<string>().ShouldBe("?limit=5&title=cats");
        entry["status"]!.GetValue<int>().ShouldBe((int)response.StatusCode);
        entry["surface"]!.GetValue<string>().ShouldBe("v3");
        entry["idempotency_key"]!.GetValue<string>().ShouldBe("idem-123");
        entry["duration_ms"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(0);
        DateTimeOffset.Parse(entry["time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        entry["fault"].ShouldBeNull();
    }

    [Fact]
    public async Task No_key_text_reaches_the_journal_whether_sent_as_header_bearer_or_query()
    {
        const string headerKey = "sk-header-SECRET-1111";
        const string bearerKey = "sk-bearer-SECRET-2222";
        const string queryKey = "sk-query-SECRET-3333";
        using var headerClient = Server.CreateClient(headerKey);
        using var bearerClient = new HttpClient { BaseAddress = Server.BaseUri };
        bearerClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerKey);

        using var a = await headerClient.GetAsync($"v3/users/me?api_key={queryKey}");
        using var b = await bearerClient.GetAsync($"v1/video_status.get?video_id=x&key={queryKey}&token={queryKey}");
        using var c = await bearerClient.GetAsync($"v3/videos/{bearerKey}");
        using var d = await headerClient.GetAsync($"v2/voices?note={Uri.EscapeDataString(headerKey)}");

        var journal = await Server.RawAsync();
        journal.ShouldNotContain("SECRET");
        journal.ShouldContain(ApiKeyId.From(headerKey));
        journal.ShouldContain(ApiKeyId.From(bearerKey));
        journal.ShouldContain("api_key=[redacted]");
        journal.ShouldContain("video_id=x");
    }

    [Fact]
    public async Task Every_status_read_is_in_the_journal_as_soon_as_its_answer_has_arrived()
    {
        using var client = Server.CreateClient(Keys.New());
        var videoId = await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());

        for (var read = 1; read <= 20; read++)
        {
            using var status = await client.GetAsync($"v3/videos/{videoId}");
            status.EnsureSuccessStatusCode();
            await status.Content.ReadAsByteArrayAsync();

            (await Server.JournalForAsync($"/v3/videos/{videoId}")).Count.ShouldBe(read);
        }
    }

    [Fact]
    public async Task Admin_calls_are_journaled_as_admin()
    {
        using var health = await Server.Admin.GetAsync("_mock/health");

        var entry = (await Server.JournalForAsync("/_mock/health")).Last()!;

        entry["surface"]!.GetValue<string>().ShouldBe("admin");
        entry["key_id"].ShouldBeNull();
    }

    [Fact]
    public async Task Journal_filters_by_path_prefix_method_and_time()
    {
        using var client = Server.CreateClient("journal-filter-key");
        using var get = await client.GetAsync("v3/filter-me/one");
        var between = DateTimeOffset.UtcNow;
        using var delete = await client.DeleteAsync("v3/filter-me/two");

        var byPrefix = await Server.JournalAsync("?path=/v3/filter-me/*");
        var byMethod = await Server.JournalAsync("?path=/v3/filter-me/*&method=delete");
        var bySince = await Server.JournalAsync("?path=/v3/filter-me/*&since=" + Uri.EscapeDataString(between.ToString("O")));

        byPrefix.Select(e => e!["path"]!.GetValue<string>()).ShouldBe(["/v3/filter-me/one", "/v3/filter-me/two"]);
        byMethod.ShouldHaveSingleItem()!["path"]!.GetValue<string>().ShouldBe("/v3/filter-me/two");
        bySince.ShouldHaveSingleItem()!["path"]!.GetValue<string>().ShouldBe("/v3/filter-me/two");
    }

    [Fact]
    public async Task Bad_since_is_a_400_naming_the_parameter()
    {
        using var response = await Server.Admin.GetAsync("_mock/journal?since=yesterday");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("since");
    }

    [Fact]
    public async Task Delete_forgets_every_entry()
    {
        using var client = Server.CreateClient("journal-delete-key");
        using var marker = await client.GetAsync("v3/forget-me");

        using var cleared = await Server.Admin.DeleteAsync("_mock/journal");

        cleared.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Server.JournalForAsync("/v3/forget-me")).ShouldBeEmpty();
    }
}
