using AvatarIV.MockServer.Domain.Media.Formats;

namespace AvatarIV.MockServer.Rendering;

/// <summary>Decodes an uploaded photo (JPEG or PNG, told apart by its bytes) to upright RGB (EXIF orientation applied).</summary>
public static class PhotoDecoder
{
    public static RgbImage Decode(byte[] photo) => MediaSignature.Of(photo) switch
    {
        MediaFormat.Jpeg => Orientation.Apply(JpegDecoder.Decode(photo), ExifOrientation.Of(photo)),
        MediaFormat.Png => PngDecoder.Decode(photo),
        var kind => throw new InvalidDataException($"A photo must be JPEG or PNG; these bytes are {(kind == MediaFormat.Unrecognised ? "not a recognised format" : kind.ToString())}."),
    };

    /// <summary>
    /// The decoded photo, or null when it cannot be decoded; <paramref name="unsupported"/> then tells a valid JPEG
    /// of a kind the small decoder does not handle (lossless, arithmetic-coded, 12-bit, CMYK), which players can still show, from a damaged file.
    /// </summary>
    public static RgbImage? TryDecode(byte[] photo, out bool unsupported)
    {
        unsupported = false;
        try
        {
            return Decode(photo);
        }
        catch (NotSupportedException)
        {
            unsupported = true;
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or ArgumentException)
        {
            return null;
        }
    }
}
