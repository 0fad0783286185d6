using System.Buffers.Binary;

namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>
/// The EXIF Orientation tag (0x0112) of a JPEG: how its stored pixels must be turned to stand upright
/// (1 upright, 3 half turn, 6 quarter turn clockwise, 8 anticlockwise; 2/4/5/7 mirrored).
/// </summary>
public static class ExifOrientation
{
    public const int Upright = 1;
    private const ushort OrientationTag = 0x0112;
    private const byte App1 = 0xE1;

    /// <summary>1–8; 1 when the photo has no readable orientation (PNGs, JPEGs without EXIF, damaged tags).</summary>
    public static int Of(ReadOnlySpan<byte> photo)
    {
        if (MediaSignature.Of(photo) != MediaFormat.Jpeg) return Upright;
        foreach (var segment in JpegSegments.Walk(photo))
        {
            if (JpegSegments.IsFrameHeader(segment.Marker)) return Upright; // EXIF always precedes the frame
            if (segment.Marker == App1 && MediaSignature.Ascii(segment.Body, 0, "Exif\0\0")) return FromTiff(segment.Body[6..]);
        }

        return Upright;
    }

    /// <summary>True for the orientations that swap width and height.</summary>
    public static bool TurnsQuarter(int orientation) => orientation is >= 5 and <= 8;

    // TIFF: "II" (little-endian) or "MM", 42, offset of the first IFD; an IFD is a count, then 12-byte entries
    // (tag, type, count, value) whose SHORT value sits in the entry's first two value bytes.
    private static int FromTiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return Upright;
        var little = tiff[0] == (byte)'I';
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var ifd = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (ifd > (uint)(tiff.Length - 2)) return Upright;

        var entries = U16(tiff[(int)ifd..]);
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)ifd + 2 + (12 * i);
            if (entry + 12 > tiff.Length) return Upright;
            if (U16(tiff[entry..]) != OrientationTag) continue;
            var value = U16(tiff[(entry + 8)..]);
            return value is >= 1 and <= 8 ? value : Upright;
        }

        return Upright;
    }
}
