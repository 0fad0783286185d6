namespace AvatarIV.Core.Media;

/// <summary>Reads the DocType of an EBML header, which tells WebM apart from Matroska.</summary>
internal static class WebMHeader
{
    private const int DocTypeId = 0x4282;

    public static bool IsWebM(byte[] b, int count)
    {
        if (!(count >= 4 && b[0] == 0x1A && b[1] == 0x45 && b[2] == 0xDF && b[3] == 0xA3)) return false;
        var pos = 4;
        if (!TryReadSize(b, count, ref pos, out var headerSize)) return false;
        var end = (int)Math.Min(count, pos + headerSize);
        while (pos < end)
        {
            if (!TryReadId(b, end, ref pos, out var id) || !TryReadSize(b, end, ref pos, out var size) || pos + size > end) return false;
            if (id == DocTypeId) return size >= 4 && ByteReading.HasTag(b, end, pos, "webm");
            pos += (int)size;
        }
        return false;
    }

    // Element ids keep their length marker bits; sizes drop them.
    private static bool TryReadId(byte[] b, int count, ref int pos, out long id) => TryReadVarInt(b, count, ref pos, keepMarker: true, out id);

    private static bool TryReadSize(byte[] b, int count, ref int pos, out long size) => TryReadVarInt(b, count, ref pos, keepMarker: false, out size);

    private static bool TryReadVarInt(byte[] b, int count, ref int pos, bool keepMarker, out long value)
    {
        value = 0;
        if (pos >= count || b[pos] == 0) return false;
        var length = 1;
        while ((b[pos] & (0x80 >> (length - 1))) == 0) length++;
        if (pos + length > count) return false;
        value = keepMarker ? b[pos] : b[pos] & (0xFF >> length);
        for (var i = 1; i < length; i++) value = value << 8 | b[pos + i];
        pos += length;
        return true;
    }
}
