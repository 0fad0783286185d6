namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>
/// How long MP3 audio plays. A VBR (or LAME "Info") first frame states the frame count (Xing/Info or VBRI tag);
/// otherwise every frame is counted. ID3v2 tags in front are skipped; ID3v1/APE/Lyrics tags end the audio; damage
/// in between is stepped over to where confirmed frames resume.
/// </summary>
internal static class Mp3Length
{
    private const int VbriAt = 36;
    private const uint FrameCountPresent = 1;

    public static double? Seconds(ReadOnlySpan<byte> bytes)
    {
        long at = 0;
        for (int tag; (tag = Id3v2.SizeAt(bytes, at)) > 0;)
        {
            at += tag;
        }

        if (NextConfirmedFrame(bytes, at) is not { } start) return null;
        MpegAudioFrame.TryRead(bytes, start, out var first);
        if (StatedFrameCount(bytes, start, first) is { } frames) return frames * first.Seconds;

        var seconds = 0.0;
        for (long position = start; position < bytes.Length;)
        {
            if (MpegAudioFrame.TryRead(bytes, position, out var frame))
            {
                seconds += frame.Seconds;
                position += frame.Length;
            }
            else if (IsClosingTag(bytes, position) || NextConfirmedFrame(bytes, position + 1) is not { } resumed)
            {
                break;
            }
            else
            {
                position = resumed;
            }
        }

        return seconds > 0 ? seconds : null;
    }

    // A frame counts when the next frame follows where its length says (or the file ends there).
    private static long? NextConfirmedFrame(ReadOnlySpan<byte> bytes, long from)
    {
        for (var at = from; at + 4 <= bytes.Length; at++)
        {
            if (!MpegAudioFrame.TryRead(bytes, at, out var frame)) continue;
            var next = at + frame.Length;
            if (next >= bytes.Length || (MpegAudioFrame.TryRead(bytes, next, out var following) && following.Continues(frame)))
            {
                return at;
            }
        }

        return null;
    }

    private static long? StatedFrameCount(ReadOnlySpan<byte> bytes, long start, MpegAudioFrame first)
    {
        var frameEnd = (int)Math.Min(bytes.Length, start + first.Length);
        var frame = bytes[(int)start..frameEnd];
        var xing = first.XingOffset;
        if ((MediaSignature.Ascii(frame, xing, "Xing") || MediaSignature.Ascii(frame, xing, "Info")) && xing + 12 <= frame.Length)
        {
            var hasFrames = (MediaSignature.BigEndian32(frame, xing + 4) & FrameCountPresent) != 0;
            return hasFrames ? Positive(MediaSignature.BigEndian32(frame, xing + 8)) : null;
        }

        return MediaSignature.Ascii(frame, VbriAt, "VBRI") && VbriAt + 18 <= frame.Length
            ? Positive(MediaSignature.BigEndian32(frame, VbriAt + 14))
            : null;
    }

    private static long? Positive(uint count) => count > 0 ? count : null;

    private static bool IsClosingTag(ReadOnlySpan<byte> bytes, long at) =>
        MediaSignature.Ascii(bytes, at, "TAG") || MediaSignature.Ascii(bytes, at, "APET") || MediaSignature.Ascii(bytes, at, "LYRI");
}
