namespace AvatarIV.Core.Media;

/// <summary>
/// Duration of MPEG audio: the frame count of a Xing/Info or VBRI header when the first frame carries one,
/// otherwise the sum over every frame. ID3v2 tags in front and ID3v1/APE tags or junk at the end are skipped.
/// </summary>
internal static class Mp3Duration
{
    private const int XingFramesFlag = 1;
    private const int VbriOffset = 4 + 32;
    private const int ResyncWindow = 64 * 1024;

    public static double? TryRead(SeekableReader reader)
    {
        var buffer = new byte[ResyncWindow];
        var start = SkipId3v2(reader, buffer);
        if (!TryFindFrame(reader, buffer, start, out var pos, out var first)) return null;

        var counted = CountedFrames(reader, buffer, pos, first);
        if (counted is not null) return counted.Value * first.Seconds;
        return WalkFrames(reader, buffer, pos);
    }

    private static long SkipId3v2(SeekableReader reader, byte[] buffer)
    {
        long pos = 0;
        while (reader.Read(pos, buffer, Id3v2Tag.HeaderLength) == Id3v2Tag.HeaderLength)
        {
            var length = Id3v2Tag.LengthAt(buffer, Id3v2Tag.HeaderLength, 0);
            if (length == 0) break;
            pos += length;
        }
        return pos;
    }

    /// <summary>The first frame at or after <paramref name="from"/> whose successor (or the end of the file) confirms it.</summary>
    private static bool TryFindFrame(SeekableReader reader, byte[] buffer, long from, out long framePos, out MpegFrameHeader header)
    {
        var got = reader.Read(from, buffer, buffer.Length);
        var next = new byte[4];
        for (var i = 0; i + 4 <= got; i++)
        {
            if (!MpegFrameHeader.TryParse(buffer, got, i, out header)) continue;
            var successor = from + i + header.FrameLength;
            var confirmed = successor >= reader.Length
                || reader.Read(successor, next, 4) == 4 && MpegFrameHeader.TryParse(next, 4, 0, out var following) && following.SameStreamAs(header);
            if (!confirmed) continue;
            framePos = from + i;
            return true;
        }
        framePos = 0;
        header = default;
        return false;
    }

    // VBR encoders put the true frame count in the first frame; CBR encoders write the same as "Info".
    private static long? CountedFrames(SeekableReader reader, byte[] buffer, long pos, MpegFrameHeader first)
    {
        var got = reader.Read(pos, buffer, Math.Min(first.FrameLength, buffer.Length));
        var x = first.XingOffset;
        if ((ByteReading.HasTag(buffer, got, x, "Xing") || ByteReading.HasTag(buffer, got, x, "Info")) && ByteReading.Has(buffer, got, x, 12)
            && (ByteReading.UInt32BE(buffer, x + 4) & XingFramesFlag) != 0)
        {
            var frames = ByteReading.UInt32BE(buffer, x + 8);
            return frames > 0 ? frames : null;
        }
        if (ByteReading.HasTag(buffer, got, VbriOffset, "VBRI") && ByteReading.Has(buffer, got, VbriOffset, 18))
        {
            var frames = ByteReading.UInt32BE(buffer, VbriOffset + 14);
            return frames > 0 ? frames : null;
        }
        return null;
    }

    private static double? WalkFrames(SeekableReader reader, byte[] buffer, long pos)
    {
        var seconds = 0.0;
        var header = new byte[4];
        while (pos < reader.Length)
        {
            if (reader.Read(pos, header, 4) == 4 && MpegFrameHeader.TryParse(header, 4, 0, out var frame))
            {
                seconds += frame.Seconds;
                pos += frame.FrameLength;
                continue;
            }
            // Trailing tags end the audio; anything else is damage, so look for where the frames resume.
            if (IsTrailingTag(header) || !TryFindFrame(reader, buffer, pos + 1, out pos, out _)) break;
        }
        return seconds > 0 ? seconds : null;
    }

    private static bool IsTrailingTag(byte[] header) =>
        ByteReading.HasTag(header, 4, 0, "TAG") || ByteReading.HasTag(header, 4, 0, "APET") || ByteReading.HasTag(header, 4, 0, "LYRI");
}
