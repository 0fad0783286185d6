using RestSharp;

namespace AvatarIV.Core.Http;

/// <summary>
/// One HTTP attempt: the response and, for a 2xx, its body parsed once into the wire type the call expects
/// (or why it could not be parsed, which the retry rules treat as a malformed answer).
/// </summary>
internal sealed class ApiAttempt
{
    public ApiAttempt(RestResponse response, object? body, string? malformed)
    {
        Response = response;
        Body = body;
        Malformed = malformed;
    }

    public RestResponse Response { get; }

    /// <summary>The parsed 2xx body; null for an empty body or a failed answer.</summary>
    public object? Body { get; }

    /// <summary>Why a 2xx body was not the expected JSON; null when it was (or the answer was not a 2xx).</summary>
    public string? Malformed { get; }

    public int StatusCode => (int)Response.StatusCode;

    public static RetryReason? Classify(ApiAttempt attempt)
    {
        var response = attempt.Response;
        var status = attempt.StatusCode;
        if (status == 0)
        {
            return new RetryReason(RetryReasonKind.Network, $"network: {response.ErrorException?.GetType().Name ?? "no answer"}");
        }

        if (status == 429)
        {
            return new RetryReason(RetryReasonKind.RateLimited, "HTTP 429", RetryAfterHeader.Parse(ApiTransport.Header(response, "Retry-After"), DateTimeOffset.UtcNow));
        }

        if (ApiErrorFactory.IsTransient(status))
        {
            return new RetryReason(RetryReasonKind.ServerError, $"HTTP {status}");
        }

        // v3: the first request with this Idempotency-Key is still running; asking again later gets its answer.
        if (status == 409 && ErrorBody.TryRead(response.Content)?.Code == AvatarIVErrorCodes.RequestInProgress)
        {
            return new RetryReason(RetryReasonKind.ServerError, "HTTP 409 request_in_progress", RetryAfterHeader.Parse(ApiTransport.Header(response, "Retry-After"), DateTimeOffset.UtcNow));
        }

        return attempt.Malformed is not null ? new RetryReason(RetryReasonKind.Malformed, $"HTTP {status} with a malformed body") : null;
    }
}
