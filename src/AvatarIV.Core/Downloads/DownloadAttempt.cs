using AvatarIV.Core.Http;

namespace AvatarIV.Core.Downloads;

/// <summary>One GET of a media link: the answer, or the network failure that prevented one.</summary>
internal sealed class DownloadAttempt : IDisposable
{
    public DownloadAttempt(HttpResponseMessage? response, Exception? failure)
    {
        Response = response;
        Failure = failure;
    }

    public HttpResponseMessage? Response { get; }

    public Exception? Failure { get; }

    public int StatusCode => Response is null ? 0 : (int)Response.StatusCode;

    public static RetryReason? Classify(DownloadAttempt attempt)
    {
        if (attempt.Response is null)
        {
            return new RetryReason(RetryReasonKind.Network, $"network: {attempt.Failure?.GetType().Name ?? "no answer"}");
        }

        var status = attempt.StatusCode;
        if (status == 429)
        {
            var header = attempt.Response.Headers.RetryAfter;
            var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
            return new RetryReason(RetryReasonKind.RateLimited, "HTTP 429", wait);
        }

        return ApiErrorFactory.IsTransient(status) ? new RetryReason(RetryReasonKind.ServerError, $"HTTP {status}") : null;
    }

    public void Dispose() => Response?.Dispose();
}
