namespace AvatarIV.Core.Media;

/// <summary>
/// Reads a JPEG's or PNG's pixel size from its header: as stored (<see cref="TryRead"/>) or as shown
/// once the EXIF orientation is applied (<see cref="TryReadUpright"/>).
/// </summary>
public static class ImageSize
{
    /// <summary>The size as people see the photo: a portrait phone photo stored as landscape pixels reports portrait.</summary>
    public static bool TryReadUpright(byte[] bytes, out int width, out int height)
    {
        if (!TryRead(bytes, out width, out height)) return false;
        if (ExifOrientation.SwapsSides(ExifOrientation.Read(bytes))) (width, height) = (height, width);
        return true;
    }

    /// <summary>The stored pixel size, before any EXIF orientation.</summary>
    public static bool TryRead(byte[] bytes, out int width, out int height)
    {
        width = 0;
        height = 0;
        if (bytes is null) return false;
        return MediaSniffer.Detect(bytes) switch
        {
            MediaKind.Png => TryReadPng(bytes, out width, out height),
            MediaKind.Jpeg => TryReadJpeg(bytes, out width, out height),
            _ => false,
        };
    }

    // IHDR is always the first chunk: width and height follow its length and type.
    private static bool TryReadPng(byte[] b, out int width, out int height)
    {
        width = height = 0;
        if (!ByteReading.HasTag(b, b.Length, 12, "IHDR") || !ByteReading.Has(b, b.Length, 16, 8)) return false;
        width = (int)Math.Min(int.MaxValue, ByteReading.UInt32BE(b, 16));
        height = (int)Math.Min(int.MaxValue, ByteReading.UInt32BE(b, 20));
        return width > 0 && height > 0;
    }

    // Walk the marker segments (APPn/EXIF, DQT, DHT, ...) to the first start-of-frame, which holds the size.
    private static bool TryReadJpeg(byte[] b, out int width, out int height)
    {
        width = height = 0;
        var pos = 2;
        while (pos < b.Length)
        {
            if (b[pos] != 0xFF) return false;
            while (pos < b.Length && b[pos] == 0xFF) pos++; // fill bytes
            if (pos >= b.Length) return false;
            var marker = b[pos++];
            if (marker is 0x01 or >= 0xD0 and <= 0xD8) continue; // markers without a length
            if (marker is 0xD9 or 0xDA || !ByteReading.Has(b, b.Length, pos, 2)) return false; // image data before any frame header
            var length = ByteReading.UInt16BE(b, pos);
            if (IsStartOfFrame(marker))
            {
                if (length < 7 || !ByteReading.Has(b, b.Length, pos, 7)) return false;
                height = ByteReading.UInt16BE(b, pos + 3);
                width = ByteReading.UInt16BE(b, pos + 5);
                return width > 0 && height > 0;
            }
            if (length < 2) return false;
            pos += length;
        }
        return false;
    }

    // C0–CF are frame headers except DHT (C4), JPG (C8) and DAC (CC).
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
}
