namespace AvatarIV.Core.Media;

/// <summary>
/// The EXIF orientation tag (0x0112) of a JPEG: how the stored pixels must be turned to look right.
/// Phones store portrait photos as landscape pixels plus this tag.
/// </summary>
public static class ExifOrientation
{
    /// <summary>Stored pixels are already upright.</summary>
    public const int Normal = 1;

    private const int OrientationTag = 0x0112;

    /// <summary>1–8 as EXIF defines them (6 = turn 90° clockwise, 8 = 90° anticlockwise, 3 = 180°, 2/4/5/7 mirrored); 1 when absent or unreadable.</summary>
    public static int Read(byte[] jpeg)
    {
        if (jpeg is null || MediaSniffer.Detect(jpeg) != MediaKind.Jpeg) return Normal;
        var pos = 2;
        while (ByteReading.Has(jpeg, jpeg.Length, pos, 4) && jpeg[pos] == 0xFF)
        {
            var marker = jpeg[pos + 1];
            if (marker is 0xDA or 0xD9 || marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC) return Normal; // EXIF comes before the image
            var length = ByteReading.UInt16BE(jpeg, pos + 2);
            if (marker == 0xE1 && ByteReading.HasTag(jpeg, jpeg.Length, pos + 4, "Exif\0\0")) return FromTiff(jpeg, pos + 10, Math.Min(jpeg.Length, pos + 2 + length));
            if (length < 2) return Normal;
            pos += 2 + length;
        }
        return Normal;
    }

    /// <summary>True when the picture must be turned a quarter: its upright width is its stored height.</summary>
    public static bool SwapsSides(int orientation) => orientation is >= 5 and <= 8;

    // TIFF header: byte order (II/MM), 42, offset of IFD0; each IFD entry is tag, type, count, value (12 bytes).
    private static int FromTiff(byte[] b, int tiff, int end)
    {
        if (!ByteReading.Has(b, end, tiff, 8)) return Normal;
        var little = b[tiff] == (byte)'I';
        int U16(int o) => little ? ByteReading.UInt16LE(b, o) : ByteReading.UInt16BE(b, o);
        long U32(int o) => little ? ByteReading.UInt32LE(b, o) : ByteReading.UInt32BE(b, o);

        var ifd = tiff + U32(tiff + 4);
        if (ifd > end - 2) return Normal;
        var entries = U16((int)ifd);
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)ifd + 2 + i * 12;
            if (!ByteReading.Has(b, end, entry, 12)) return Normal;
            if (U16(entry) != OrientationTag) continue;
            var value = U16(entry + 8);
            return value is >= 1 and <= 8 ? value : Normal;
        }
        return Normal;
    }
}
