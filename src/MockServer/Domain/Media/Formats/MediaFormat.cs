namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>The file formats HeyGen's upload routes accept, as recognised from the bytes.</summary>
public enum MediaFormat
{
    Unrecognised,
    Jpeg,
    Png,
    Wav,
    Mp3,
    Mp4,
    WebM,
}

/// <summary>What the API reports about each format (MIME type, HeyGen's file_type word, file extension).</summary>
public static class MediaFormatFacts
{
    public static bool IsPhoto(this MediaFormat format) => format is MediaFormat.Jpeg or MediaFormat.Png;

    public static bool IsAudio(this MediaFormat format) => format is MediaFormat.Wav or MediaFormat.Mp3;

    public static string MimeType(this MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "image/jpeg",
        MediaFormat.Png => "image/png",
        MediaFormat.Wav => "audio/wav",
        MediaFormat.Mp3 => "audio/mpeg",
        MediaFormat.Mp4 => "video/mp4",
        MediaFormat.WebM => "video/webm",
        _ => "application/octet-stream",
    };

    /// <summary>The legacy asset list's <c>file_type</c>.</summary>
    public static string FileType(this MediaFormat format) =>
        format.IsPhoto() ? "image" : format.IsAudio() ? "audio" : format is MediaFormat.Mp4 or MediaFormat.WebM ? "video" : "unknown";

    public static string Extension(this MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "jpg",
        MediaFormat.Unrecognised => "bin",
        _ => format.ToString().ToLowerInvariant(),
    };
}
