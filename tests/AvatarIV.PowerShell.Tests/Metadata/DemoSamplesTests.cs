using AvatarIV.Core;
using AvatarIV.Core.Media;
using AvatarIV.Core.Preflight;
using AvatarIV.Core.Pricing;
using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata;

/// <summary>The files `./build.ps1 -Demo` sends pass the checks made before spending anything, on any plan.</summary>
public sealed class DemoSamplesTests
{
    private static string Sample(string name) => Path.Combine(BuiltModule.Instance.RepositoryRoot, "samples", name);

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public void The_sample_photo_is_a_real_jpeg_that_passes_the_upload_checks(ApiSurface surface)
    {
        var photo = PreflightChecks.CheckPhoto(File.ReadAllBytes(Sample("avatar.jpg")), surface);

        photo.Kind.ShouldBe(MediaKind.Jpeg);
        (photo.Width, photo.Height).ShouldBe((640, 640));
    }

    [Fact]
    public void The_sample_script_makes_a_short_cheap_video_even_on_the_free_plan()
    {
        var script = File.ReadAllText(Sample("script.txt"));
        PreflightChecks.CheckScript(script);

        var seconds = ScriptDuration.EstimateSeconds(script);
        PreflightChecks.CheckDuration(seconds, "free");

        seconds.ShouldBeInRange(5, 30);
        CreditEstimator.Estimate(seconds, ApiSurface.V3).Credits.ShouldBeLessThanOrEqualTo(3m);
    }
}
