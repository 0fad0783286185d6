namespace AvatarIV.Core.Media;

/// <summary>Recognises media formats from their first bytes, never from a file name.</summary>
public static class MediaSniffer
{
    /// <summary>
    /// How many leading bytes <see cref="Detect(byte[], int)"/> wants. Fewer still work for every format;
    /// this many also lets it confirm that a bare MPEG audio frame is followed by a second one.
    /// </summary>
    public const int HeaderBytesNeeded = 4096;

    /// <summary>The format of the first <paramref name="count"/> bytes of <paramref name="head"/>; <see cref="MediaKind.Unknown"/> when none fits.</summary>
    public static MediaKind Detect(byte[] head, int count)
    {
        if (head is null) throw new ArgumentNullException(nameof(head));
        count = Math.Max(0, Math.Min(count, head.Length));
        if (count >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return MediaKind.Jpeg;
        if (IsPng(head, count)) return MediaKind.Png;
        if (ByteReading.HasTag(head, count, 0, "RIFF") && ByteReading.HasTag(head, count, 8, "WAVE")) return MediaKind.Wav;
        if (ByteReading.HasTag(head, count, 4, "ftyp")) return MediaKind.Mp4;
        if (WebMHeader.IsWebM(head, count)) return MediaKind.WebM;
        if (IsMp3(head, count)) return MediaKind.Mp3;
        return MediaKind.Unknown;
    }

    public static MediaKind Detect(byte[] bytes) => Detect(bytes, bytes?.Length ?? 0);

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

    private static bool IsPng(byte[] b, int count) =>
        count >= 8 && b[0] == 0x89 && ByteReading.HasTag(b, count, 1, "PNG") && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A;

    private static bool IsMp3(byte[] b, int count)
    {
        var tagLength = Id3v2Tag.LengthAt(b, count, 0);
        if (tagLength > 0)
        {
            // The audio after the tag is checked when it is within reach; a large tag (cover art) is trusted.
            return tagLength + 4 > count || IsLayer3FrameAt(b, count, tagLength);
        }
        return IsLayer3FrameAt(b, count, 0);
    }

    // A lone sync word is common in random data, so a following frame is required whenever the bytes reach it.
    private static bool IsLayer3FrameAt(byte[] b, int count, int offset)
    {
        if (!MpegFrameHeader.TryParse(b, count, offset, out var first) || first.Layer != 3) return false;
        var next = offset + first.FrameLength;
        if (next + 4 > count) return true;
        return MpegFrameHeader.TryParse(b, count, next, out var second) && second.SameStreamAs(first);
    }
}
