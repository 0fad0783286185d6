namespace AvatarIV.MockServer.Domain.Errors;

/// <summary>
/// Every error the mock can answer, and every way a render can fail. v1 numbers come from HeyGen's error table
/// (docs/heygen-api.md, "Errors"); those marked "mock choice" HeyGen does not document. Status faults answer the
/// entry their rule names, or the first entry listed for their status (so list the generic one first).
/// </summary>
public static class ErrorCatalog
{
    public static readonly ErrorEntry InvalidParameter = new(400, "invalid_parameter", 400175, "A parameter is invalid.");
    public static readonly ErrorEntry MissingParameter = new(400, "missing_parameter", 40001, "A required parameter is missing.");

    /// <summary>Admin only: a fault rule that cannot be read.</summary>
    public static readonly ErrorEntry InvalidFaultRule = new(400, "invalid_fault_rule", 400175, "The fault rule is invalid.");

    public static readonly ErrorEntry Unauthorized = new(401, "unauthorized", 400112, "The API key is missing or not valid.");
    public static readonly ErrorEntry InsufficientCredit = new(402, "insufficient_credit", 400140, "Not enough credits."); // v1 number: mock choice
    public static readonly ErrorEntry Forbidden = new(403, "forbidden", 400562, "This key may not do that.");
    public static readonly ErrorEntry NotFound = new(404, "not_found", 40031, "Not found.");
    public static readonly ErrorEntry VideoNotFound = new(404, "video_not_found", 40031, "Video not found.");
    public static readonly ErrorEntry AssetNotFound = new(404, "asset_not_found", 40031, "Asset not found.");
    public static readonly ErrorEntry VoiceNotFound = new(404, "voice_not_found", 40031, "Voice not found.");
    public static readonly ErrorEntry AvatarNotFound = new(404, "avatar_not_found", 40031, "Avatar not found.");

    /// <summary>An unknown folder or batch: HeyGen's generic code for ids of other resources.</summary>
    public static readonly ErrorEntry ResourceNotFound = new(404, "resource_not_found", 40031, "Resource not found.");
    public static readonly ErrorEntry MethodNotAllowed = new(405, "method_not_allowed", 400175, "This path does not take that method."); // mock choice
    public static readonly ErrorEntry Conflict = new(409, "conflict", 400175, "The request conflicts with the resource's state."); // mock choice
    public static readonly ErrorEntry RequestInProgress = new(409, "request_in_progress", 400123, "A request with this Idempotency-Key is still running.");
    public static readonly ErrorEntry PayloadTooLarge = new(413, "payload_too_large", 400175, "The upload is too large."); // mock choice
    public static readonly ErrorEntry RateLimitExceeded = new(429, "rate_limit_exceeded", 400123, "Too many requests.");

    // HeyGen documents no v1 numbers for server errors: the mock's v1 number is the HTTP status itself.
    public static readonly ErrorEntry InternalError = new(500, "internal_error", 500, "The server hit an internal error. Try again.");
    public static readonly ErrorEntry BadGateway = new(502, "bad_gateway", 502, "An upstream service answered badly. Try again.");
    public static readonly ErrorEntry ServiceUnavailable = new(503, "service_unavailable", 503, "The service is temporarily unavailable. Try again.");
    public static readonly ErrorEntry GatewayTimeout = new(504, "gateway_timeout", 504, "An upstream service timed out. Try again.");

    public static readonly IReadOnlyList<ErrorEntry> All =
    [
        InvalidParameter, MissingParameter, InvalidFaultRule, Unauthorized, InsufficientCredit, Forbidden, NotFound,
        VideoNotFound, AssetNotFound, VoiceNotFound, AvatarNotFound, ResourceNotFound, MethodNotAllowed, Conflict, RequestInProgress, PayloadTooLarge,
        RateLimitExceeded, InternalError, BadGateway, ServiceUnavailable, GatewayTimeout,
    ];

    public static readonly RenderFailure RenderInternalError = new("internal_error", 40056, "Rendering failed because of an internal error. Try again.");
    public static readonly RenderFailure VideoTooLong = new("video_too_long", 40119, "video is too long (longer than the plan allows). Shorten the script or audio.");
    public static readonly RenderFailure DownloadFailed = new("download_failed", 400652, "The media URL could not be downloaded. Use a public URL or upload the file as an asset.");
    public static readonly RenderFailure InvalidAudio = new("invalid_audio", 40044, "The audio could not be decoded. Use a WAV or MP3 file.");
    public static readonly RenderFailure ImageNotSupported = new("image_not_supported", 40002, "The image format is not supported. Use a JPEG or PNG photo.");
    public static readonly RenderFailure BlockedWords = new("blocked_words", 400105, "The script contains blocked words.");

    /// <summary>What <c>[[fail:CODE]]</c> and <c>POST /_mock/jobs/{id}/fail</c> may name; the first is the default.</summary>
    public static readonly IReadOnlyList<RenderFailure> RenderFailures =
        [RenderInternalError, VideoTooLong, DownloadFailed, InvalidAudio, ImageNotSupported, BlockedWords];

    public static IEnumerable<string> RenderFailureCodes => RenderFailures.Select(f => f.Code);

    public static ErrorEntry? ByCode(string code) => All.FirstOrDefault(e => e.Code.Equals(code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The generic entry for a status (what a status fault answers), or null when the catalogue has none.</summary>
    public static ErrorEntry? ForStatus(int status) => All.FirstOrDefault(e => e.Status == status);

    public static IEnumerable<int> Statuses => All.Select(e => e.Status).Distinct();

    public static RenderFailure? RenderFailureNamed(string code) => RenderFailures.FirstOrDefault(f => f.Code == code);
}
