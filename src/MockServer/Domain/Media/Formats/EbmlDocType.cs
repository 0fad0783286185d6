namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>
/// The DocType element of an EBML header ("webm" or "matroska"). EBML numbers are variable-length: the count of
/// leading zero bits of the first byte tells how many bytes follow.
/// </summary>
internal static class EbmlDocType
{
    private const ulong DocTypeElement = 0x4282;

    public static string? Read(ReadOnlySpan<byte> bytes)
    {
        var at = 4; // past the EBML header's own id
        if (!TryNumber(bytes, ref at, stripMarker: true, out var headerLength)) return null;
        var end = (int)Math.Min((ulong)bytes.Length, (ulong)at + headerLength);
        while (at < end)
        {
            if (!TryNumber(bytes[..end], ref at, stripMarker: false, out var id)
                || !TryNumber(bytes[..end], ref at, stripMarker: true, out var length)
                || length > (ulong)(end - at))
            {
                return null;
            }

            if (id == DocTypeElement)
            {
                return System.Text.Encoding.ASCII.GetString(bytes.Slice(at, (int)length)).TrimEnd('\0');
            }

            at += (int)length;
        }

        return null;
    }

    private static bool TryNumber(ReadOnlySpan<byte> bytes, ref int at, bool stripMarker, out ulong value)
    {
        value = 0;
        if (at >= bytes.Length || bytes[at] == 0) return false;
        var width = System.Numerics.BitOperations.LeadingZeroCount((uint)bytes[at]) - 24 + 1;
        if (at + width > bytes.Length) return false;
        value = stripMarker ? (ulong)(bytes[at] & (0xFF >> width)) : bytes[at];
        for (var i = 1; i < width; i++)
        {
            value = (value << 8) | bytes[at + i];
        }

        at += width;
        return true;
    }
}
