using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>Issue 8 item 5: a wait against an endpoint nobody answers at fails with the network error within the retry budget, not at its timeout.</summary>
public sealed class UnreachableWaitTests
{
    [Fact]
    public async Task A_server_that_stops_mid_wait_ends_the_wait_with_a_network_error()
    {
        var mock = await RunningMock.StartAsync("--progression", "manual");
        using var client = MockClients.Create(mock, ApiSurface.V3, MockClients.NewKey("stops"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var id = (await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Never finished."))).VideoId;
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = MockClients.FastWait(TimeSpan.FromSeconds(60));
        options.OnStatusChanged = _ => seen.TrySetResult();

        var waiting = client.WaitForVideosAsync([id], options);
        await seen.Task;
        await mock.DisposeAsync();
        var clock = Stopwatch.StartNew();
        var error = await Should.ThrowAsync<AvatarIVApiException>(() => waiting);

        error.ErrorCode.ShouldBe(AvatarIVErrorCodes.NetworkError);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task An_endpoint_that_was_never_there_fails_within_the_default_retry_budget(ApiSurface surface)
    {
        using var client = new AvatarIVClient(new AvatarIVClientOptions { ApiKey = "sk-unreachable", BaseUri = new Uri($"http://127.0.0.1:{FreePort()}/"), Surface = surface });
        var clock = Stopwatch.StartNew();

        var error = await Should.ThrowAsync<AvatarIVApiException>(() =>
            client.WaitForVideosAsync(["0123456789abcdef0123456789abcdef"], new WaitOptions { Timeout = TimeSpan.FromSeconds(60) }));

        error.ErrorCode.ShouldBe(AvatarIVErrorCodes.NetworkError);
        error.Message.ShouldNotContain("sk-unreachable");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    /// <summary>A loopback port nothing listens on: bound once to learn a free number, then released.</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
