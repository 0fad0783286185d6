namespace AvatarIV.Core.Media;

/// <summary>
/// Duration of a RIFF/WAVE file: the data chunk's size divided by the fmt chunk's byte rate.
/// Chunks are walked rather than assumed at fixed offsets, because LIST/fact chunks often sit in between.
/// </summary>
internal static class WavDuration
{
    private const uint StreamedSize = 0xFFFFFFFF;

    public static double? TryRead(SeekableReader reader)
    {
        var header = new byte[12];
        if (reader.Read(0, header, 12) < 12 || !ByteReading.HasTag(header, 12, 0, "RIFF") || !ByteReading.HasTag(header, 12, 8, "WAVE")) return null;

        double byteRate = 0;
        long? dataBytes = null;
        var chunk = new byte[24];
        for (long pos = 12; pos + 8 <= reader.Length && (byteRate <= 0 || dataBytes is null);)
        {
            var got = reader.Read(pos, chunk, chunk.Length);
            long size = ByteReading.UInt32LE(chunk, 4);
            var bodyStart = pos + 8;
            var available = reader.Length - bodyStart;
            if (ByteReading.HasTag(chunk, got, 0, "fmt ") && got >= 24)
            {
                var sampleRate = ByteReading.UInt32LE(chunk, 12);
                var blockAlign = ByteReading.UInt16LE(chunk, 20);
                byteRate = ByteReading.UInt32LE(chunk, 16);
                if (byteRate <= 0) byteRate = (double)sampleRate * blockAlign;
            }
            else if (ByteReading.HasTag(chunk, got, 0, "data"))
            {
                // Writers that stream (or crash) leave 0 or 0xFFFFFFFF here; a cut-off file claims more than it has.
                dataBytes = size == 0 || size == StreamedSize || size > available ? available : size;
                size = dataBytes.Value;
            }
            pos = bodyStart + size + (size & 1); // chunks are padded to an even length
        }
        return byteRate > 0 && dataBytes is not null ? dataBytes.Value / byteRate : null;
    }
}
