namespace AvatarIV.Core.Media;

/// <summary>Recognises media formats from their first bytes. SKELETON: the media work fills this in.</summary>
public static class MediaSniffer
{
    /// <summary>How many leading bytes <see cref="Detect(byte[], int)"/> needs to decide.</summary>
    public const int HeaderBytesNeeded = 64;

    public static MediaKind Detect(byte[] head, int count) => MediaKind.Unknown;

    public static MediaKind Detect(byte[] bytes) => Detect(bytes, bytes.Length);

    public static string MimeType(MediaKind kind) => kind switch
    {
        MediaKind.Jpeg => "image/jpeg",
        MediaKind.Png => "image/png",
        MediaKind.Wav => "audio/wav",
        MediaKind.Mp3 => "audio/mpeg",
        MediaKind.Mp4 => "video/mp4",
        MediaKind.WebM => "video/webm",
        _ => "application/octet-stream",
    };

    public static string FileType(MediaKind kind) => kind switch
    {
        MediaKind.Jpeg or MediaKind.Png => "image",
        MediaKind.Wav or MediaKind.Mp3 => "audio",
        MediaKind.Mp4 or MediaKind.WebM => "video",
        _ => "unknown",
    };

    public static string Extension(MediaKind kind) => kind switch
    {
        MediaKind.Jpeg => "jpg",
        MediaKind.Png => "png",
        MediaKind.Wav => "wav",
        MediaKind.Mp3 => "mp3",
        MediaKind.Mp4 => "mp4",
        MediaKind.WebM => "webm",
        _ => "bin",
    };
}
