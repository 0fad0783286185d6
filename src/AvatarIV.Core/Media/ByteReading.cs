namespace AvatarIV.Core.Media;

/// <summary>Bounds-checked reads of the integers and tags media headers are made of.</summary>
internal static class ByteReading
{
    public static bool Has(byte[] bytes, int count, int offset, int length) =>
        offset >= 0 && length >= 0 && offset <= count - length;

    public static uint UInt32BE(byte[] b, int o) => (uint)(b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]);

    public static int UInt16BE(byte[] b, int o) => b[o] << 8 | b[o + 1];

    public static uint UInt32LE(byte[] b, int o) => (uint)(b[o] | b[o + 1] << 8 | b[o + 2] << 16 | b[o + 3] << 24);

    public static int UInt16LE(byte[] b, int o) => b[o] | b[o + 1] << 8;

    /// <summary>True when the ASCII <paramref name="tag"/> sits at <paramref name="offset"/> within the first <paramref name="count"/> bytes.</summary>
    public static bool HasTag(byte[] b, int count, int offset, string tag)
    {
        if (!Has(b, count, offset, tag.Length)) return false;
        for (var i = 0; i < tag.Length; i++)
        {
            if (b[offset + i] != tag[i]) return false;
        }
        return true;
    }
}
