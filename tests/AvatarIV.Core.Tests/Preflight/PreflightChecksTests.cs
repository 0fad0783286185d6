using AvatarIV.Core.Media;
using AvatarIV.Core.Preflight;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.Preflight;

public sealed class PreflightChecksTests
{
    [Fact]
    public void A_good_photo_passes_with_its_kind_and_size()
    {
        var info = PreflightChecks.CheckPhoto(SampleMedia.Png(640, 800), ApiSurface.V3);

        info.Kind.ShouldBe(MediaKind.Png);
        info.Width.ShouldBe(640);
        info.Height.ShouldBe(800);
    }

    [Fact]
    public void A_photo_is_judged_by_its_bytes_not_its_name()
    {
        var error = Should.Throw<AvatarIVValidationException>(() => PreflightChecks.CheckPhoto(new MemoryStream(SampleMedia.Wav(1)), ApiSurface.V3));

        error.Code.ShouldBe(ValidationCodes.PhotoUnsupported);
        error.Message.ShouldContain("JPEG or PNG");
    }

    [Fact]
    public void A_photo_below_the_minimum_size_is_refused_naming_the_limit()
    {
        var error = Should.Throw<AvatarIVValidationException>(() => PreflightChecks.CheckPhoto(SampleMedia.Jpeg(300, 600), ApiSurface.Legacy));

        error.Code.ShouldBe(ValidationCodes.PhotoTooSmall);
        error.Message.ShouldContain("300×600");
        error.Message.ShouldContain("512");
    }

    [Fact]
    public void A_photo_above_the_legacy_upload_limit_is_refused()
    {
        var big = SampleMedia.Png(640, 640).Concat(new byte[11 * 1024 * 1024]).ToArray();

        var error = Should.Throw<AvatarIVValidationException>(() => PreflightChecks.CheckPhoto(big, ApiSurface.Legacy));

        error.Code.ShouldBe(ValidationCodes.PhotoTooLarge);
        error.Message.ShouldContain("10 MB");
    }

    [Fact]
    public void Audio_reports_its_length_and_is_refused_beyond_the_plan_cap()
    {
        PreflightChecks.CheckAudio(SampleMedia.Mp3(3), ApiSurface.V3).DurationSeconds.ShouldBe(3, tolerance: 0.1);

        var error = Should.Throw<AvatarIVValidationException>(() => PreflightChecks.CheckAudio(SampleMedia.Wav(190, sampleRate: 8000), ApiSurface.Legacy, tier: "free"));

        error.Code.ShouldBe(ValidationCodes.AudioTooLong);
        error.Message.ShouldContain("180 s");
        error.Message.ShouldContain("free");
    }

    [Fact]
    public void Audio_that_is_not_wav_or_mp3_is_refused()
    {
        var error = Should.Throw<AvatarIVValidationException>(() => PreflightChecks.CheckAudio(SampleMedia.Jpeg(), ApiSurface.V3));

        error.Code.ShouldBe(ValidationCodes.AudioUnsupported);
    }

    [Fact]
    public void Scripts_must_have_words_and_fit_the_character_limit()
    {
        Should.Throw<AvatarIVValidationException>(() => PreflightChecks.CheckScript(" ")).Code.ShouldBe(ValidationCodes.ScriptEmpty);

        var error = Should.Throw<AvatarIVValidationException>(() => PreflightChecks.CheckScript(new string('a', 5001)));
        error.Code.ShouldBe(ValidationCodes.ScriptTooLong);
        error.Message.ShouldContain("5000");
        error.Message.ShouldContain("Split");
    }

    [Fact]
    public void The_per_generation_cap_follows_the_plan()
    {
        PreflightChecks.CheckDuration(250, "pro");

        var error = Should.Throw<AvatarIVValidationException>(() => PreflightChecks.CheckDuration(250, "free"));
        error.Code.ShouldBe(ValidationCodes.VideoTooLong);
        error.Message.ShouldContain("180 s");
    }
}
