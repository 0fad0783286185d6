namespace AvatarIV.Core.Media;

/// <summary>The ID3v2 tag that may precede MP3 audio: "ID3", version, flags and a syncsafe size.</summary>
internal static class Id3v2Tag
{
    public const int HeaderLength = 10;

    /// <summary>Total bytes of the tag starting at <paramref name="offset"/> (header and optional footer included), or 0 when none is there.</summary>
    public static int LengthAt(byte[] b, int count, int offset)
    {
        if (!ByteReading.HasTag(b, count, offset, "ID3") || !ByteReading.Has(b, count, offset, HeaderLength)) return 0;
        if (b[offset + 3] == 0xFF || b[offset + 4] == 0xFF) return 0;
        var size = 0;
        for (var i = 6; i < 10; i++)
        {
            if ((b[offset + i] & 0x80) != 0) return 0; // syncsafe: the top bit of each byte is always clear
            size = size << 7 | b[offset + i];
        }
        var hasFooter = (b[offset + 5] & 0x10) != 0;
        return HeaderLength + size + (hasFooter ? HeaderLength : 0);
    }
}
