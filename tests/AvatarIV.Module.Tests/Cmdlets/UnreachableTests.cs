using System.Diagnostics;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>A dead endpoint is AvatarIV.EndpointUnreachable within the retry budget, never a silent wait until -Timeout.</summary>
public sealed class UnreachableTests : IDisposable
{
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    [Fact]
    public async Task A_server_that_stops_during_Wait_AvatarIVVideo_ends_it_with_EndpointUnreachable()
    {
        var mock = await MockProcess.StartAsync("--progression", "manual");
        _session.Connect(mock);
        var videoId = _session.Run("Send-AvatarPhoto -Path $args[0] | New-AvatarIVVideo -Script 'Hello there.' -VoiceId (Get-AvatarIVVoice | Select-Object -First 1).VoiceId", TestPaths.SamplePhoto)
            .ShouldSucceed().Values("VideoId").Single()!.ToString();

        using var shell = _session.Create("Wait-AvatarIVVideo -VideoId $args[0] -Timeout 40", videoId);
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        shell.Streams.Progress.DataAdded += (_, _) => waiting.TrySetResult();
        var invocation = shell.BeginInvoke();
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await mock.DisposeAsync(); // the server goes away mid-wait

        var clock = Stopwatch.StartNew();
        await Task.Factory.FromAsync(invocation, _ => { }).WaitAsync(TimeSpan.FromSeconds(60));
        shell.EndInvoke(invocation); // a cmdlet's terminating error ends its statement; the script reports it in the error stream
        var error = shell.Streams.Error.ShouldHaveSingleItem();

        error.FullyQualifiedErrorId.ShouldStartWith("AvatarIV.EndpointUnreachable,");
        error.CategoryInfo.Category.ShouldBe(ErrorCategory.ConnectionError);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "within the retry budget, not the 40 s timeout");
    }

    [Fact]
    public void No_server_from_the_start_is_EndpointUnreachable_for_Wait_as_for_Get()
    {
        _session.Run(
            "Connect-AvatarIV -ApiKey (ConvertTo-SecureString 'k-unreachable' -AsPlainText -Force) -BaseUri $args[0]",
            $"http://127.0.0.1:{FreePort()}/").ShouldSucceed();

        foreach (var command in new[] { "Wait-AvatarIVVideo -VideoId 0123456789abcdef0123456789abcdef -Timeout 40", "Get-AvatarIVVideo -VideoId 0123456789abcdef0123456789abcdef" })
        {
            var clock = Stopwatch.StartNew();
            var caught = _session.Run($"try {{ {command} }} catch {{ $_ }}").ShouldSucceed();
            var error = caught.Output.ShouldHaveSingleItem().BaseObject.ShouldBeOfType<ErrorRecord>();
            error.FullyQualifiedErrorId.ShouldStartWith("AvatarIV.EndpointUnreachable,", customMessage: command);
            error.ToString().ShouldNotContain("k-unreachable");
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), command);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose() => _session.Dispose();
}
