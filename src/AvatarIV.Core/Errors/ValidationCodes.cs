namespace AvatarIV.Core;

/// <summary>Values of <see cref="AvatarIVValidationException.Code"/>.</summary>
public static class ValidationCodes
{
    public const string PhotoUnsupported = "photo_unsupported";
    public const string PhotoTooLarge = "photo_too_large";
    public const string PhotoTooSmall = "photo_too_small";
    public const string PhotoResolutionTooHigh = "photo_resolution_too_high";
    public const string AudioUnsupported = "audio_unsupported";
    public const string AudioTooLarge = "audio_too_large";
    public const string AudioUnreadable = "audio_unreadable";
    public const string AudioTooLong = "audio_too_long";
    public const string ScriptEmpty = "script_empty";
    public const string ScriptTooLong = "script_too_long";
    public const string VideoTooLong = "video_too_long";
    public const string VideoTooShort = "video_too_short";
    public const string MissingImage = "missing_image";
    public const string MissingSpeech = "missing_speech";
    public const string MissingVoice = "missing_voice";
    public const string ConflictingInputs = "conflicting_inputs";
    public const string InvalidValue = "invalid_value";
    public const string FileExists = "file_exists";

    /// <summary>The feature exists only on the v3 surface (avatar looks and avatar videos, batches, bulk statuses).</summary>
    public const string NeedsV3 = "needs_v3";

    /// <summary>A batch with no videos or more than <see cref="CreateVideoBatchRequest.MaxVideos"/>.</summary>
    public const string BatchSize = "batch_size";
}
