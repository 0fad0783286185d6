using System.Management.Automation;
using AvatarIV.Mock.Client;
using AvatarIV.Mock.Client.Models;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>
/// Send-AvatarPhoto and New-AvatarIVVideo work on pipeline input concurrently (-ThrottleLimit): requests really overlap
/// but never beyond the limit (the mock's journal holds each request's start and duration, and a latency fault holds
/// them open), results come out in input order, one failure is one error record, and retries never duplicate a video.
/// </summary>
public sealed class ThrottleTests : IClassFixture<ImmediateMock>, IDisposable
{
    private const string Script = "Hello! This is a short test script.";
    private readonly MockProcess _mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();
    private readonly TempFolder _folder = new();

    public ThrottleTests(ImmediateMock fixture)
    {
        _mock = fixture.Mock;
        _mock.Admin.ClearFaultsAsync().GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Photos_upload_at_most_ThrottleLimit_at_once_and_come_out_in_input_order()
    {
        var key = _session.Connect(_mock);
        var photos = _folder.WithPhotos(9);

        // The first upload is held longest, so the uploads finish out of input order.
        await HoldAsync("/v3/assets", 900, times: 1);
        await HoldAsync("/v3/assets", 300);
        var result = _session.Run(
            "Get-ChildItem -Path (Join-Path $args[0] '*.jpg') | Sort-Object Name | Send-AvatarPhoto -ThrottleLimit 3 -Verbose",
            photos).ShouldSucceed();

        result.Values("Path").Select(p => Path.GetFileName((string)p!))
            .ShouldBe(Enumerable.Range(1, 9).Select(i => $"photo{i}.jpg").OrderBy(n => n, StringComparer.OrdinalIgnoreCase));
        var uploads = await RequestsAsync(key, "POST", "/v3/assets");
        uploads.Count.ShouldBe(9);
        MaxInFlight(uploads).ShouldBeInRange(2, 3);
        result.Streams.Verbose.Count(v => v.Message.StartsWith("POST ", StringComparison.Ordinal)).ShouldBe(9, "each request's notice reaches -Verbose");

        // One progress bar per upload in flight (three lanes at most), each closed at the end.
        var bars = result.Streams.Progress.Where(p => p.Activity.StartsWith("Uploading ", StringComparison.Ordinal)).GroupBy(p => p.ActivityId).ToList();
        bars.Count.ShouldBeInRange(2, 3);
        bars.ShouldAllBe(bar => bar.Last().RecordType == ProgressRecordType.Completed);
    }

    [Fact]
    public async Task Creates_run_at_most_ThrottleLimit_at_once_and_videos_come_out_in_input_order()
    {
        var key = _session.Connect(_mock);
        var voice = AnyVoice();
        var asset = _session.Run("(Send-AvatarPhoto -Path $args[0]).AssetId", TestPaths.SamplePhoto).ShouldSucceed().Output.Single().ToString();

        await HoldAsync("/v3/videos", 900, times: 1);
        await HoldAsync("/v3/videos", 300);
        var result = _session.Run(
            "$asset = $args[0]; 1..8 | ForEach-Object { [pscustomobject]@{ AssetId = $asset; Script = \"Video number $_ says hello.\" } } | New-AvatarIVVideo -VoiceId $args[1] -ThrottleLimit 4",
            asset,
            voice).ShouldSucceed();

        var scripts = new List<string>();
        foreach (var videoId in result.Values("VideoId").Cast<string>())
        {
            scripts.Add(await _mock.ScriptOfAsync(videoId));
        }

        scripts.ShouldBe(Enumerable.Range(1, 8).Select(i => $"Video number {i} says hello."));
        // Creates beyond the first four go as batches (POST /v3/videos/batches): together still at most four in flight.
        MaxInFlight(await RequestsAsync(key, "POST", "/v3/videos*")).ShouldBeInRange(2, 4);
    }

    [Fact]
    public async Task One_failing_photo_is_one_error_record_and_the_others_are_uploaded()
    {
        _session.Connect(_mock);
        var photos = _folder.WithPhotos(5);
        File.WriteAllText(Path.Combine(photos, "photo3b.jpg"), "not a photo at all");

        // And one the server refuses (413 is not retried): whichever upload reaches it first.
        await _mock.Admin.AddFaultAsync(new FaultRuleSpec("/v3/assets") { Method = "POST", Status = 413, Times = 1 });
        var result = _session.Run("Get-ChildItem -Path (Join-Path $args[0] '*.jpg') | Send-AvatarPhoto -ThrottleLimit 4", photos);

        result.Terminating.ShouldBeNull();
        result.Output.Count.ShouldBe(4);
        result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).OrderBy(id => id, StringComparer.Ordinal)
            .ShouldBe(new[] { "AvatarIV.PayloadTooLarge", "AvatarIV.PhotoInvalid" });
        result.Errors.Single(e => e.FullyQualifiedErrorId.StartsWith("AvatarIV.PhotoInvalid", StringComparison.Ordinal)).TargetObject.ToString()!.ShouldEndWith("photo3b.jpg");
    }

    [Fact]
    public async Task V3_creates_under_5xx_and_429_make_exactly_one_video_per_input()
    {
        var key = _session.Connect(_mock);
        var voice = AnyVoice();
        var asset = _session.Run("(Send-AvatarPhoto -Path $args[0]).AssetId", TestPaths.SamplePhoto).ShouldSucceed().Output.Single().ToString();

        // 503 after the server made the video (the client retries with the same Idempotency-Key), and 429 before.
        await _mock.Admin.AddFaultAsync(new FaultRuleSpec("/v3/videos") { Method = "POST", Status = 503, Phase = "after", Times = 3 });
        await _mock.Admin.AddFaultAsync(new FaultRuleSpec("/v3/videos") { Method = "POST", Status = 429, RetryAfter = 1, Times = 2 });
        var result = _session.Run(
            "$asset = $args[0]; 1..10 | ForEach-Object { [pscustomobject]@{ AssetId = $asset; Script = \"Number $_.\" } } | New-AvatarIVVideo -VoiceId $args[1]",
            asset,
            voice).ShouldSucceed();

        result.Values("VideoId").Distinct().Count().ShouldBe(10);
        (await _mock.JobsOfAsync(key)).Length.ShouldBe(10, "no duplicate video");
        var creates = await RequestsAsync(key, "POST", "/v3/videos");
        creates.Count.ShouldBe(15, "10 creates, 5 retried");
        creates.Select(c => c.IdempotencyKey).Distinct().Count().ShouldBe(10, "one key per video, kept across its retries");
    }

    [Fact]
    public async Task Legacy_creates_are_never_repeated_after_a_5xx()
    {
        var key = _session.Connect(_mock, apiVersion: "Legacy");
        var voice = AnyVoice();
        var imageKey = _session.Run("(Send-AvatarPhoto -Path $args[0]).ImageKey", TestPaths.SamplePhoto).ShouldSucceed().Output.Single().ToString();

        await _mock.Admin.AddFaultAsync(new FaultRuleSpec("/v2/video/av4/generate") { Method = "POST", Status = 503, Phase = "after", Times = 2 });
        await _mock.Admin.AddFaultAsync(new FaultRuleSpec("/v2/video/av4/generate") { Method = "POST", Status = 429, RetryAfter = 1, Times = 1 });
        var result = _session.Run(
            "$imageKey = $args[0]; 1..6 | ForEach-Object { [pscustomobject]@{ ImageKey = $imageKey; Script = \"Number $_.\" } } | New-AvatarIVVideo -VoiceId $args[1] -Title 'legacy throttle'",
            imageKey,
            voice);

        result.Terminating.ShouldBeNull();
        result.Output.Count.ShouldBe(4);
        result.Errors.Length.ShouldBe(2, "the two 5xx answers are reported, not retried");
        (await _mock.JobsOfAsync(key)).Length.ShouldBe(6, "the 5xx came after the server made those two: six videos, none twice");
        (await RequestsAsync(key, "POST", "/v2/video/av4/generate")).Count.ShouldBe(7, "only the 429 (refused before any work) was sent again");
    }

    [Fact]
    public async Task Confirm_asks_once_per_item_before_anything_is_sent()
    {
        var host = new AnsweringHost("No");
        using var session = ModuleRunspace.Open(host);
        var key = session.Connect(_mock);

        var result = session.Run(
            "1..3 | ForEach-Object { [pscustomobject]@{ AssetId = 'asset-that-never-goes-out'; Script = \"Number $_.\" } } | New-AvatarIVVideo -VoiceId v1 -ThrottleLimit 3 -Confirm");

        result.Output.ShouldBeEmpty();
        host.Prompts.Count.ShouldBe(3);
        (await _mock.JobsOfAsync(key)).ShouldBeEmpty();
        (await RequestsAsync(key, "POST", "/v3/videos")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Stop_while_uploads_are_held_returns_within_a_second()
    {
        _session.Connect(_mock);
        var photos = _folder.WithPhotos(6);
        await HoldAsync("/v3/assets", 60_000);

        using var shell = _session.Create("Get-ChildItem -Path (Join-Path $args[0] '*.jpg') | Send-AvatarPhoto -ThrottleLimit 3", photos);
        var uploading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        shell.Streams.Progress.DataAdded += (_, _) => uploading.TrySetResult();
        var invocation = shell.BeginInvoke();
        await uploading.Task.WaitAsync(TimeSpan.FromSeconds(30));

        (await shell.StopAndTimeAsync(invocation)).ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    public void Dispose()
    {
        _mock.Admin.ClearFaultsAsync().GetAwaiter().GetResult();
        _session.Dispose();
        _folder.Dispose();
    }

    /// <summary>The most requests the server had open at one moment (back-to-back requests overlapping by under 50 ms, the server finishing its bookkeeping, do not count).</summary>
    private static int MaxInFlight(IReadOnlyList<MockJournalEntry> requests)
    {
        const int ToleranceMs = 50;
        return requests.Max(r => requests.Count(o =>
            o.Time <= r.Time && r.Time < o.Time.AddMilliseconds(o.DurationMs - ToleranceMs)));
    }

    private Task HoldAsync(string path, int milliseconds, int? times = null) =>
        _mock.Admin.AddFaultAsync(new FaultRuleSpec(path, "latency") { Method = "POST", LatencyMs = milliseconds, Times = times });

    private Task<IReadOnlyList<MockJournalEntry>> RequestsAsync(string apiKey, string method, string path) => _mock.RequestsOfAsync(apiKey, method, path);

    private string AnyVoice() => _session.Run("(Get-AvatarIVVoice | Select-Object -First 1).VoiceId").ShouldSucceed().Output.Single().ToString();
}

/// <summary>A mock whose videos are done as soon as they are created (no render slot stays taken).</summary>
public sealed class ImmediateMock : IAsyncLifetime
{
    public MockProcess Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await MockProcess.StartAsync("--progression", "immediate");

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}
