namespace AvatarIV.Core;

/// <summary>Well-known <see cref="AvatarIVApiException.ErrorCode"/> values (HeyGen's v3 names; the client's own for transport failures).</summary>
public static class AvatarIVErrorCodes
{
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string InsufficientCredit = "insufficient_credit";
    public const string NotFound = "not_found";
    public const string ValidationError = "validation_error";
    public const string InvalidParameter = "invalid_parameter";
    public const string Conflict = "conflict";
    public const string RequestInProgress = "request_in_progress";
    public const string PayloadTooLarge = "payload_too_large";
    public const string RateLimited = "rate_limit_exceeded";
    public const string InternalError = "internal_error";

    /// <summary>A 5xx answer without a readable code.</summary>
    public const string ServerError = "server_error";

    /// <summary>A 4xx answer without a readable code.</summary>
    public const string ClientError = "client_error";

    /// <summary>No answer: connection refused, reset or dropped.</summary>
    public const string NetworkError = "network_error";

    /// <summary>The client's own time limit for the request ran out.</summary>
    public const string Timeout = "timeout";

    /// <summary>A 2xx answer whose body was not the JSON the surface promises.</summary>
    public const string MalformedResponse = "malformed_response";

    /// <summary>A download was asked for a video that has no file yet (still rendering) or failed.</summary>
    public const string VideoNotReady = "video_not_ready";

    public const string VideoFailed = "video_failed";

    /// <summary>A completed video has no such file (e.g. subtitles of a video made without captions); HeyGen's CLI word.</summary>
    public const string AssetNotAvailable = "asset_not_available";

    /// <summary>A presigned media link was refused even after fetching a fresh one.</summary>
    public const string DownloadUrlExpired = "download_url_expired";
}
