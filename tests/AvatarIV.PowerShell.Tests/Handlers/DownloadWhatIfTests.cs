using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>
/// Save-AvatarIVVideo and Wait-AvatarIVVideo -OutputDirectory under -WhatIf (the sink's ShouldProcess answers false):
/// each file write is previewed, none happens.
/// </summary>
public sealed class DownloadWhatIfTests : IClassFixture<ManualMock>
{
    private static readonly TimeSpan FastPoll = TimeSpan.FromMilliseconds(20);
    private readonly RunningMock _mock;

    public DownloadWhatIfTests(ManualMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task Save_under_WhatIf_writes_no_file_and_outputs_nothing()
    {
        using var h = new Harness(_mock);
        var id = await CompletedVideoAsync(h, "save dry run");
        var output = Path.Combine(h.Directory, "out");
        var (objectsBefore, callsBefore) = (h.Sink.Objects.Count, h.Sink.ShouldProcessCalls.Count);
        h.Sink.Proceed = false;

        await new SaveVideoHandler(h.Context).SaveAsync(id, null, output, force: false, includeThumbnail: true);

        var (target, action) = h.Sink.ShouldProcessCalls.Skip(callsBefore).ShouldHaveSingleItem();
        target.ShouldBe(Path.Combine(output, id + ".mp4"));
        action.ShouldContain(id);
        h.Sink.Objects.Count.ShouldBe(objectsBefore);
        h.Sink.Errors.ShouldBeEmpty();
        FilesIn(output).ShouldBeEmpty();
    }

    [Fact]
    public async Task Wait_with_an_output_directory_under_WhatIf_returns_the_finished_videos_but_writes_no_files()
    {
        using var h = new Harness(_mock);
        var first = await CompletedVideoAsync(h, "first dry run");
        var second = await CompletedVideoAsync(h, "second dry run");
        var output = Path.Combine(h.Directory, "out");
        var (objectsBefore, callsBefore) = (h.Sink.Objects.Count, h.Sink.ShouldProcessCalls.Count);
        h.Sink.Proceed = false;

        await new WaitVideoHandler(h.Context).WaitAsync(new[] { first, second }, TimeSpan.FromMinutes(1), FastPoll, output, force: false);

        var written = h.Sink.Objects.Skip(objectsBefore).Cast<AvatarVideo>().ToList();
        written.Select(v => v.VideoId).ShouldBe([first, second], ignoreOrder: true);
        written.ShouldAllBe(v => v.Status == "Completed" && v.FilePath == null && v.ThumbnailFilePath == null);
        h.Sink.ShouldProcessCalls.Skip(callsBefore).Select(c => c.Target).ShouldBe([Path.Combine(output, first + ".mp4"), Path.Combine(output, second + ".mp4")], ignoreOrder: true);
        h.Sink.Errors.ShouldBeEmpty();
        FilesIn(output).ShouldBeEmpty();
    }

    private async Task<string> CompletedVideoAsync(Harness h, string title)
    {
        var id = await h.CreateVideoAsync(title);
        (await _mock.Admin.PostAsync($"_mock/jobs/{id}/complete", null)).EnsureSuccessStatusCode();
        return id;
    }

    private static string[] FilesIn(string directory) =>
        Directory.Exists(directory) ? Directory.GetFiles(directory, "*", SearchOption.AllDirectories) : [];
}
