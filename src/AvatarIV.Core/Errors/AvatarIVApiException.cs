namespace AvatarIV.Core;

/// <summary>HeyGen (or the mock) refused a request, or it could not be completed (network, timeout, unreadable answer).</summary>
public sealed class AvatarIVApiException : AvatarIVException
{
    public AvatarIVApiException(
        string message,
        int statusCode,
        string errorCode,
        ApiSurface surface,
        bool isRetryable,
        string? param = null,
        string? requestId = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Surface = surface;
        IsRetryable = isRetryable;
        Param = param;
        RequestId = requestId;
    }

    /// <summary>HTTP status; 0 when no answer arrived (network failure or timeout).</summary>
    public int StatusCode { get; }

    /// <summary>Normalised code: v2/v3 strings as sent (<c>insufficient_credit</c>), v1 numbers as decimal strings (<c>40119</c>).</summary>
    public string ErrorCode { get; }

    /// <summary>The request field the server blamed, when it named one.</summary>
    public string? Param { get; }

    /// <summary>The server's <c>X-Request-Id</c>, for support tickets.</summary>
    public string? RequestId { get; }

    /// <summary>True when sending the same request again later is safe and may succeed.</summary>
    public bool IsRetryable { get; }

    public ApiSurface Surface { get; }

    /// <summary>How long a 429 answer asked the client to wait (<c>Retry-After</c>), when it said.</summary>
    internal TimeSpan? RetryAfter { get; init; }

    /// <summary>No connection could be made at all (refused, host or network unreachable): nothing is listening at the endpoint.</summary>
    internal bool NoConnection { get; init; }
}
