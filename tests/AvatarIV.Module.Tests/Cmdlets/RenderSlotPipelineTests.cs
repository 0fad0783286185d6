using AvatarIV.Mock.Client;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>A mock whose jobs move only when a test says so, with two render slots per key.</summary>
public sealed class TwoSlotManualMock : IAsyncLifetime
{
    public MockProcess Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await MockProcess.StartAsync("--progression", "manual", "--concurrency", "2");

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

/// <summary>Issue 9 P3: a New-AvatarIVVideo pipeline of more inputs than render slots waits for slots instead of losing items.</summary>
public sealed class RenderSlotPipelineTests(TwoSlotManualMock fixture) : IClassFixture<TwoSlotManualMock>, IDisposable
{
    private readonly MockProcess _mock = fixture.Mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    [Fact]
    public async Task A_pipeline_of_more_videos_than_render_slots_makes_all_of_them_as_slots_free()
    {
        var key = _session.Connect(_mock);
        var voice = _session.Run("(Get-AvatarIVVoice | Select-Object -First 1).VoiceId").ShouldSucceed().Output.Single().ToString();
        var asset = _session.Run("(Send-AvatarPhoto -Path $args[0]).AssetId", TestPaths.SamplePhoto).ShouldSucceed().Output.Single().ToString();

        var pipeline = Task.Run(() => _session.Run(
            "$asset = $args[0]; 1..3 | ForEach-Object { [pscustomobject]@{ AssetId = $asset; Script = \"Number $_.\" } } | New-AvatarIVVideo -VoiceId $args[1] -Verbose",
            asset,
            voice));

        // Two videos hold both slots and the third create was refused with 429: free a slot by finishing one video.
        var keyId = MockKeyId.From(key);
        while (!(await _mock.Admin.GetJournalAsync("/v3/videos", "POST")).Any(e => e.KeyId == keyId && e.Status == 429))
        {
            pipeline.IsCompleted.ShouldBeFalse("the pipeline must wait for a slot, not end");
            await Task.Delay(50);
        }

        var first = (await _mock.JobsOfAsync(key)).First();
        await _mock.Admin.CompleteJobAsync(first.Id);
        var result = (await pipeline.WaitAsync(TimeSpan.FromMinutes(2))).ShouldSucceed();

        result.Values("VideoId").Distinct().Count().ShouldBe(3);
        (await _mock.JobsOfAsync(key)).Length.ShouldBe(3, "one video per input, none twice");
        result.Streams.Verbose.ShouldContain(v => v.Message.Contains("waiting for a render slot or the rate limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Connect_AvatarIV_MaxRateLimitWait_takes_seconds_and_says_so_in_verbose()
    {
        var result = _session.Run(
            "Connect-AvatarIV -ApiKey (ConvertTo-SecureString 'slots-key' -AsPlainText -Force) -BaseUri $args[0] -MaxRateLimitWait 90 -Verbose",
            _mock.BaseUri).ShouldSucceed();

        result.Streams.Verbose.ShouldContain(v => v.Message.Contains("waits up to 90 s for render slots", StringComparison.Ordinal));
    }

    public void Dispose() => _session.Dispose();
}
