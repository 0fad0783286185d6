using System.Net;
using System.Text;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Journal;

/// <summary>Its own mock: a fault rule is added.</summary>
public sealed class RequestIdMock() : MockFixture("--progression", "immediate");

/// <summary>Issue 9 point 5: every response carries a fresh X-Request-Id, and the journal records the same id.</summary>
public sealed class RequestIdTests(RequestIdMock fixture) : IClassFixture<RequestIdMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    [Fact]
    public async Task Successes_errors_unknown_routes_admin_media_and_faults_all_carry_a_unique_request_id()
    {
        using var client = _mock.CreateClient(Keys.New());
        await _mock.AddFaultAsync(new { method = "GET", path = "/v3/users/me", status = 503, times = 1 });
        var ids = new List<string>();
        async Task<string> IdOf(HttpResponseMessage response)
        {
            using (response)
            {
                response.Headers.TryGetValues("X-Request-Id", out var values).ShouldBeTrue($"{response.RequestMessage!.RequestUri} → {(int)response.StatusCode}");
                var id = values!.Single();
                id.ShouldMatch("^[0-9a-f]{32}$");
                ids.Add(id);
                return id;
            }
        }

        await IdOf(await client.GetAsync("v3/voices"));                       // success
        await IdOf(await client.GetAsync("v3/videos/nope"));                 // error envelope
        await IdOf(await client.GetAsync("v3/no/such/route"));               // unknown route
        await IdOf(await client.GetAsync("v1/video_status.get"));            // legacy error
        await IdOf(await client.GetAsync("v3/users/me"));                    // injected fault
        await IdOf(await _mock.Admin.GetAsync("_mock/health"));              // admin
        await IdOf(await _mock.Admin.GetAsync("_media/videos/x.mp4"));       // media refusal
        using var anonymous = new HttpClient { BaseAddress = _mock.BaseUri };
        await IdOf(await anonymous.GetAsync("v3/voices"));                   // 401

        ids.ShouldBeUnique();
    }

    [Fact]
    public async Task The_id_the_client_sends_is_not_echoed_a_fresh_one_is_made()
    {
        using var client = _mock.CreateClient(Keys.New());
        using var request = new HttpRequestMessage(HttpMethod.Get, "v3/voices");
        request.Headers.Add("X-Request-Id", "client-chosen-id");
        using var response = await client.SendAsync(request);
        response.Headers.GetValues("X-Request-Id").Single().ShouldNotBe("client-chosen-id");
    }

    [Fact]
    public async Task The_journal_records_the_id_each_response_carried()
    {
        var key = Keys.New();
        using var client = _mock.CreateClient(key);
        var path = $"/v3/videos/{Guid.NewGuid():N}";
        using var response = await client.GetAsync(path.TrimStart('/'));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var id = response.Headers.GetValues("X-Request-Id").Single();

        var entries = await _mock.AdminClient.GetJournalAsync(path: path);
        entries.Single().RequestId.ShouldBe(id);

        var raw = await (await _mock.Admin.GetAsync($"_mock/journal?path={path}")).Content.ReadAsStringAsync();
        raw.ShouldContain($"\"request_id\":\"{id}\"");
    }
}
