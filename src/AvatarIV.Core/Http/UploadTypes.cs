using AvatarIV.Core.Media;

namespace AvatarIV.Core.Http;

/// <summary>Decides an upload's media kind and MIME type: by its bytes when the stream can be peeked, else by the caller's type or the file extension.</summary>
internal static class UploadTypes
{
    public static (MediaKind Kind, string ContentType) Resolve(Stream content, string fileName, string? contentType)
    {
        var kind = content.CanSeek ? Sniff(content) : MediaKind.Unknown;
        if (kind == MediaKind.Unknown)
        {
            kind = FromMime(contentType);
        }

        if (kind == MediaKind.Unknown)
        {
            kind = FromExtension(Path.GetExtension(fileName));
        }

        if (kind == MediaKind.Unknown && string.IsNullOrEmpty(contentType))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.InvalidValue,
                $"Cannot tell what kind of file '{fileName}' is. Upload a JPEG, PNG, WAV, MP3, MP4 or WebM file, or pass its content type.",
                "contentType");
        }

        return (kind, string.IsNullOrEmpty(contentType) ? MediaSniffer.MimeType(kind) : contentType!);
    }

    private static MediaKind Sniff(Stream content)
    {
        var start = content.Position;
        var head = new byte[MediaSniffer.HeaderBytesNeeded];
        var count = 0;
        int read;
        while (count < head.Length && (read = content.Read(head, count, head.Length - count)) > 0)
        {
            count += read;
        }

        content.Position = start;
        return MediaSniffer.Detect(head, count);
    }

    private static MediaKind FromMime(string? mime) => mime?.ToLowerInvariant() switch
    {
        "image/jpeg" or "image/jpg" => MediaKind.Jpeg,
        "image/png" => MediaKind.Png,
        "audio/wav" or "audio/x-wav" or "audio/wave" => MediaKind.Wav,
        "audio/mpeg" or "audio/mp3" => MediaKind.Mp3,
        "video/mp4" => MediaKind.Mp4,
        "video/webm" => MediaKind.WebM,
        _ => MediaKind.Unknown,
    };

    private static MediaKind FromExtension(string? extension) => extension?.ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => MediaKind.Jpeg,
        ".png" => MediaKind.Png,
        ".wav" => MediaKind.Wav,
        ".mp3" => MediaKind.Mp3,
        ".mp4" => MediaKind.Mp4,
        ".webm" => MediaKind.WebM,
        _ => MediaKind.Unknown,
    };
}
