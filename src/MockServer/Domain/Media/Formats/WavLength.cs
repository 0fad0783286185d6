using System.Buffers.Binary;

namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>
/// How long a RIFF/WAVE file plays: bytes of its <c>data</c> chunk ÷ the byte rate of its <c>fmt </c> chunk.
/// Chunks are walked (LIST, fact … may come first). A data size of 0 or 0xFFFFFFFF (streamed writers) or one
/// larger than the file (a cut-off copy) counts as "to the end of the file".
/// </summary>
internal static class WavLength
{
    private const int RiffHeader = 12;

    public static double? Seconds(ReadOnlySpan<byte> bytes)
    {
        double bytesPerSecond = 0;
        long? audioBytes = null;
        long at = RiffHeader;
        while (at + 8 <= bytes.Length && (bytesPerSecond <= 0 || audioBytes is null))
        {
            var declared = (long)BinaryPrimitives.ReadUInt32LittleEndian(bytes[(int)(at + 4)..]);
            var body = at + 8;
            var remaining = bytes.Length - body;
            if (MediaSignature.Ascii(bytes, at, "fmt ") && remaining >= 16)
            {
                var fmt = bytes.Slice((int)body, 16);
                bytesPerSecond = BinaryPrimitives.ReadUInt32LittleEndian(fmt[8..]);
                if (bytesPerSecond <= 0)
                {
                    bytesPerSecond = (double)BinaryPrimitives.ReadUInt32LittleEndian(fmt[4..]) * BinaryPrimitives.ReadUInt16LittleEndian(fmt[12..]);
                }
            }
            else if (MediaSignature.Ascii(bytes, at, "data"))
            {
                declared = declared is 0 or uint.MaxValue || declared > remaining ? remaining : declared;
                audioBytes = declared;
            }

            at = body + declared + (declared % 2); // every chunk is padded to an even size
        }

        return bytesPerSecond > 0 && audioBytes is { } size ? size / bytesPerSecond : null;
    }
}
