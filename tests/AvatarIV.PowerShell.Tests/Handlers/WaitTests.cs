using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>Wait-AvatarIVVideo's timeout and Ctrl+C, against jobs that only move when told (manual mode).</summary>
public sealed class WaitTests : IClassFixture<ManualMock>
{
    private static readonly TimeSpan FastPoll = TimeSpan.FromMilliseconds(20);
    private readonly RunningMock _mock;

    public WaitTests(ManualMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task A_video_still_rendering_at_the_timeout_is_a_non_terminating_Timeout_error_and_finished_ones_are_written()
    {
        using var h = new Harness(_mock);
        var done = await h.CreateVideoAsync("done");
        var stuck = await h.CreateVideoAsync("stuck");
        (await _mock.Admin.PostAsync($"_mock/jobs/{done}/complete", null)).EnsureSuccessStatusCode();

        await new WaitVideoHandler(h.Context).WaitAsync(new[] { done, stuck }, TimeSpan.FromMilliseconds(300), FastPoll, null, force: false);

        var error = h.Sink.Errors.ShouldHaveSingleItem();
        error.ErrorId.ShouldBe("AvatarIV.Timeout");
        error.IsTerminating.ShouldBeFalse();
        ((AvatarVideo)error.TargetObject!).VideoId.ShouldBe(stuck);
        h.Sink.Written<AvatarVideo>().Where(v => v.Status == "Completed").ShouldHaveSingleItem().VideoId.ShouldBe(done);
    }

    [Fact]
    public async Task Cancelling_mid_wait_stops_promptly_and_writes_no_files()
    {
        using var h = new Harness(_mock);
        var id = await h.CreateVideoAsync("never finishes");
        var output = Path.Combine(h.Directory, "out");
        h.Sink.OnProgress = p =>
        {
            if (p.Activity.Contains(id))
            {
                h.Cancellation.Cancel(); // the user presses Ctrl+C once the video is being watched
            }
        };

        await Should.ThrowAsync<OperationCanceledException>(() =>
            new WaitVideoHandler(h.Context).WaitAsync(new[] { id }, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5), output, force: false));

        h.Sink.Written<AvatarVideo>().Where(v => v.Status == "Completed").ShouldBeEmpty();
        (Directory.Exists(output) ? Directory.GetFiles(output) : Array.Empty<string>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Cancelling_during_the_download_leaves_no_partial_file()
    {
        using var h = new Harness(_mock);
        var id = await h.CreateVideoAsync("cancel while saving");
        (await _mock.Admin.PostAsync($"_mock/jobs/{id}/complete", null)).EnsureSuccessStatusCode();
        var output = Path.Combine(h.Directory, "out");
        h.Sink.OnProgress = p =>
        {
            if (p.Activity.StartsWith("Downloading", StringComparison.Ordinal))
            {
                h.Cancellation.Cancel();
            }
        };

        await Should.ThrowAsync<OperationCanceledException>(() =>
            new WaitVideoHandler(h.Context).WaitAsync(new[] { id }, TimeSpan.FromMinutes(1), FastPoll, output, force: false));

        (Directory.Exists(output) ? Directory.GetFiles(output) : Array.Empty<string>()).ShouldBeEmpty();
    }
}
