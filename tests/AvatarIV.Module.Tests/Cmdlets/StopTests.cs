using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>Ctrl+C (PowerShell.Stop) ends a wait at once, whatever the video is doing.</summary>
public sealed class StopTests : IClassFixture<ManualMock>, IDisposable
{
    private readonly MockProcess _mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    public StopTests(ManualMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task Stop_during_a_wait_returns_within_a_second()
    {
        _session.Connect(_mock);
        var videoId = _session.Run("Send-AvatarPhoto -Path $args[0] | New-AvatarIVVideo -Script 'Hello there.' -VoiceId (Get-AvatarIVVoice | Select-Object -First 1).VoiceId", TestPaths.SamplePhoto)
            .ShouldSucceed().Values("VideoId").Single()!.ToString();

        using var shell = _session.Create("Wait-AvatarIVVideo -VideoId $args[0] -Timeout (New-TimeSpan -Minutes 5)", videoId);
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The first progress record means the wait is under way (the manual-mode video stays pending).
        shell.Streams.Progress.DataAdded += (_, _) => waiting.TrySetResult();
        var invocation = shell.BeginInvoke();
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));

        (await shell.StopAndTimeAsync(invocation)).ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    public void Dispose() => _session.Dispose();
}
