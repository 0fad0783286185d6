using AvatarIV.Core;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>Messages in PowerShell terms, HeyGen's length refusal as VideoTooLong, and the session's video memory.</summary>
public sealed class WordingTests
{
    [Theory]
    [InlineData("Split it into parts (ScriptSplitter / Split-AvatarIVScript).", "Split it into parts (Split-AvatarIVScript).")]
    [InlineData("allow overwriting (DownloadOptions.Overwrite / -Force).", "allow overwriting (-Force).")]
    [InlineData("Wait for it first (WaitForVideosAsync / Wait-AvatarIVVideo).", "Wait for it first (Wait-AvatarIVVideo).")]
    [InlineData("(estimate the cost first with CreditEstimator / Get-AvatarIVCredit -Estimate).", "(estimate the cost first with Get-AvatarIVCredit -Estimate).")]
    [InlineData("list voices with GetVoicesAsync / Get-AvatarIVVoice.", "list voices with Get-AvatarIVVoice.")]
    [InlineData("GET /v3/videos failed with HTTP 404 not_found.", "GET /v3/videos failed with HTTP 404 not_found.")]
    [InlineData("GET /v3/users/me timed out after 30 s. Raise the client's timeout option, or try again later.", "GET /v3/users/me timed out after 30 s. Try again later.")]
    [InlineData("Downloading video v took longer than 00:30:00. Raise TransferTimeout or try again.", "Downloading video v took longer than 00:30:00. Try again.")]
    [InlineData("HTTP 401 unauthorized: bad key. Check the API key (ApiKey option, HEYGEN_API_KEY or Connect-AvatarIV).", "HTTP 401 unauthorized: bad key. Check the API key (-ApiKey, Connect-AvatarIV or HEYGEN_API_KEY).")]
    [InlineData("The file is larger than the surface accepts; shrink it (PreflightChecks shows the limit).", "The file is larger than the surface accepts; shrink it.")]
    [InlineData("The video may have been created; list videos before trying again.", "The video may have been created; list them with Get-AvatarIVVideo before trying again.")]
    public void Core_advice_keeps_only_the_PowerShell_half(string core, string powerShell) =>
        PowerShellWording.Of(core).ShouldBe(powerShell);

    [Theory]
    [InlineData(ApiSurface.V3, "script", "POST /v3/videos failed with HTTP 400 invalid_parameter: script: the video would last 200 s; this plan allows at most 180 s per video.")]
    [InlineData(ApiSurface.Legacy, null, "POST /v2/video/av4/generate failed with HTTP 400 invalid_parameter: audio: the video would last 400 s; this plan allows at most 300 s per video.")]
    public void The_plans_length_refusal_is_VideoTooLong(ApiSurface surface, string? param, string message)
    {
        var error = ErrorMap.From(new AvatarIVApiException(message, 400, "invalid_parameter", surface, false, param), "t");

        error.ErrorId.ShouldBe(ErrorMap.VideoTooLong);
        error.RecommendedAction!.ShouldContain("Split-AvatarIVScript");
    }

    [Fact]
    public void Other_invalid_parameters_stay_InvalidArgument() =>
        ErrorMap.From(new AvatarIVApiException("HTTP 400 invalid_parameter: aspect_ratio must be 16:9.", 400, "invalid_parameter", ApiSurface.V3, false, "aspect_ratio"), "t")
            .ErrorId.ShouldBe(ErrorMap.InvalidArgument);

    [Fact]
    public void A_file_that_is_not_there_is_PathNotFound_in_category_ObjectNotFound_not_a_WriteError()
    {
        var error = ErrorMap.From(new FileNotFoundException("Could not find file.", "/no/such/speech.wav"), "/no/such/speech.wav");

        error.ErrorId.ShouldBe(ErrorMap.PathNotFound);
        error.Category.ShouldBe(AvatarIV.PowerShell.Hosting.AvatarIVErrorCategory.ObjectNotFound);
        error.Message.ShouldContain("/no/such/speech.wav");
    }

    [Fact]
    public void Remembered_videos_fill_what_a_later_read_lacks_newest_first_and_bounded()
    {
        var videos = new RecentVideos();
        videos.Remember(new AvatarVideo { VideoId = "a", Title = "first", EstimatedCredits = 1.5m });
        var read = videos.Remember(new AvatarVideo { VideoId = "a", Status = "Completed" });

        read.Title.ShouldBe("first");
        read.EstimatedCredits.ShouldBe(1.5m);
        for (var i = 0; i < RecentVideos.Capacity + 10; i++)
        {
            videos.Remember(new AvatarVideo { VideoId = "v" + i });
        }

        videos.All().Count.ShouldBe(RecentVideos.Capacity);
        videos.All()[0].VideoId.ShouldBe("v" + (RecentVideos.Capacity + 9));
    }
}
