using System.Text.Json;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>Every error the API answered carries its <c>X-Request-Id</c> (property and message), on both surfaces and after retries.</summary>
public sealed class RequestIdTests(ImmediateMockFixture fixture) : FaultRuleTests(fixture)
{
    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task A_refused_request_names_the_request_id_the_journal_recorded(ApiSurface surface)
    {
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("reqid"));

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.GetVideoAsync("no-such-video"));

        error.RequestId.ShouldNotBeNullOrEmpty();
        error.Message.ShouldContain($"request id {error.RequestId}");
        (await JournalRequestIdsAsync()).ShouldContain(error.RequestId!);
    }

    [Fact]
    public async Task A_5xx_that_outlasts_the_retries_carries_the_last_attempts_request_id()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("reqid-5xx"));
        await Mock.AddFaultAsync(new { method = "GET", path = "/v3/users/me", kind = "status", status = 503 });

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.GetCreditsAsync());

        error.StatusCode.ShouldBe(503);
        error.RequestId.ShouldNotBeNullOrEmpty();
        error.Message.ShouldContain(error.RequestId!);
        (await JournalRequestIdsAsync()).Last().ShouldBe(error.RequestId);
    }

    [Fact]
    public async Task A_refused_legacy_create_carries_the_request_id_too()
    {
        using var client = MockClients.Create(Mock, ApiSurface.Legacy, MockClients.NewKey("reqid-legacy"));
        await Mock.AddFaultAsync(new { method = "POST", path = "/v2/video/av4/generate", kind = "status", status = 500, times = 1 });
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.Legacy, photo, voice, "Hi.")));

        error.StatusCode.ShouldBe(500);
        error.RequestId.ShouldNotBeNullOrEmpty();
        error.Message.ShouldContain(error.RequestId!);
    }

    private async Task<List<string?>> JournalRequestIdsAsync() =>
        (await MockClients.JournalAsync(Mock))
            .Where(e => e.TryGetProperty("path", out var p) && !p.GetString()!.StartsWith("/_mock", StringComparison.Ordinal))
            .Select(e => e.TryGetProperty("request_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()
                : e.TryGetProperty("requestId", out var camel) && camel.ValueKind == JsonValueKind.String ? camel.GetString() : null)
            .ToList();
}
