using AvatarIV.Core;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>The one mapping from Core's failures to ErrorIds, categories and terminating-or-not.</summary>
public sealed class ErrorMapTests
{
    [Theory]
    [InlineData("insufficient_credit", 402, "AvatarIV.InsufficientCredit", "QuotaExceeded", false)]
    [InlineData("unauthorized", 401, "AvatarIV.Unauthorized", "AuthenticationError", true)]
    [InlineData("rate_limit_exceeded", 429, "AvatarIV.RateLimited", "ResourceBusy", false)]
    [InlineData("network_error", 0, "AvatarIV.EndpointUnreachable", "ConnectionError", true)]
    [InlineData("video_not_found", 404, "AvatarIV.NotFound", "ObjectNotFound", false)]
    [InlineData("40119", 400, "AvatarIV.VideoTooLong", "LimitsExceeded", false)]
    [InlineData("invalid_parameter", 400, "AvatarIV.InvalidArgument", "InvalidArgument", false)]
    [InlineData("server_error", 503, "AvatarIV.ApiError", "ResourceUnavailable", false)]
    public void Api_errors_map_to_specific_ids(string code, int status, string errorId, string category, bool terminating)
    {
        var error = ErrorMap.From(new AvatarIVApiException("refused", status, code, ApiSurface.V3, isRetryable: false), "target");

        error.ErrorId.ShouldBe(errorId);
        error.Category.ToString().ShouldBe(category);
        error.IsTerminating.ShouldBe(terminating);
        error.TargetObject.ShouldBe("target");
        error.RecommendedAction.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(ValidationCodes.PhotoTooSmall, "AvatarIV.PhotoInvalid")]
    [InlineData(ValidationCodes.AudioUnsupported, "AvatarIV.AudioInvalid")]
    [InlineData(ValidationCodes.ScriptTooLong, "AvatarIV.ScriptTooLong")]
    [InlineData(ValidationCodes.VideoTooLong, "AvatarIV.VideoTooLong")]
    [InlineData(ValidationCodes.FileExists, "AvatarIV.FileExists")]
    [InlineData(ValidationCodes.MissingVoice, "AvatarIV.InvalidArgument")]
    public void Local_check_failures_map_to_specific_non_terminating_ids(string code, string errorId)
    {
        var error = ErrorMap.From(new AvatarIVValidationException(code, "bad input"), null);

        error.ErrorId.ShouldBe(errorId);
        error.IsTerminating.ShouldBeFalse();
        error.Message.ShouldBe("bad input");
    }

    [Fact]
    public void A_failed_render_names_the_video_and_the_reason()
    {
        var error = ErrorMap.Failed("v1", new VideoError("video_too_long", "Too long for your plan", null), "target");

        error.ErrorId.ShouldBe("AvatarIV.VideoFailed");
        error.Message.ShouldContain("v1");
        error.Message.ShouldContain("Too long for your plan");
        error.RecommendedAction!.ShouldContain("Split-AvatarIVScript");
        error.IsTerminating.ShouldBeFalse();
    }

    [Fact]
    public void Our_category_names_are_PowerShell_category_names()
    {
        // The cmdlet adapter converts by name; PowerShell's enum is not loadable here, so check against its known names.
        var powerShellNames = new[]
        {
            "NotSpecified", "AuthenticationError", "ConnectionError", "InvalidArgument", "InvalidData", "InvalidOperation", "InvalidResult",
            "LimitsExceeded", "ObjectNotFound", "OperationStopped", "OperationTimeout", "PermissionDenied", "QuotaExceeded", "ReadError",
            "ResourceBusy", "ResourceExists", "ResourceUnavailable", "WriteError",
        };
        Enum.GetNames<AvatarIVErrorCategory>().ShouldBeSubsetOf(powerShellNames);
    }

    [Fact]
    public void An_exception_no_handler_expected_is_a_terminating_AvatarIV_Unexpected_carrying_the_original()
    {
        var original = new InvalidOperationException("boom");

        var error = ErrorMap.UnexpectedFailure(original, "Wait-AvatarIVVideo");

        error.ErrorId.ShouldBe("AvatarIV.Unexpected");
        error.IsTerminating.ShouldBeTrue();
        error.Message.ShouldContain("Wait-AvatarIVVideo");
        error.ExceptionForRecord.InnerException.ShouldBeSameAs(original);
        error.RecommendedAction!.ShouldContain("-Verbose");
    }
}
