using AvatarIV.Core.Media;

namespace AvatarIV.MockServer.Rendering;

/// <summary>Decodes an uploaded photo (JPEG or PNG, told apart by its bytes) to RGB.</summary>
public static class PhotoDecoder
{
    public static RgbImage Decode(byte[] photo) => MediaSniffer.Detect(photo) switch
    {
        MediaKind.Jpeg => JpegDecoder.Decode(photo),
        MediaKind.Png => PngDecoder.Decode(photo),
        var kind => throw new InvalidDataException($"A photo must be JPEG or PNG; these bytes are {(kind == MediaKind.Unknown ? "not a recognised format" : kind.ToString())}."),
    };

    /// <summary>
    /// The decoded photo, or null when it cannot be decoded: a damaged file, or a JPEG kind the
    /// small decoder does not handle (progressive). Rendering must still succeed then.
    /// </summary>
    public static RgbImage? TryDecode(byte[] photo)
    {
        try
        {
            return Decode(photo);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IndexOutOfRangeException or ArgumentException)
        {
            return null;
        }
    }
}
