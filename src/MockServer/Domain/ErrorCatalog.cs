namespace AvatarIV.MockServer.Domain;

/// <summary>
/// Every error code the mock uses, with its legacy (v1) number. The v1 numbers come from heygen-api.md §7.3;
/// rows marked "mock choice" are not documented by HeyGen and are ours (README, "Behaviours we chose").
/// Render failures (the marker <c>[[fail:CODE]]</c> and admin fail) may only use rows with <c>RenderFailure</c>.
/// </summary>
public static class ErrorCatalog
{
    public sealed record Entry(string Code, int LegacyNumber, string DefaultMessage, bool RenderFailure = false);

    public const string DefaultFailure = "internal_error";

    private static readonly Entry[] Entries =
    [
        // Render failures (status read shows them; v3 failure_code, legacy error.code number).
        new("internal_error", 40056, "Rendering failed because of an internal error. Try again.", RenderFailure: true),
        new("video_too_long", 40119, "video is too long (longer than the plan allows). Shorten the script or audio.", RenderFailure: true),
        new("download_failed", 400652, "The media URL could not be downloaded. Use a public URL or upload the file as an asset.", RenderFailure: true),
        new("invalid_audio", 40044, "The audio could not be decoded. Use a WAV or MP3 file.", RenderFailure: true),
        new("image_not_supported", 40002, "The image format is not supported. Use a JPEG or PNG photo.", RenderFailure: true),
        new("blocked_words", 400105, "The script contains blocked words.", RenderFailure: true),

        // Request errors (HTTP 4xx/5xx envelopes).
        new("unauthorized", 400112, "Unauthorized."),
        new("forbidden", 400562, "Forbidden."),
        new("invalid_parameter", 400175, "A parameter is invalid."),
        new("validation_error", 400175, "The request is invalid."),
        new("missing_parameter", 40001, "A required parameter is missing."),
        new("invalid_query_param", 40012, "A query parameter is invalid."),
        new("not_found", 40031, "Not found."),
        new("video_not_found", 40031, "Video not found."),
        new("asset_not_found", 40031, "Asset not found."),
        new("voice_not_found", 40031, "Voice not found."),
        new("payload_too_large", 400175, "The upload is too large."),
        new("rate_limit_exceeded", 400123, "Too many requests."),
        new("insufficient_credit", 400140, "Not enough credits."), // mock choice: HeyGen documents no number.
        new("request_in_progress", 400123, "A request with this Idempotency-Key is still running."),
        new("method_not_allowed", 400175, "This path does not take that method."),
        new("conflict", 400175, "The request conflicts with the resource's state."),
    ];

    private static readonly Dictionary<string, Entry> ByCode = Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);

    public static IEnumerable<string> RenderFailureCodes => Entries.Where(e => e.RenderFailure).Select(e => e.Code);

    public static bool TryGetRenderFailure(string code, out Entry entry) =>
        ByCode.TryGetValue(code, out entry!) && entry.RenderFailure;

    /// <summary>The v1 numeric code for a string code; unknown codes fall back to INVALID_PARAMETER.</summary>
    public static int LegacyNumber(string code) => ByCode.TryGetValue(code, out var entry) ? entry.LegacyNumber : 400175;
}
