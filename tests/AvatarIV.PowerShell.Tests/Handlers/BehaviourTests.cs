using AvatarIV.Core;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>
/// Handler side of issue 7 §3 (the Pester file tests/pester/Behaviours.Tests.ps1 drives the same in real PowerShell):
/// local checks before any upload, the ErrorIds docs/powershell-guide.md promises, and what the session remembers of its videos.
/// </summary>
public sealed class BehaviourTests : IClassFixture<PollingMock>
{
    private readonly RunningMock _mock;

    public BehaviourTests(PollingMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task Legacy_audio_without_a_voice_is_refused_before_ShouldProcess_and_the_upload()
    {
        using var h = Legacy();
        var audio = h.File("speech.wav", SampleMedia.Wav(2));

        await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { ImageKey = "any-image-key", AudioPath = audio });

        var error = h.Sink.Errors.ShouldHaveSingleItem();
        error.ErrorId.ShouldBe(ErrorMap.InvalidArgument);
        error.Message.ShouldContain("-VoiceId");
        h.Sink.ShouldProcessCalls.ShouldBeEmpty();
        h.Sink.Progress.ShouldBeEmpty("no upload may start");
    }

    [Fact]
    public async Task Legacy_audio_with_a_voice_makes_a_video()
    {
        using var h = Legacy();
        var photo = await h.UploadPhotoAsync();

        await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters
        {
            ImageKey = photo.ImageKey, AudioPath = h.File("speech.wav", SampleMedia.Wav(2)), VoiceId = await h.AnyVoiceIdAsync(),
        });

        h.Sink.Errors.ShouldBeEmpty();
        h.Sink.Written<AvatarVideo>().ShouldHaveSingleItem().ApiVersion.ShouldBe(AvatarIVApiVersion.Legacy);
    }

    [Fact]
    public async Task A_missing_audio_file_is_PathNotFound_in_category_ObjectNotFound()
    {
        using var h = new Harness(_mock);
        var missing = Path.Combine(h.Directory, "missing.wav");

        await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { AssetId = "a", AudioPath = missing });

        var error = h.Sink.Errors.ShouldHaveSingleItem();
        error.ErrorId.ShouldBe(ErrorMap.PathNotFound);
        error.Category.ShouldBe(AvatarIVErrorCategory.ObjectNotFound);
        error.TargetObject.ShouldBe(missing);
        h.Sink.ShouldProcessCalls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Waiting_for_an_unknown_id_is_NotFound_not_VideoFailed()
    {
        using var h = new Harness(_mock);

        await new WaitVideoHandler(h.Context).WaitAsync(["nosuchvideo"], TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50), null, false);

        var error = h.Sink.Errors.ShouldHaveSingleItem();
        error.ErrorId.ShouldBe(ErrorMap.NotFound);
        error.Category.ShouldBe(AvatarIVErrorCategory.ObjectNotFound);
        h.Session.Videos.All().ShouldBeEmpty("an id that does not exist is not offered by -VideoId completion");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_key_is_NotConnected_not_a_configuration_error(string key)
    {
        using var h = new Harness(_mock);
        using var context = new HandlerContext(h.Session, h.Sink, Harness.Secure(key), CancellationToken.None);

        var stop = Should.Throw<CmdletTerminatingException>(() => context.Client);

        stop.Error.ErrorId.ShouldBe(ErrorMap.NotConnected);
    }

    [Fact]
    public async Task Saving_a_video_that_finished_during_the_save_writes_it_as_Completed()
    {
        using var h = new Harness(_mock);
        var id = await h.CreateVideoAsync("save me");

        await new SaveVideoHandler(h.Context).SaveAsync(id, null, h.Directory, false, false);

        var saved = h.Sink.Written<AvatarVideo>().Last();
        saved.Status.ShouldBe(nameof(VideoStatus.Completed));
        File.Exists(saved.FilePath).ShouldBeTrue();
        saved.Title.ShouldBe("save me");
        saved.EstimatedCredits.ShouldBe(h.Sink.Written<AvatarVideo>().First().EstimatedCredits);
    }

    [Fact]
    public async Task Legacy_reads_keep_the_title_the_video_was_created_with()
    {
        using var h = Legacy();
        var photo = await h.UploadPhotoAsync();
        await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters
        {
            ImageKey = photo.ImageKey, Script = "Titles are kept.", VoiceId = await h.AnyVoiceIdAsync(), Title = "kept",
        });
        var id = h.Sink.Written<AvatarVideo>().Single().VideoId;

        await new GetVideoHandler(h.Context).GetAsync(id);

        h.Sink.Written<AvatarVideo>().Last().Title.ShouldBe("kept");
        h.Session.Videos.All()[0].VideoId.ShouldBe(id);
    }

    private Harness Legacy()
    {
        var h = new Harness(_mock);
        h.SetEnvironment(AvatarIVSession.SurfaceVariable, "legacy");
        h.SetEnvironment(AvatarIVSession.UploadUriVariable, _mock.BaseUri.ToString());
        return h;
    }
}
