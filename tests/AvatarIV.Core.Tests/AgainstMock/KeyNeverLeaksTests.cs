using System.Text;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>Forces every error path and collects everything the client says; the key must appear nowhere.</summary>
public sealed class KeyNeverLeaksTests : IAsyncLifetime
{
    private const string GoodKey = "sk-good-key-for-leak-test-000111";
    private const string Secret = "sk-SECRET-never-print-me-424242";

    private readonly StringBuilder _said = new();
    private RunningMock _mock = null!;

    public async Task InitializeAsync() => _mock = await RunningMock.StartAsync("--api-key", GoodKey, "--api-key", Secret, "--progression", "immediate");

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task The_key_appears_in_no_exception_notice_or_string()
    {
        foreach (var surface in new[] { ApiSurface.V3, ApiSurface.Legacy })
        {
            await ProvokeAsync(surface, Secret);
        }

        await ProvokeWrongKeyAsync(ApiSurface.V3);
        await ProvokeWrongKeyAsync(ApiSurface.Legacy);

        var said = _said.ToString();
        said.Length.ShouldBeGreaterThan(1000);
        said.ShouldContain("HTTP 503");
        said.ShouldNotContain(Secret);
        said.ShouldNotContain(Secret.Substring(3, 12));
    }

    private async Task ProvokeAsync(ApiSurface surface, string key)
    {
        using var client = CreateClient(surface, key);
        _said.AppendLine(client.ToString()).AppendLine(client.Options.ToString());
        (await Capture(client.GetCreditsAsync())).ShouldBeNull();
        using var impatient = CreateClient(surface, key, o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));

        await _mock.AddFaultAsync(new { path = "/v*", kind = "status", status = 503, times = 3 });
        await Capture(client.GetVoicesAsync());
        await _mock.AddFaultAsync(new { path = "/v*", kind = "drop", times = 3 });
        await Capture(client.GetVoicesAsync());
        await _mock.AddFaultAsync(new { path = "/v*", kind = "malformed", times = 3 });
        await Capture(client.GetVoicesAsync());
        await _mock.AddFaultAsync(new { path = "/v*", kind = "latency", latency_ms = 1500, times = 1 });
        await Capture(impatient.GetVoicesAsync());
        await Capture(client.GetVideoAsync("no-such-video"));
        await Capture(client.DeleteVideoAsync("no-such-video"));
        await Capture(client.CreateVideoAsync(new CreateVideoRequest { ImageKey = "k", ImageAssetId = "a", VoiceId = "nope", Script = "Hello." }));
        await Capture(client.UploadAssetAsync(new MemoryStream([1, 2, 3]), "junk.bin", "application/octet-stream"));
        await Capture(client.DownloadVideoAsync(new Video { VideoId = "x", Status = VideoStatus.Completed, VideoUrl = _mock.BaseUri + "_media/bogus.mp4" }, Path.Combine(Path.GetTempPath(), $"leak-{Guid.NewGuid():N}.mp4")));
        (await _mock.Admin.DeleteAsync("_mock/faults")).EnsureSuccessStatusCode();
    }

    private async Task ProvokeWrongKeyAsync(ApiSurface surface)
    {
        using var client = CreateClient(surface, Secret + "-wrong");
        var error = await Capture(client.GetCreditsAsync());
        error.ShouldBeOfType<AvatarIVApiException>().StatusCode.ShouldBe(401);
        error.Message.ShouldContain("API key");
    }

    private AvatarIVClient CreateClient(ApiSurface surface, string key, Action<AvatarIVClientOptions>? configure = null) =>
        MockClients.Create(_mock, surface, key, o =>
        {
            o.OnRetry = n => Say(n.ToString());
            o.OnRequest = n => Say(n.ToString());
            configure?.Invoke(o);
        });

    private async Task<Exception?> Capture(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception ex)
        {
            Say(ex.ToString());
            for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
            {
                Say(inner.ToString());
            }

            return ex;
        }
    }

    private void Say(string text)
    {
        lock (_said)
        {
            _said.AppendLine(text);
        }
    }
}
