using AvatarIV.Core;
using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// The one place that turns Core's exceptions and failure codes into PowerShell errors:
/// ErrorId, category, terminating or not, and the fix to recommend.
/// </summary>
internal static class ErrorMap
{
    public const string InsufficientCredit = "AvatarIV.InsufficientCredit";
    public const string PhotoInvalid = "AvatarIV.PhotoInvalid";
    public const string AudioInvalid = "AvatarIV.AudioInvalid";
    public const string ScriptTooLong = "AvatarIV.ScriptTooLong";
    public const string VideoTooLong = "AvatarIV.VideoTooLong";
    public const string VideoFailed = "AvatarIV.VideoFailed";
    public const string VideoNotReady = "AvatarIV.VideoNotReady";
    public const string AssetNotAvailable = "AvatarIV.AssetNotAvailable";
    public const string Timeout = "AvatarIV.Timeout";
    public const string NotConnected = "AvatarIV.NotConnected";
    public const string InvalidConfiguration = "AvatarIV.InvalidConfiguration";
    public const string Unauthorized = "AvatarIV.Unauthorized";
    public const string NotFound = "AvatarIV.NotFound";
    public const string RateLimited = "AvatarIV.RateLimited";
    public const string PayloadTooLarge = "AvatarIV.PayloadTooLarge";
    public const string EndpointUnreachable = "AvatarIV.EndpointUnreachable";
    public const string InvalidArgument = "AvatarIV.InvalidArgument";
    public const string ApiError = "AvatarIV.ApiError";
    public const string FileExists = "AvatarIV.FileExists";
    public const string FileError = "AvatarIV.FileError";
    public const string PathNotFound = "AvatarIV.PathNotFound";
    public const string Unexpected = "AvatarIV.Unexpected";

    private const string FixParameter = "Correct the parameter named in the message.";
    private const string FixTooLong = "Make the video shorter: Split-AvatarIVScript splits a script into parts under the cap.";
    private const string FixNotFound = "Check the id; Get-AvatarIVVideo lists your videos, Get-AvatarIVVoice your voices and Get-AvatarIVLook your avatar looks.";

    /// <summary>The error for an exception a handler caught while working on <paramref name="target"/>.</summary>
    public static AvatarIVError From(Exception exception, object? target) => exception switch
    {
        AvatarIVValidationException v => FromValidation(v, target),
        AvatarIVApiException a => FromApi(a, target),
        AvatarIVConfigurationException c => new AvatarIVError(InvalidConfiguration, AvatarIVErrorCategory.InvalidArgument, PowerShellWording.Of(c.Message),
            "Correct the connection settings (Connect-AvatarIV or the HEYGEN_* environment variables).", target, c, IsTerminating: true),
        ArgumentException a => new AvatarIVError(InvalidArgument, AvatarIVErrorCategory.InvalidArgument, a.Message,
            FixParameter, target, a),
        FileNotFoundException f => NoSuchPath(f.FileName ?? target?.ToString() ?? "", null),
        DirectoryNotFoundException => NoSuchPath(target?.ToString() ?? "", null),
        UnauthorizedAccessException or IOException => new AvatarIVError(FileError, AvatarIVErrorCategory.WriteError, exception.Message,
            "Check that the path exists and that you may read and write it.", target, exception),
        _ => new AvatarIVError(ApiError, AvatarIVErrorCategory.NotSpecified, exception.Message, null, target, exception),
    };

    /// <summary>
    /// An exception no handler expected (a bug, or a runtime failure): a terminating AvatarIV.Unexpected carrying the
    /// original as the record's exception, so scripts can still match an AvatarIV ErrorId and see what happened.
    /// </summary>
    public static AvatarIVError UnexpectedFailure(Exception exception, string commandName) => new(
        Unexpected,
        AvatarIVErrorCategory.NotSpecified,
        $"{commandName} failed unexpectedly: {exception.GetType().Name}: {exception.Message}",
        "Run the command again with -Verbose; if it fails the same way, report it with the output of $Error[0] | Format-List * -Force.",
        null,
        new AvatarIVUnexpectedException($"{commandName} failed unexpectedly: {exception.Message}", exception),
        IsTerminating: true);

    /// <summary>An -ApiKey that holds no characters: as good as no key at all.</summary>
    public static AvatarIVError EmptyApiKey() => new(
        NotConnected,
        AvatarIVErrorCategory.AuthenticationError,
        "The -ApiKey given is empty.",
        "Pass a non-empty key, e.g. -ApiKey (Read-Host -AsSecureString), or leave -ApiKey out to use Connect-AvatarIV or HEYGEN_API_KEY.",
        null,
        null,
        IsTerminating: true);

    /// <summary>A video id the server does not know (Wait-AvatarIVVideo reads it as a failed status).</summary>
    public static AvatarIVError NoSuchVideo(string videoId, object target) => new(
        NotFound,
        AvatarIVErrorCategory.ObjectNotFound,
        $"No video with id '{videoId}' exists for this API key.",
        FixNotFound,
        target,
        null);

    /// <summary>No API key from -ApiKey, Connect-AvatarIV or HEYGEN_API_KEY.</summary>
    public static AvatarIVError NoApiKey() => new(
        NotConnected,
        AvatarIVErrorCategory.AuthenticationError,
        "No HeyGen API key is set for this session.",
        "Run Connect-AvatarIV -ApiKey (Read-Host -AsSecureString), pass -ApiKey, or set the HEYGEN_API_KEY environment variable.",
        null,
        null,
        IsTerminating: true);

    /// <summary>A render that ended in <c>failed</c>.</summary>
    public static AvatarIVError Failed(string videoId, Core.VideoError? error, object target)
    {
        var code = error?.Code ?? "unknown";
        var message = $"Video {videoId} failed to render: {error?.Message ?? "no reason given"} (code {code}).";
        return new AvatarIVError(VideoFailed, AvatarIVErrorCategory.InvalidResult, message, FixForFailure(code), target, null);
    }

    /// <summary>A video that was still rendering when -Timeout ran out.</summary>
    public static AvatarIVError TimedOut(string videoId, string lastStatus, TimeSpan timeout, object target) => new(
        Timeout,
        AvatarIVErrorCategory.OperationTimeout,
        $"Video {videoId} was still {lastStatus} after waiting {timeout}.",
        $"Wait again with a longer -Timeout: Wait-AvatarIVVideo -VideoId {videoId} -Timeout <TimeSpan>.",
        target,
        null);

    /// <summary>A path that matched no file; <paramref name="parameter"/> names the parameter it came from (null: unknown).</summary>
    public static AvatarIVError NoSuchPath(string path, string? parameter = "-Path") => new(
        PathNotFound,
        AvatarIVErrorCategory.ObjectNotFound,
        $"Cannot find a file at '{path}'.",
        parameter == "-Path"
            ? "Check the path; use -LiteralPath when the name contains wildcard characters such as [ ]."
            : $"Check the {parameter ?? "path"}: a relative path starts at the current location (Get-Location).",
        path,
        new FileNotFoundException($"Cannot find a file at '{path}'.", path));

    private static AvatarIVError FromValidation(AvatarIVValidationException e, object? target)
    {
        var (id, category, fix) = e.Code switch
        {
            ValidationCodes.PhotoUnsupported or ValidationCodes.PhotoTooLarge or ValidationCodes.PhotoTooSmall or ValidationCodes.PhotoResolutionTooHigh =>
                (PhotoInvalid, AvatarIVErrorCategory.InvalidData, "Use a JPEG or PNG photo within the size limits named in the message."),
            ValidationCodes.AudioUnsupported or ValidationCodes.AudioTooLarge or ValidationCodes.AudioUnreadable or ValidationCodes.AudioTooLong =>
                (AudioInvalid, AvatarIVErrorCategory.InvalidData, "Use a WAV or MP3 file within the limits named in the message."),
            ValidationCodes.ScriptTooLong =>
                (ScriptTooLong, AvatarIVErrorCategory.LimitsExceeded, "Shorten the script, or split it with Split-AvatarIVScript and make one video per part."),
            ValidationCodes.VideoTooLong =>
                (VideoTooLong, AvatarIVErrorCategory.LimitsExceeded, FixTooLong),
            ValidationCodes.FileExists =>
                (FileExists, AvatarIVErrorCategory.ResourceExists, "Use -Force to overwrite it, or choose another -Path."),
            ValidationCodes.NeedsV3 =>
                (InvalidArgument, AvatarIVErrorCategory.InvalidOperation, "Connect with Connect-AvatarIV -ApiVersion V3 (avatar looks and batches are v3 features)."),
            _ => (InvalidArgument, AvatarIVErrorCategory.InvalidArgument, FixParameter),
        };
        return new AvatarIVError(id, category, PowerShellWording.Of(e.Message), fix, target, e);
    }

    private static AvatarIVError FromApi(AvatarIVApiException e, object? target)
    {
        var (id, category, terminating, fix) = e.ErrorCode switch
        {
            AvatarIVErrorCodes.InsufficientCredit => (InsufficientCredit, AvatarIVErrorCategory.QuotaExceeded, false,
                "Top up your HeyGen balance, or make a shorter video; Get-AvatarIVCredit -Estimate shows what a video costs."),
            AvatarIVErrorCodes.Unauthorized => (Unauthorized, AvatarIVErrorCategory.AuthenticationError, true,
                "Check the API key (Connect-AvatarIV -ApiKey, or HEYGEN_API_KEY)."),
            AvatarIVErrorCodes.Forbidden => (Unauthorized, AvatarIVErrorCategory.PermissionDenied, true,
                "Your HeyGen plan or key does not allow this request."),
            AvatarIVErrorCodes.RateLimited => (RateLimited, AvatarIVErrorCategory.ResourceBusy, false,
                "Too many requests or renders at once; wait and try again, or send fewer videos at a time."),
            AvatarIVErrorCodes.PayloadTooLarge => (PayloadTooLarge, AvatarIVErrorCategory.LimitsExceeded, false,
                "The file is larger than HeyGen accepts; use a smaller one."),
            AvatarIVErrorCodes.NetworkError => (EndpointUnreachable, AvatarIVErrorCategory.ConnectionError, true,
                "Check the network and the base URI (Connect-AvatarIV -BaseUri, or HEYGEN_BASE_URI); is the mock running?"),
            AvatarIVErrorCodes.Timeout => (EndpointUnreachable, AvatarIVErrorCategory.OperationTimeout, true,
                "The endpoint did not answer in time; check the network and the base URI, then try again."),
            AvatarIVErrorCodes.VideoNotReady => (VideoNotReady, AvatarIVErrorCategory.ResourceUnavailable, false,
                "Wait for the video first: Wait-AvatarIVVideo, or Wait-AvatarIVVideo -OutputDirectory to wait and download."),
            AvatarIVErrorCodes.AssetNotAvailable => (AssetNotAvailable, AvatarIVErrorCategory.ObjectNotFound, false,
                "Subtitles need New-AvatarIVVideo -Caption, a captioned video -CaptionStyle; make the video again with them, or save -Asset Video."),
            AvatarIVErrorCodes.VideoFailed => (VideoFailed, AvatarIVErrorCategory.InvalidResult, false,
                "The video failed to render and has no file; see Get-AvatarIVVideo for the reason."),
            "video_too_long" or "40119" => (VideoTooLong, AvatarIVErrorCategory.LimitsExceeded, false,
                FixTooLong),
            _ when e.StatusCode == 404 || e.ErrorCode.EndsWith("not_found", StringComparison.Ordinal) => (NotFound, AvatarIVErrorCategory.ObjectNotFound, false,
                FixNotFound),
            _ when LengthRefusal.IsMatch(e) => (VideoTooLong, AvatarIVErrorCategory.LimitsExceeded, false, FixTooLong),
            _ when e.StatusCode is >= 400 and < 500 => (InvalidArgument, AvatarIVErrorCategory.InvalidArgument, false,
                "HeyGen refused the request; correct the parameter named in the message."),
            _ => (ApiError, AvatarIVErrorCategory.ResourceUnavailable, false,
                "HeyGen had a problem answering; try again later."),
        };
        // HeyGen support asks for the request id; it is also in the message and in $_.Exception.RequestId.
        var quoted = e.RequestId is { Length: > 0 } requestId ? $"{fix} If you ask HeyGen support, quote request id {requestId}." : fix;
        return new AvatarIVError(id, category, PowerShellWording.Of(e.Message), quoted, target, e, terminating);
    }

    private static string FixForFailure(string code) => code switch
    {
        "video_too_long" or "40119" => FixTooLong,
        "invalid_audio" or "40044" or "download_failed" or "400652" => "Check that the audio is a WAV or MP3 HeyGen can fetch.",
        "image_not_supported" or "40002" => "Use a clear, front-facing JPEG or PNG photo.",
        "blocked_words" or "400105" => "Remove the words HeyGen's content policy blocks from the script.",
        _ => "Try again; if it keeps failing, check the photo and the script or audio.",
    };
}
