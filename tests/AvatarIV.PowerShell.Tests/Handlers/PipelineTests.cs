using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>Get-ChildItem *.png | Send-AvatarPhoto | New-AvatarIVVideo | Wait-AvatarIVVideo -OutputDirectory, handler by handler.</summary>
public sealed class PipelineTests : IClassFixture<PollingMock>
{
    private static readonly TimeSpan FastPoll = TimeSpan.FromMilliseconds(20);
    private readonly RunningMock _mock;

    public PipelineTests(PollingMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task Three_photos_become_three_downloaded_videos()
    {
        using var h = new Harness(_mock);
        var voice = await h.AnyVoiceIdAsync();
        var photos = Enumerable.Range(1, 3).Select(i => h.File($"face{i}.png", SampleMedia.Png())).ToList();

        await new SendPhotoHandler(h.Context).SendAsync(photos);
        var assets = h.Sink.Written<AvatarAsset>().ToList();
        foreach (var asset in assets)
        {
            await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { AssetId = asset.AssetId, ImageKey = asset.ImageKey, Script = "Hello there. This is me.", VoiceId = voice, Title = Path.GetFileName(asset.Path) });
        }

        var created = h.Sink.Written<AvatarVideo>().ToList();
        var output = Path.Combine(h.Directory, "out");
        await new WaitVideoHandler(h.Context).WaitAsync(created.Select(v => v.VideoId).ToList(), TimeSpan.FromMinutes(1), FastPoll, output, force: false);

        h.Sink.Errors.ShouldBeEmpty();
        assets.Select(a => a.Path).ShouldBe(photos);
        created.Count.ShouldBe(3);
        var finished = h.Sink.Written<AvatarVideo>().Where(v => v.FilePath is not null).ToList();
        finished.Select(v => v.VideoId).ShouldBe(created.Select(v => v.VideoId), ignoreOrder: true);
        foreach (var video in finished)
        {
            video.Status.ShouldBe("Completed");
            File.Exists(video.FilePath).ShouldBeTrue();
            File.Exists(video.ThumbnailFilePath).ShouldBeTrue();
        }

        Directory.GetFiles(output).Length.ShouldBe(6, "three videos and three thumbnails, nothing else");
    }

    [Fact]
    public async Task A_failed_video_is_a_non_terminating_error_and_the_others_are_written()
    {
        using var h = new Harness(_mock);
        var voice = await h.AnyVoiceIdAsync();
        var asset = await h.UploadPhotoAsync();
        foreach (var title in new[] { "good one", "bad [[fail:video_too_long]]", "good two" })
        {
            await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { AssetId = asset.AssetId, Script = "Short and sweet.", VoiceId = voice, Title = title });
        }

        var ids = h.Sink.Written<AvatarVideo>().Select(v => v.VideoId).ToList();
        await new WaitVideoHandler(h.Context).WaitAsync(ids, TimeSpan.FromMinutes(1), FastPoll, null, force: false);

        var error = h.Sink.Errors.ShouldHaveSingleItem();
        error.ErrorId.ShouldBe("AvatarIV.VideoFailed");
        error.IsTerminating.ShouldBeFalse();
        error.Message.ShouldContain("video_too_long");
        ((AvatarVideo)error.TargetObject!).VideoId.ShouldBe(ids[1]);
        h.Sink.Written<AvatarVideo>().Where(v => v.Status == "Completed").Select(v => v.Title).ShouldBe(new[] { "good one", "good two" }, ignoreOrder: true);
    }

    [Fact]
    public async Task The_estimate_equals_what_the_mock_then_charges()
    {
        using var h = new Harness(_mock);
        const string script = "Every word here is counted. The mock prices it the same way, to the hundredth of a credit.";
        var credits = new GetCreditHandler(h.Context);
        credits.Estimate(script, null, null, null, null);
        await credits.GetBalanceAsync();
        var voice = await h.AnyVoiceIdAsync();
        var asset = await h.UploadPhotoAsync();
        await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { AssetId = asset.AssetId, Script = script, VoiceId = voice });
        await credits.GetBalanceAsync();

        var estimate = h.Sink.Written<AvatarCreditEstimate>().Single();
        var balances = h.Sink.Written<AvatarCredit>().Select(c => c.RemainingCredits).ToList();
        (balances[0] - balances[1]).ShouldBe(estimate.Credits);
        h.Sink.Written<AvatarVideo>().Single().EstimatedCredits.ShouldBe(estimate.Credits);
    }

    [Fact]
    public async Task Verbose_output_shows_each_request_but_never_the_key()
    {
        using var h = new Harness(_mock);
        await new GetCreditHandler(h.Context).GetBalanceAsync();

        h.Sink.Verbose.ShouldNotBeEmpty();
        h.Sink.Verbose.ShouldAllBe(line => !line.Contains(h.ApiKey));
    }

    [Fact]
    public async Task An_invalid_photo_is_reported_and_the_valid_ones_still_upload()
    {
        using var h = new Harness(_mock);
        var notAPhoto = h.File("notes.png", "just text, not an image"u8.ToArray());
        var photo = h.File("face.png", SampleMedia.Png());

        await new SendPhotoHandler(h.Context).SendAsync(new[] { notAPhoto, photo });

        var error = h.Sink.Errors.ShouldHaveSingleItem();
        error.ErrorId.ShouldBe("AvatarIV.PhotoInvalid");
        error.TargetObject.ShouldBe(notAPhoto);
        h.Sink.Written<AvatarAsset>().Single().Path.ShouldBe(photo);
    }
}
