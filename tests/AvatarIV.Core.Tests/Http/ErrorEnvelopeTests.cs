using AvatarIV.Core.Http;
using RestSharp;

namespace AvatarIV.Core.Tests.Http;

/// <summary>Every envelope style becomes one exception shape; bodies that are not JSON still give a clear, key-free message.</summary>
public sealed class ErrorEnvelopeTests
{
    private const string Key = "sk-envelope-secret-777";
    private static readonly ApiCall Call = new(Method.Get, "v1/video_status.get", TimeSpan.FromSeconds(30), RetrySafety.Safe);
    private readonly ApiErrorFactory _errors = new(new SecretRedactor(Key), ApiSurface.Legacy);

    [Theory]
    [InlineData("""{"code":400562,"message":"forbidden"}""", "400562", "forbidden", null)]
    [InlineData("""{"data":null,"error":{"code":"invalid_parameter","message":"video_inputs is invalid"}}""", "invalid_parameter", "video_inputs is invalid", null)]
    [InlineData("""{"error":{"code":"insufficient_credit","message":"Not enough","param":"script","doc_url":"x"}}""", "insufficient_credit", "Not enough", "script")]
    public void Each_envelope_style_is_read(string body, string code, string message, string? param)
    {
        var error = _errors.FromAnswer(Call, 400, body, "req-1");

        error.ErrorCode.ShouldBe(code);
        error.Message.ShouldContain(message);
        error.Param.ShouldBe(param);
        error.RequestId.ShouldBe("req-1");
        error.StatusCode.ShouldBe(400);
    }

    [Fact]
    public void A_non_json_error_body_gives_the_status_and_a_redacted_snippet()
    {
        var error = _errors.FromAnswer(Call, 502, $"<html><body>Bad gateway for {Key}</body></html>", null);

        error.ErrorCode.ShouldBe(AvatarIVErrorCodes.ServerError);
        error.Message.ShouldContain("HTTP 502");
        error.Message.ShouldContain("Bad gateway");
        error.Message.ShouldNotContain(Key);
        error.IsRetryable.ShouldBeTrue();
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("0.5", 0.5)]
    public void Retry_After_in_seconds_is_read(string header, double seconds) =>
        RetryAfterHeader.Parse(header, DateTimeOffset.UtcNow).ShouldBe(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void Retry_After_as_an_http_date_is_read()
    {
        var now = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

        RetryAfterHeader.Parse(now.AddSeconds(7).ToString("r"), now).ShouldBe(TimeSpan.FromSeconds(7));
        RetryAfterHeader.Parse("soon", now).ShouldBeNull();
    }

    [Fact]
    public void Backoff_grows_is_capped_and_a_longer_Retry_After_wins_up_to_its_cap()
    {
        var options = new RetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5), MaxRetryAfter = TimeSpan.FromSeconds(10), UseJitter = false };

        Backoff.DelayFor(0, options, null).ShouldBe(TimeSpan.FromSeconds(1));
        Backoff.DelayFor(2, options, null).ShouldBe(TimeSpan.FromSeconds(4));
        Backoff.DelayFor(5, options, null).ShouldBe(TimeSpan.FromSeconds(5));
        Backoff.DelayFor(0, options, TimeSpan.FromSeconds(8)).ShouldBe(TimeSpan.FromSeconds(8));
        Backoff.DelayFor(0, options, TimeSpan.FromMinutes(5)).ShouldBe(TimeSpan.FromSeconds(10));
    }
}
