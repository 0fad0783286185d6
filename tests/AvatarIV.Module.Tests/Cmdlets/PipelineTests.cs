using System.Management.Automation;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>The README's quick-start pipeline, in PowerShell: photos on disk become downloaded MP4s, with progress and verbose output.</summary>
public sealed class PipelineTests : IClassFixture<PollsMock>, IDisposable
{
    private const string Script = "Hello! This is a short test script. It takes a few seconds to say.";
    private readonly MockProcess _mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();
    private readonly TempFolder _folder = new();

    public PipelineTests(PollsMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task Photos_from_Get_ChildItem_become_downloaded_MP4s()
    {
        var key = _session.Connect(_mock);
        var photos = _folder.WithPhotos(3);
        var output = Path.Combine(_folder.Path, "out");

        var result = _session.Run(
            """
            $voice = (Get-AvatarIVVoice | Select-Object -First 1).VoiceId
            Get-ChildItem -Path (Join-Path $args[0] '*.jpg') |
                Send-AvatarPhoto |
                New-AvatarIVVideo -Script $args[1] -VoiceId $voice |
                Wait-AvatarIVVideo -OutputDirectory $args[2] -PollInterval (New-TimeSpan -Seconds 0)
            """,
            photos,
            Script,
            output).ShouldSucceed();

        result.Output.Count.ShouldBe(3);
        result.Values("Status").ShouldAllBe(s => (string?)s == "Completed");
        foreach (var path in result.Values("FilePath").Cast<string>())
        {
            path.ShouldStartWith(output);
            var header = File.ReadAllBytes(path)[4..8];
            System.Text.Encoding.ASCII.GetString(header).ShouldBe("ftyp", "a real MP4 starts with an ftyp box");
        }

        (await _mock.JobsOfAsync(key)).Length.ShouldBe(3);
    }

    [Fact]
    public void Waiting_reports_progress_per_video_and_overall()
    {
        _session.Connect(_mock);
        var result = _session.Run(
            """
            Send-AvatarPhoto -Path $args[0] |
                New-AvatarIVVideo -Script $args[1] -VoiceId (Get-AvatarIVVoice | Select-Object -First 1).VoiceId |
                Wait-AvatarIVVideo -PollInterval (New-TimeSpan -Seconds 0)
            """,
            TestPaths.SamplePhoto,
            Script).ShouldSucceed();

        var progress = result.Streams.Progress.ToList();
        progress.ShouldContain(p => p.Activity == "Waiting for videos" && p.RecordType == ProgressRecordType.Completed);
        progress.ShouldContain(p => p.Activity.StartsWith("Video ") && p.ParentActivityId >= 0);
    }

    [Fact]
    public void Verbose_shows_each_request_and_never_the_key()
    {
        var key = _session.Connect(_mock);
        var result = _session.Run("Get-AvatarIVCredit -Verbose; Get-AvatarIVVoice -Verbose | Select-Object -First 1").ShouldSucceed();

        var verbose = result.Streams.Verbose.Select(v => v.Message).ToList();
        verbose.ShouldNotBeEmpty();
        verbose.ShouldContain(m => m.Contains("GET ", StringComparison.Ordinal));
        verbose.ShouldAllBe(m => !m.Contains(key, StringComparison.Ordinal));
        result.Output.Select(o => o.ToString()).ShouldAllBe(text => !text.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhatIf_spends_nothing_and_writes_nothing()
    {
        var key = _session.Connect(_mock);
        _session.Run("Get-AvatarIVCredit | Out-Null").ShouldSucceed();
        var before = await _mock.BalanceAsync(key);
        var photos = _folder.WithPhotos(2);

        var result = _session.Run(
            "Get-ChildItem (Join-Path $args[0] '*.jpg') | Send-AvatarPhoto | New-AvatarIVVideo -Script $args[1] -VoiceId v1 -WhatIf",
            photos,
            Script);

        result.Terminating.ShouldBeNull();
        (await _mock.JobsOfAsync(key)).ShouldBeEmpty();
        (await _mock.BalanceAsync(key)).ShouldBe(before);
    }

    [Fact]
    public async Task Confirm_answered_No_creates_nothing_and_saves_nothing()
    {
        var host = new AnsweringHost("No");
        using var session = ModuleRunspace.Open(host);
        var key = session.Connect(_mock);
        var voice = session.Run("(Get-AvatarIVVoice | Select-Object -First 1).VoiceId").ShouldSucceed().Output.Single().ToString();

        var created = session.Run("Send-AvatarPhoto -Path $args[0] | New-AvatarIVVideo -Script $args[1] -VoiceId $args[2] -Confirm", TestPaths.SamplePhoto, Script, voice);

        created.Output.ShouldBeEmpty();
        host.Prompts.ShouldContain(p => p.Contains("Create an Avatar IV video", StringComparison.Ordinal));
        (await _mock.JobsOfAsync(key)).ShouldBeEmpty();

        // Answer yes to create one, then refuse to save it: no file appears.
        var video = _session.Run("$null = Connect-AvatarIV -ApiKey (ConvertTo-SecureString $args[0] -AsPlainText -Force) -BaseUri $args[1]; Send-AvatarPhoto -Path $args[2] | New-AvatarIVVideo -Script $args[3] -VoiceId $args[4] | Wait-AvatarIVVideo -PollInterval (New-TimeSpan -Seconds 0)", key, _mock.BaseUri, TestPaths.SamplePhoto, Script, voice).ShouldSucceed().Output.Single();
        var target = Path.Combine(_folder.Path, "kept.mp4");
        session.Run("$args[0] | Save-AvatarIVVideo -Path $args[1] -Confirm", video, target);
        host.Prompts.Count.ShouldBe(2, "Save-AvatarIVVideo asked too");
        File.Exists(target).ShouldBeFalse();
        Directory.GetFiles(_folder.Path).ShouldBeEmpty("no partial file either");
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
