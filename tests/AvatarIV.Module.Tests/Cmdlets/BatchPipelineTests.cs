using AvatarIV.Mock.Client;
using AvatarIV.Mock.Client.Models;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>
/// Issue 9 P3: on v3, New-AvatarIVVideo sends creates beyond its first -ThrottleLimit (or that find every request in
/// flight) as <c>POST /v3/videos/batches</c>, whose videos the mock queues for a render slot; each input still gets its
/// own result, in input order, and a batch refused or failed never makes a video twice. Manual mode: the videos keep
/// their render slots, so single creates past the slots would be answered 429.
/// </summary>
public sealed class BatchPipelineTests : IClassFixture<ManualMock>, IDisposable
{
    private readonly MockProcess _mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    public BatchPipelineTests(ManualMock fixture)
    {
        _mock = fixture.Mock;
        _mock.Admin.ClearFaultsAsync().GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Thirty_inputs_at_the_defaults_make_thirty_videos_in_input_order_partly_as_batches()
    {
        var key = _session.Connect(_mock);
        var (asset, voice) = AssetAndVoice();

        var result = _session.Run(Pipeline(30, ""), asset, voice).ShouldSucceed();

        var ids = result.Values("VideoId").Cast<string>().ToList();
        ids.Distinct().Count().ShouldBe(30);
        var scripts = new List<string>();
        foreach (var id in ids)
        {
            scripts.Add(await _mock.ScriptOfAsync(id));
        }

        scripts.ShouldBe(Enumerable.Range(1, 30).Select(Script), "each result is the video made from its own input, in input order");
        (await _mock.JobsOfAsync(key)).Length.ShouldBe(30, "one video per input, none twice");
        (await RequestsAsync(key, "/v3/videos")).Count.ShouldBe(10, "the first -ThrottleLimit go one by one");
        (await RequestsAsync(key, "/v3/videos/batches")).ShouldNotBeEmpty();
        (await RequestsAsync(key, "/v3/videos*")).ShouldAllBe(r => r.Status == 200, "no create was answered 429");
    }

    [Fact]
    public async Task A_batch_refused_as_a_whole_is_sent_again_item_by_item_and_only_the_bad_item_fails()
    {
        var key = _session.Connect(_mock);
        var (asset, voice) = AssetAndVoice();

        // Input 4 names a photo the mock does not have: a batch holding it is refused (400) before anything is made.
        var result = _session.Run(
            "$asset = $args[0]; 1..6 | ForEach-Object { [pscustomobject]@{ AssetId = $(if ($_ -eq 4) { 'no-such-asset' } else { $asset }); Script = \"Video number $_ says hello.\" } } | " +
            "New-AvatarIVVideo -VoiceId $args[1] -ThrottleLimit 2",
            asset,
            voice);

        result.Terminating.ShouldBeNull();
        result.Output.Count.ShouldBe(5);
        result.Errors.ShouldHaveSingleItem().TargetObject.ShouldBe("no-such-asset");
        (await _mock.JobsOfAsync(key)).Length.ShouldBe(5, "the five good inputs, none twice");
        (await RequestsAsync(key, "/v3/videos/batches")).ShouldContain(r => r.Status >= 400 && r.Status < 500);
        var scripts = new List<string>();
        foreach (var id in result.Values("VideoId").Cast<string>())
        {
            scripts.Add(await _mock.ScriptOfAsync(id));
        }

        scripts.ShouldBe(new[] { 1, 2, 3, 5, 6 }.Select(Script));
    }

    [Fact]
    public async Task A_batch_refused_for_its_total_credit_charges_only_the_videos_made_one_by_one()
    {
        var key = _session.Connect(_mock);
        var (asset, voice) = AssetAndVoice();
        var before = Balance();
        _session.Run(Pipeline(1, "-ThrottleLimit 2"), asset, voice).ShouldSucceed();
        var cost = before - Balance();
        cost.ShouldBeGreaterThan(0m);

        // Enough for three and a half videos: the first two go alone, a batch of the other four is refused 402.
        await _mock.Admin.SetBalanceAsync(key, cost * 3.5m);
        var result = _session.Run(Pipeline(6, "-ThrottleLimit 2"), asset, voice);

        result.Terminating.ShouldBeNull();
        result.Output.Count.ShouldBe(3);
        result.Errors.Length.ShouldBe(3);
        result.Errors.ShouldAllBe(e => e.FullyQualifiedErrorId.StartsWith("AvatarIV.InsufficientCredit", StringComparison.Ordinal));
        (await _mock.JobsOfAsync(key)).Length.ShouldBe(4, "the first video and three of the six");
        (await RequestsAsync(key, "/v3/videos/batches")).ShouldContain(r => r.Status == 402);
        Balance().ShouldBe(cost * 0.5m, "only the videos made were charged");
    }

    [Fact]
    public async Task A_batch_answered_500_fails_its_items_and_never_makes_a_video_twice()
    {
        var key = _session.Connect(_mock);
        var (asset, voice) = AssetAndVoice();

        // Every batch create fails after the retries (the fault fires before any work, but the client cannot know that).
        await _mock.Admin.AddFaultAsync(new FaultRuleSpec("/v3/videos/batches") { Method = "POST", Status = 500 });
        var result = _session.Run(Pipeline(6, "-ThrottleLimit 2"), asset, voice);

        result.Terminating.ShouldBeNull();
        result.Output.Count.ShouldBe(2, "the two sent alone");
        result.Errors.Length.ShouldBe(4, "one error per item of the failed batches");
        (await _mock.JobsOfAsync(key)).Length.ShouldBe(2);
        (await RequestsAsync(key, "/v3/videos")).Count.ShouldBe(2, "no item of a failed batch is created again on its own");
        var batches = await RequestsAsync(key, "/v3/videos/batches");
        batches.ShouldAllBe(r => r.Status == 500);
        batches.Select(r => r.IdempotencyKey).Distinct().Count().ShouldBeLessThan(batches.Count, "a retried batch carries its Idempotency-Key again");
    }

    [Fact]
    public async Task WhatIf_makes_nothing()
    {
        var key = _session.Connect(_mock);
        var (asset, voice) = AssetAndVoice();

        var result = _session.Run(Pipeline(30, "-WhatIf"), asset, voice).ShouldSucceed();

        result.Output.ShouldBeEmpty();
        (await _mock.JobsOfAsync(key)).ShouldBeEmpty();
        (await RequestsAsync(key, "/v3/videos*")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Stop_while_creates_wait_for_a_batch_returns_within_a_second()
    {
        _session.Connect(_mock);
        var (asset, voice) = AssetAndVoice();
        await _mock.Admin.AddFaultAsync(new FaultRuleSpec("/v3/videos/batches", "latency") { Method = "POST", LatencyMs = 60_000 });

        // The ten creates sent alone answer at once (each writes a verbose notice); the others wait in held batches.
        using var shell = _session.Create(Pipeline(30, "-Verbose"), asset, voice);
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        shell.Streams.Verbose.DataAdded += (_, _) =>
        {
            if (shell.Streams.Verbose.Count >= 10)
            {
                sending.TrySetResult();
            }
        };
        var invocation = shell.BeginInvoke();
        await sending.Task.WaitAsync(TimeSpan.FromSeconds(30));

        (await shell.StopAndTimeAsync(invocation)).ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Legacy_creates_never_go_as_batches()
    {
        var key = _session.Connect(_mock, apiVersion: "Legacy");
        var voice = _session.Run("(Get-AvatarIVVoice | Select-Object -First 1).VoiceId").ShouldSucceed().Output.Single().ToString();
        var imageKey = _session.Run("(Send-AvatarPhoto -Path $args[0]).ImageKey", TestPaths.SamplePhoto).ShouldSucceed().Output.Single().ToString();

        var result = _session.Run(
            "$imageKey = $args[0]; 1..4 | ForEach-Object { [pscustomobject]@{ ImageKey = $imageKey; Script = \"Number $_.\" } } | New-AvatarIVVideo -VoiceId $args[1] -Title legacy -ThrottleLimit 2",
            imageKey,
            voice).ShouldSucceed();

        result.Output.Count.ShouldBe(4);
        (await RequestsAsync(key, "/v2/video/av4/generate")).Count.ShouldBe(4);
        (await RequestsAsync(key, "/v3/videos*")).ShouldBeEmpty();
    }

    public void Dispose()
    {
        _mock.Admin.ClearFaultsAsync().GetAwaiter().GetResult();
        _session.Dispose();
    }

    private static string Script(int number) => $"Video number {number} says hello.";

    /// <summary>Inputs 1..<paramref name="count"/>, each with its own script, into New-AvatarIVVideo (args: asset id, voice id).</summary>
    private static string Pipeline(int count, string parameters) =>
        $"$asset = $args[0]; 1..{count} | ForEach-Object {{ [pscustomobject]@{{ AssetId = $asset; Script = \"Video number $_ says hello.\" }} }} | New-AvatarIVVideo -VoiceId $args[1] {parameters}";

    private (string Asset, string Voice) AssetAndVoice() => (
        _session.Run("(Send-AvatarPhoto -Path $args[0]).AssetId", TestPaths.SamplePhoto).ShouldSucceed().Output.Single().ToString()!,
        _session.Run("(Get-AvatarIVVoice | Select-Object -First 1).VoiceId").ShouldSucceed().Output.Single().ToString()!);

    private decimal Balance() => (decimal)_session.Run("(Get-AvatarIVCredit).RemainingCredits").ShouldSucceed().Output.Single().BaseObject;

    private Task<IReadOnlyList<MockJournalEntry>> RequestsAsync(string apiKey, string path) => _mock.RequestsOfAsync(apiKey, "POST", path);
}
